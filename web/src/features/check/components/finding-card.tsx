import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LayerTag } from '../../../components/layer-tag';
import { SeverityTag } from '../../../components/severity-tag';
import { useFormatCitation } from '../../../lib/citation';
import { useLanguage } from '../../../lib/i18n';
import type { Finding } from '../api/check-declaration';

export function FindingCard({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const { contentLang } = useLanguage();
  const formatCitation = useFormatCitation();
  return (
    <Card
      size="small"
      data-testid="finding"
      data-rule={finding.rule}
      data-severity={finding.severity}
      className={`pisa-finding pisa-finding-${finding.severity}`}
      title={
        <Space size={4} wrap className="pisa-finding-title">
          <SeverityTag severity={finding.severity} />
          <span>{finding.title[contentLang]}</span>
        </Space>
      }
    >
      <Typography.Paragraph style={{ marginBottom: 8 }}>{finding.message[contentLang]}</Typography.Paragraph>
      <Space size={[8, 4]} wrap style={{ marginBottom: 8 }}>
        <Typography.Text strong data-testid="finding-citation">
          {formatCitation(finding.citation)}
        </Typography.Text>
        <LayerTag layer={finding.layer} />
        <Tag>{finding.jurisdiction}</Tag>
        <Typography.Text type="secondary" code>
          {finding.rule}
        </Typography.Text>
      </Space>
      <div className="pisa-remedy">
        <Typography.Text strong>{t('check.findings.remedy')}</Typography.Text> {finding.remedy[contentLang]}
      </div>
      {finding.tightened_by.length > 0 ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('check.findings.tightenedBy', { packs: finding.tightened_by.join(', ') })}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
