import { Alert, Card, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RequestError } from '../../../components/request-error';
import { getScan } from '../api/get-scan';
import { isActive } from '../api/types';
import { usePolled } from '../api/use-polled';
import { ScanResultView } from './scan-result';

/** One scan, followed until it ends, then its result. */
export function ScanDetail({ id, version }: { id: string; version: number }) {
  const { t } = useTranslation();
  const scan = usePolled(`scan:${id}`, version, (signal) => getScan(id, signal), isActive);
  if (scan.error) return <RequestError error={scan.error} />;
  if (!scan.data) return <Skeleton active />;
  const { data } = scan;
  return (
    <section aria-label={t('scans.detail.title')} data-testid="scan-detail" data-status={data.status}>
      <Typography.Title level={3}>{t('scans.detail.title')}</Typography.Title>
      {data.status === 'failed' ? <Alert type="error" showIcon title={t('scans.detail.failed')} description={data.error} /> : null}
      {data.status === 'cancelled' ? <Alert type="warning" showIcon title={t('scans.detail.cancelled')} /> : null}
      {isActive(data) ? (
        <Card size="small">
          <div role="status">{t('scans.detail.running', { done: data.progress.chunks_done, total: data.progress.chunks_total })}</div>
        </Card>
      ) : null}
      {data.result ? <ScanResultView scan={data} result={data.result} /> : null}
    </section>
  );
}
