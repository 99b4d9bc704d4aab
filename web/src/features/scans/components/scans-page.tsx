import { Alert, Card, Select, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequestError } from '../../../components/request-error';
import { useRequest } from '../../../lib/use-request';
import { cancelScan } from '../api/cancel-scan';
import { listProcessors } from '../api/list-processors';
import { listScans } from '../api/list-scans';
import { isActive } from '../api/types';
import { usePolled } from '../api/use-polled';
import { ScanDetail } from './scan-detail';
import { ScansTable } from './scans-table';
import { StartScanForm } from './start-scan-form';

/**
 * Server scans: pick a processor (one's own, or any for auditors), start a scan on its datasets
 * folder or on an upload, follow it, and read the result per file and column with charts, the
 * criminal-law assessment and the comparison with the declaration.
 */
export function ScansPage() {
  const { t } = useTranslation();
  const processors = useRequest('processors', listProcessors);
  const [slug, setSlug] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const processor = processors.data?.find((p) => p.slug === slug) ?? processors.data?.[0] ?? null;
  const scans = usePolled(
    `scans:${processor?.slug ?? ''}`,
    version,
    (signal) => (processor ? listScans(processor.slug, signal) : Promise.resolve([])),
    (list) => list.some(isActive),
  );

  if (processors.error) return <RequestError error={processors.error} />;
  if (!processors.data) return <Skeleton active paragraph={{ rows: 6 }} />;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2}>{t('scans.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('scans.intro')}</Typography.Paragraph>
      </div>
      {processor === null ? (
        <Alert type="info" showIcon title={t('scans.noProcessor')} />
      ) : (
        <>
          <Card size="small" title={t('scans.start.title')}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space>
                <Typography.Text>{t('scans.processor')}</Typography.Text>
                <Select
                  data-testid="scan-processor"
                  value={processor.slug}
                  onChange={(next: string) => {
                    setSlug(next);
                    setSelected(null);
                  }}
                  options={processors.data.map((p) => ({ value: p.slug, label: `${p.name} (${p.slug})` }))}
                  style={{ minWidth: 280 }}
                />
              </Space>
              <StartScanForm
                key={processor.slug}
                processor={processor}
                onStarted={(scan) => {
                  setSelected(scan.id);
                  setVersion((v) => v + 1);
                }}
              />
            </Space>
          </Card>
          <Card size="small" title={t('scans.list.title')}>
            {scans.error ? (
              <RequestError error={scans.error} />
            ) : (
              <ScansTable
                scans={scans.data ?? []}
                selected={selected}
                onSelect={setSelected}
                onCancel={(id) => void cancelScan(id).finally(() => setVersion((v) => v + 1))}
              />
            )}
          </Card>
          {selected ? <ScanDetail id={selected} version={version} /> : null}
        </>
      )}
    </Space>
  );
}
