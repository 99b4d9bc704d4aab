import { Alert, Card, Col, Empty, Input, Row, Segmented, Skeleton, Space, Statistic, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequestError } from '../../../components/request-error';
import { useRequest } from '../../../lib/use-request';
import { getConsentStats } from '../api/get-consent-stats';
import { listProcessors } from '../api/list-processors';
import { dayRange, daysOf, lastDays, statsSeries, totalsByAction } from '../stats-series';
import { ProcessorSelect } from './processor-select';

const StatsChart = lazy(() => import('./stats-chart').then((m) => ({ default: m.StatsChart })));

type Preset = '7' | '30' | '90' | 'custom';

/** Consent statistics: decisions per day, purpose and action over a chosen range, as a chart and totals. */
export function ConsentStatsPage() {
  const { t } = useTranslation();
  const processors = useRequest('stats-processors', listProcessors);
  const [slug, setSlug] = useState<string | null>(null);
  const processor = processors.data?.find((p) => p.slug === slug) ?? processors.data?.[0] ?? null;
  const [preset, setPreset] = useState<Preset>('30');
  const [custom, setCustom] = useState({ from: '', to: '' });
  // "Now" is taken when the preset changes, so the request key (and the chart) stays put between renders.
  const [now, setNow] = useState(() => new Date());
  const range = useMemo(() => (preset === 'custom' ? dayRange(custom.from, custom.to) : lastDays(Number(preset), now)), [preset, custom, now]);
  const stats = useRequest(`stats:${processor?.slug ?? ''}:${range?.from ?? ''}:${range?.to ?? ''}`, (signal) =>
    processor && range ? getConsentStats(processor.slug, range, signal) : Promise.resolve(null),
  );
  const days = stats.data ? daysOf(stats.data.from, stats.data.to) : [];
  const series = stats.data ? statsSeries(stats.data.counts, days) : [];
  const totals = totalsByAction(stats.data?.counts ?? []);

  if (processors.error) return <RequestError error={processors.error} />;
  if (!processors.data) return <Skeleton active paragraph={{ rows: 6 }} />;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="consent-stats-page">
      <div>
        <Typography.Title level={2}>{t('processorConsents.stats.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('processorConsents.stats.intro')}</Typography.Paragraph>
      </div>
      {processor === null ? (
        <Alert type="info" showIcon title={t('processorConsents.noProcessor')} />
      ) : (
        <>
          <Space wrap size="large">
            <ProcessorSelect processors={processors.data} value={processor.slug} onChange={setSlug} />
            <Segmented<Preset>
              value={preset}
              onChange={(next) => {
                setPreset(next);
                setNow(new Date());
              }}
              aria-label={t('processorConsents.stats.range')}
              data-testid="stats-range"
              options={[
                { value: '7', label: t('processorConsents.stats.lastDays', { days: 7 }) },
                { value: '30', label: t('processorConsents.stats.lastDays', { days: 30 }) },
                { value: '90', label: t('processorConsents.stats.lastDays', { days: 90 }) },
                { value: 'custom', label: t('processorConsents.stats.custom') },
              ]}
            />
            {preset === 'custom' ? (
              <Space>
                <Input
                  type="date"
                  value={custom.from}
                  onChange={(e) => setCustom((c) => ({ ...c, from: e.target.value }))}
                  aria-label={t('processorConsents.stats.from')}
                />
                <Input
                  type="date"
                  value={custom.to}
                  onChange={(e) => setCustom((c) => ({ ...c, to: e.target.value }))}
                  aria-label={t('processorConsents.stats.to')}
                />
              </Space>
            ) : null}
          </Space>
          {preset === 'custom' && range === null ? <Alert type="warning" showIcon title={t('processorConsents.stats.badRange')} /> : null}
          {stats.error ? <RequestError error={stats.error} /> : null}
          <Row gutter={16}>
            {(['grant', 'refuse', 'withdraw'] as const).map((action) => (
              <Col xs={24} sm={8} key={action}>
                <Card size="small">
                  <Statistic title={t(`processorConsents.stats.total.${action}`)} value={totals[action]} data-testid={`stats-total-${action}`} />
                </Card>
              </Col>
            ))}
          </Row>
          <Card size="small" title={t('processorConsents.stats.chartTitle')}>
            {stats.isLoading && !stats.data ? (
              <Skeleton active />
            ) : (
              <>
                {series.length === 0 ? <Empty description={t('processorConsents.stats.none')} /> : null}
                <Suspense fallback={<Skeleton active />}>
                  <StatsChart days={days} series={series} />
                </Suspense>
              </>
            )}
          </Card>
        </>
      )}
    </Space>
  );
}
