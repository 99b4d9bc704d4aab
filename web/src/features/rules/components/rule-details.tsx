import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatCitation } from '../../../lib/citation';
import { useLanguage } from '../../../lib/i18n';
import type { CataloguePack, CatalogueRule, CatalogueTightening } from '../api/get-rules';

/** One line per tightening: where, by which layer, what changes, and why. */
function Tightenings({ tightenings }: { tightenings: CatalogueTightening[] }) {
  const { t } = useTranslation();
  const { contentLang } = useLanguage();
  const formatCitation = useFormatCitation();
  return (
    <ul className="pisa-tightenings">
      {tightenings.map((x) => (
        <li key={x.pack}>
          {t('rules.details.tightenedIn', { jurisdiction: x.jurisdiction, layer: t(`layer.${x.layer}`), pack: x.pack })}
          {x.severity ? ` ${t('rules.details.raisedTo', { severity: t(`severity.${x.severity}`) })}` : ''}
          {x.citation ? ` (${formatCitation(x.citation)})` : ''}
          {x.note ? ` — ${x.note[contentLang]}` : ''}
          {x.also_when ? (
            <pre className="pisa-code">
              <code>{`|| ${x.also_when}`}</code>
            </pre>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

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
        ...(rule.tightenings.length > 0
          ? [{ key: 'tightenings', label: t('rules.details.tightenings'), children: <Tightenings tightenings={rule.tightenings} /> }]
          : []),
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
