import { Alert, Card, Descriptions, List, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatCitation } from '../../../lib/citation';
import { useLanguage } from '../../../lib/i18n';
import type { Against, Assessment } from '../api/types';

/** The Criminal Law art. 253-1 leaked-dataset assessment, recomputed from the merged distinct items. */
export function AssessmentCard({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const { contentLang } = useLanguage();
  const cite = useFormatCitation();
  const yes = (value: boolean) => <Tag color={value ? 'red' : 'green'}>{value ? t('common.yes') : t('common.no')}</Tag>;
  return (
    <Card size="small" title={t('scans.assessment.title')} data-testid="scan-assessment">
      <Typography.Paragraph type="secondary">{assessment.citations.map(cite).join('; ')}</Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        rowKey="threshold"
        dataSource={assessment.classes}
        columns={[
          { title: t('scans.assessment.class'), dataIndex: 'threshold', render: (n: number) => t('scans.assessment.items', { threshold: n.toLocaleString() }) },
          { title: t('scans.assessment.categories'), dataIndex: 'categories', render: (c: string[]) => (c.length === 0 ? '—' : c.join(', ')) },
          { title: t('scans.assessment.distinctItems'), dataIndex: 'items', align: 'right' },
          { title: t('scans.assessment.ratio'), dataIndex: 'ratio', align: 'right', render: (r: number) => r.toFixed(2) },
        ]}
      />
      <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
        <Descriptions.Item label={t('scans.assessment.sum')}>
          <span data-testid="scan-proportional-sum">{assessment.proportional_sum}</span>
          {assessment.estimated ? ` ${t('scans.assessment.estimated')}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('scans.assessment.serious')}>
          <span data-testid="scan-serious">{yes(assessment.serious)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('scans.assessment.especiallySerious')}>{yes(assessment.especially_serious)}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {assessment.note[contentLang]}
      </Typography.Paragraph>
    </Card>
  );
}

/** The data compared with the processor's declaration (the version current when the scan started). */
export function AgainstCard({ against, version }: { against: Against | null; version: number | null }) {
  const { t } = useTranslation();
  const cite = useFormatCitation();
  if (against === null) return <Alert type="info" showIcon title={t('scans.against.none')} data-testid="scan-against" />;
  const gaps = against.undeclared.length + against.sensitive_without_separate_consent.length;
  return (
    <Card size="small" title={t('scans.against.title', { version: version ?? '—' })} data-testid="scan-against">
      {gaps === 0 ? <Alert type="success" showIcon title={t('scans.against.allDeclared')} /> : null}
      {against.undeclared.length > 0 ? (
        <List
          size="small"
          header={<Typography.Text strong>{t('scans.against.undeclared', { citation: cite(against.citations.undeclared) })}</Typography.Text>}
          dataSource={against.undeclared}
          renderItem={(u) => (
            <List.Item data-testid="scan-undeclared">
              {t('scans.against.undeclaredItem', { category: u.category, items: u.items, detectors: u.detectors.join(', '), files: u.files.join(', ') })}
            </List.Item>
          )}
        />
      ) : null}
      {against.sensitive_without_separate_consent.length > 0 ? (
        <List
          size="small"
          header={
            <Typography.Text strong>{t('scans.against.consent', { citation: cite(against.citations.sensitive_without_separate_consent) })}</Typography.Text>
          }
          dataSource={against.sensitive_without_separate_consent}
          renderItem={(g) => <List.Item>{t('scans.against.consentItem', { category: g.category, activities: g.activities.join(', ') })}</List.Item>}
        />
      ) : null}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('scans.against.absent', { categories: against.declared_absent.join(', ') || '—' })}
        <br />
        {t('scans.against.notCheckable', { categories: against.not_checkable.join(', ') || '—' })}
      </Typography.Paragraph>
    </Card>
  );
}
