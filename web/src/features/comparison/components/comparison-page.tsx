import { Space, Table, type TableProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComparisonRow } from '../../../../../src/core/comparison/comparison.js';
import { RequestError } from '../../../components/request-error';
import { useLanguage } from '../../../lib/i18n';
import { useComparison } from '../api/get-comparison';

/** China vs United States on the same questions, one row per question, from `GET /api/comparison`. */
export function ComparisonPage() {
  const { t } = useTranslation();
  const { contentLang } = useLanguage();
  const { data, error, isLoading } = useComparison();

  const columns: TableProps<ComparisonRow>['columns'] = [
    {
      key: 'topic',
      title: t('comparison.columns.topic'),
      width: '16%',
      render: (_, row) => <Typography.Text strong>{row.topic[contentLang]}</Typography.Text>,
    },
    { key: 'cn', title: t('comparison.columns.cn'), width: '42%', render: (_, row) => row.cn[contentLang] },
    { key: 'us', title: t('comparison.columns.us'), width: '42%', render: (_, row) => row.us[contentLang] },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2}>{t('comparison.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('comparison.intro')}</Typography.Paragraph>
      </div>
      {error ? <RequestError error={error} /> : null}
      <Table<ComparisonRow>
        data-testid="comparison-table"
        rowKey="id"
        bordered
        loading={isLoading}
        columns={columns}
        dataSource={data?.rows ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        className="pisa-comparison"
      />
      <Typography.Paragraph type="secondary">{t('comparison.note')}</Typography.Paragraph>
    </Space>
  );
}
