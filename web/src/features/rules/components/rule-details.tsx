import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/i18n';
import type { CataloguePack, CatalogueRule } from '../api/get-rules';

/** The expanded row of the catalogue: what the rule says, how to fix it, and when it fires. */
export function RuleDetails({ rule, pack }: { rule: CatalogueRule; pack: CataloguePack | undefined }) {
  const { t } = useTranslation();
  const { contentLang } = useLanguage();
  const until = rule.effective_until ?? t('rules.details.noEnd');
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={[
        { key: 'message', label: t('rules.details.message'), children: rule.message[contentLang] },
        { key: 'remedy', label: t('rules.details.remedy'), children: rule.remedy[contentLang] },
        {
          key: 'condition',
          label: t('rules.details.condition'),
          children: (
            <pre className="pisa-code">
              <code>{rule.condition}</code>
            </pre>
          ),
        },
        {
          key: 'effective',
          label: t('rules.details.effective'),
          children: t('rules.details.effectiveRange', { from: rule.effective_from, until }),
        },
        { key: 'scope', label: t('rules.details.scope'), children: t(`rules.scope.${rule.scope}`) },
        {
          key: 'pack',
          label: t('rules.details.pack'),
          children: (
            <>
              {pack ? `${pack.title[contentLang]} ` : ''}
              <Typography.Text type="secondary">
                {rule.pack}
                {pack ? ` ${pack.version}` : ''}
              </Typography.Text>
            </>
          ),
        },
      ]}
    />
  );
}
