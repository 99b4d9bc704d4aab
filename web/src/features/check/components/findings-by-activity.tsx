import { Badge, Card, Col, Empty, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COUNTRIES, type Country } from '../../../config/jurisdictions';
import type { Finding } from '../api/check-declaration';
import { groupFindings } from '../group-findings';
import { FindingCard } from './finding-card';

type FindingsByActivityProps = { findings: readonly Finding[]; jurisdictions: readonly string[] };

/** One card per activity (the whole organisation first), China and the United States side by side. */
export function FindingsByActivity({ findings, jurisdictions }: FindingsByActivityProps) {
  const { t } = useTranslation();
  const groups = groupFindings(findings);
  const inScope = (country: Country) => jurisdictions.some((j) => j.startsWith(country));

  if (groups.length === 0) return <Empty description={t('check.findings.noneAtAll')} />;

  const column = (country: Country, items: readonly Finding[]) => (
    <Col xs={24} lg={12} key={country}>
      <section data-testid={`findings-${country.toLowerCase()}`} aria-label={t(`country.${country}`)}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          <Space>
            {t(`country.${country}`)}
            <Badge count={items.length} showZero color={items.length > 0 ? '#8c8c8c' : '#52c41a'} />
          </Space>
        </Typography.Title>
        {items.length > 0 ? (
          <Space orientation="vertical" size="small" style={{ width: '100%' }}>
            {items.map((finding) => (
              <FindingCard key={`${finding.rule}/${finding.jurisdiction}`} finding={finding} />
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">{inScope(country) ? t('check.findings.none') : t('check.findings.notInScope')}</Typography.Text>
        )}
      </section>
    </Col>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {groups.map((group) => (
        <Card
          key={group.activity ?? ''}
          data-testid="finding-group"
          data-activity={group.activity ?? ''}
          title={
            group.activity === null ? (
              t('check.findings.wholeOrganisation')
            ) : (
              <span>
                {t('check.findings.activity')} <Typography.Text code>{group.activity}</Typography.Text>
              </span>
            )
          }
        >
          <Row gutter={[24, 16]}>{COUNTRIES.map((country) => column(country, group.byCountry[country]))}</Row>
        </Card>
      ))}
    </Space>
  );
}
