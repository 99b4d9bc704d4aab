import { Card, Skeleton, Space, Typography } from 'antd';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckDeclaration } from '../api/check-declaration';
import { DeclarationForm } from './declaration-form';
import { FindingsByActivity } from './findings-by-activity';
import { IssuesAlert } from './issues-alert';
import { SummaryCards } from './summary-cards';

const FindingsChart = lazy(() => import('./findings-chart').then((m) => ({ default: m.FindingsChart })));

/** Paste or upload a declaration, check it against every rule pack, read the findings per country. */
export function CheckPage() {
  const { t } = useTranslation();
  const { data, error, isPending, check } = useCheckDeclaration();
  const results = useRef<HTMLDivElement>(null);
  // The form fills the first screen: bring a new answer into view so it is not missed.
  useEffect(() => {
    if (data || error) results.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [data, error]);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2}>{t('check.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('check.intro')}</Typography.Paragraph>
      </div>
      <Card>
        <DeclarationForm isPending={isPending} onSubmit={check} />
      </Card>
      <div ref={results} className="pisa-results">
        <div role="status" className="pisa-sr-only">
          {data ? t('check.status.done', { findings: data.summary.findings }) : isPending ? t('check.status.pending') : ''}
        </div>
        {error ? <IssuesAlert error={error} /> : null}
        {data ? (
          <section data-testid="findings" aria-label={t('check.findings.title')}>
            <Space orientation="vertical" size="large" style={{ width: '100%' }}>
              <SummaryCards summary={data.summary} />
              <Card size="small" title={t('check.chart.title')}>
                <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
                  <FindingsChart summary={data.summary} />
                </Suspense>
              </Card>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {t('check.findings.title')}
              </Typography.Title>
              <FindingsByActivity findings={data.findings} jurisdictions={data.summary.jurisdictions} />
            </Space>
          </section>
        ) : null}
      </div>
    </Space>
  );
}
