import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SEVERITY_COLORS } from '../../../components/severity-tag';
import type { CheckSummary } from '../api/check-declaration';

/** Counts by severity and the verdict; compliant means no violation (warnings may remain). */
export function SummaryCards({ summary }: { summary: CheckSummary }) {
  const { t } = useTranslation();
  const { violation, warning, info } = summary.by_severity;
  const cards = [
    { id: 'summary-violations', title: t('check.summary.violations'), value: violation, color: SEVERITY_COLORS.violation },
    { id: 'summary-warnings', title: t('check.summary.warnings'), value: warning, color: SEVERITY_COLORS.warning },
    { id: 'summary-info', title: t('check.summary.info'), value: info, color: SEVERITY_COLORS.info },
  ];
  return (
    <div>
      <Row gutter={[16, 16]}>
        {cards.map((card) => (
          <Col xs={12} md={6} key={card.id}>
            <Card size="small" data-testid={card.id} data-value={card.value}>
              <Statistic title={card.title} value={card.value} styles={{ content: { color: card.color } }} />
            </Card>
          </Col>
        ))}
        <Col xs={12} md={6}>
          <Card size="small" data-testid="summary-compliant" data-value={String(summary.compliant)}>
            <Statistic
              title={t('check.summary.compliant')}
              value={summary.compliant ? t('common.yes') : t('common.no')}
              styles={{ content: { color: summary.compliant ? '#389e0d' : SEVERITY_COLORS.violation } }}
            />
          </Card>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }} data-testid="summary-meta">
        {t('check.summary.meta', {
          asOf: summary.as_of,
          jurisdictions: summary.jurisdictions.join(', '),
          activities: summary.activities,
          rules: summary.rules_evaluated,
          packs: summary.packs.map((p) => `${p.id} ${p.version}`).join(', ') || '—',
        })}
      </Typography.Paragraph>
    </div>
  );
}
