import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { RequestError } from '../../../components/request-error';
import { PUBLIC_PATHS } from '../../../config/paths';
import { useDescribeDecidedBy } from '../../../lib/consent-actor';
import { useLanguage } from '../../../lib/i18n';
import { useRequest } from '../../../lib/use-request';
import { navigate } from '../../../lib/use-route';
import { getMyReceipts } from '../api/get-my-receipts';
import type { ReceiptBundle } from '../api/types';
import { downloadReceipt } from '../download-receipt';
import { stashReceipt } from '../receipt-handoff';

const STATE_COLORS = { given: 'green', refused: 'default', withdrawn: 'orange' } as const;

/** "My receipts": every receipt I was given, to download as JSON or open as a readable, verifiable page. */
export function MyReceiptsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const receipts = useRequest('my-receipts', getMyReceipts);
  const describeDecidedBy = useDescribeDecidedBy();
  const open = (receipt: ReceiptBundle) => {
    stashReceipt(receipt);
    navigate(PUBLIC_PATHS.receipts);
  };
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="my-receipts">
      <div>
        <Typography.Title level={2}>{t('receipts.mine.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('receipts.mine.intro')}</Typography.Paragraph>
      </div>
      <Card size="small">
        {receipts.error ? (
          <RequestError error={receipts.error} />
        ) : (
          <Table<ReceiptBundle>
            rowKey="receipt_id"
            size="small"
            loading={receipts.isLoading}
            dataSource={receipts.data ?? []}
            locale={{ emptyText: t('receipts.mine.none') }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            onRow={(r) =>
              ({ 'data-testid': 'my-receipt', 'data-purpose': r.purposes[0]?.id, 'data-state': r.event.state }) as HTMLAttributes<HTMLTableRowElement>
            }
            columns={[
              { key: 'time', title: t('receipts.view.time'), render: (_, r) => new Date(r.event.time).toLocaleString(language) },
              { key: 'processor', title: t('receipts.view.processor'), render: (_, r) => r.processor.name },
              {
                key: 'purpose',
                title: t('receipts.view.purpose'),
                render: (_, r) =>
                  r.purposes.map((p) => (
                    <Typography.Text key={p.id} code>
                      {p.id}
                    </Typography.Text>
                  )),
              },
              {
                key: 'state',
                title: t('receipts.view.decision'),
                render: (_, r) => <Tag color={STATE_COLORS[r.event.state]}>{t(`receipts.state.${r.event.state}`)}</Tag>,
              },
              {
                key: 'by',
                title: t('receipts.view.decidedBy'),
                render: (_, r) => <span data-testid="receipt-decided-by">{describeDecidedBy(r.event.by)}</span>,
              },
              {
                key: 'log',
                title: t('receipts.view.log'),
                render: (_, r) =>
                  r.log === null ? (
                    <Tag color="gold">{t('receipts.pending')}</Tag>
                  ) : (
                    <Tag color="blue">{t('receipts.view.logPosition', { index: r.log.index })}</Tag>
                  ),
              },
              {
                key: 'actions',
                title: '',
                render: (_, r) => (
                  <Space>
                    <Button size="small" onClick={() => downloadReceipt(r)} data-testid="receipt-download">
                      {t('receipts.download')}
                    </Button>
                    <Button size="small" type="primary" onClick={() => open(r)} data-testid="receipt-open">
                      {t('receipts.mine.open')}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
    </Space>
  );
}
