import { Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcessorRef } from '../api/types';

/** The processor a page works on, among those of my organisations. */
export function ProcessorSelect({ processors, value, onChange }: { processors: readonly ProcessorRef[]; value: string; onChange: (slug: string) => void }) {
  const { t } = useTranslation();
  return (
    <Space>
      <Typography.Text>{t('processorConsents.processor')}</Typography.Text>
      <Select
        data-testid="consents-processor"
        value={value}
        onChange={onChange}
        options={processors.map((p) => ({ value: p.slug, label: `${p.name} (${p.slug})` }))}
        style={{ minWidth: 280 }}
      />
    </Space>
  );
}
