import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../src/core/rules/vocabulary.js';

export const SEVERITY_COLORS = { violation: '#cf1322', warning: '#d46b08', info: '#1677ff' } as const satisfies Record<Severity, string>;
const TAG_COLORS = { violation: 'error', warning: 'warning', info: 'processing' } as const satisfies Record<Severity, string>;

export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <Tag color={TAG_COLORS[severity]} data-severity={severity}>
      {t(`severity.${severity}`)}
    </Tag>
  );
}
