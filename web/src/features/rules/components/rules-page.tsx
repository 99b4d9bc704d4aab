import { Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequestError } from '../../../components/request-error';
import { JURISDICTION_CHOICES } from '../../../config/jurisdictions';
import { EMPTY_RULES_FILTER, type RulesFilter, useRules } from '../api/get-rules';
import { RulesFilters } from './rules-filters';
import { RulesTable } from './rules-table';

/** Public catalogue of every rule PISA checks, with its legal source. */
export function RulesPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<RulesFilter>(EMPTY_RULES_FILTER);
  const { data, error, isLoading } = useRules(filter);

  const jurisdictions = useMemo(() => {
    const seen = new Set<string>(JURISDICTION_CHOICES);
    for (const pack of data?.packs ?? []) seen.add(pack.jurisdiction);
    for (const rule of data?.rules ?? []) seen.add(rule.jurisdiction);
    return [...seen].sort();
  }, [data]);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2}>{t('rules.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('rules.intro')}</Typography.Paragraph>
      </div>
      <RulesFilters filter={filter} jurisdictions={jurisdictions} onChange={setFilter} />
      {error ? <RequestError error={error} /> : null}
      {data ? (
        <Typography.Text type="secondary" data-testid="rules-count">
          {t('rules.count', { rules: data.rules.length, packs: data.packs.length })}
        </Typography.Text>
      ) : null}
      <RulesTable rules={data?.rules ?? []} packs={data?.packs ?? []} loading={isLoading} />
    </Space>
  );
}
