import { Alert, Card, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocatedTerm } from '../../../../src/core/notice/readability.js';
import type { Layer1, Purpose, SeparateItem } from '../../../../src/core/notice/types.js';
import { termsAt } from './notice-terms';
import { TermText } from './term-text';

export type Layer1Controls = {
  /** The control beside a purpose that needs consent (a switch); purposes on another legal basis get none. */
  readonly purpose?: (purpose: Purpose) => ReactNode;
  /** The control of one separate-consent item, shown on its own. */
  readonly choice?: (item: SeparateItem, purpose: Purpose) => ReactNode;
};

type Props = {
  readonly layer: Layer1;
  readonly purposes: readonly Purpose[];
  /** Readability terms of this layer and language (paths into `layer`). */
  readonly terms: readonly LocatedTerm[];
  readonly controls?: Layer1Controls;
};

/** The basis tag: needed without consent (informational), needed with consent, or optional. */
function BasisTag({ purpose }: { purpose: Purpose }) {
  const { t } = useTranslation();
  if (!purpose.consent_required)
    return (
      <Tag color="default" data-testid="notice-basis-informational">
        {t('notice.noConsentNeeded')}
      </Tag>
    );
  return purpose.necessary ? <Tag color="blue">{t('notice.neededWithConsent')}</Tag> : <Tag color="green">{t('notice.optional')}</Tag>;
}

/**
 * Layer 1 of a notice, one screen: who processes, then each purpose with its data, sensitive
 * information (why and impact, PIPL art. 30), recipients, transfer abroad and retention; each
 * separate-consent item on its own (never bundled with the purpose); the rights and how to
 * withdraw. Glossary terms are explained inline. `controls` adds the switches of a consent form.
 */
export function NoticeLayer1({ layer, purposes, terms, controls }: Props) {
  const { t } = useTranslation();
  const at = (...path: (string | number)[]) => termsAt(terms, path);
  const line = (text: string | null, ...path: (string | number)[]) =>
    text === null ? null : (
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        <TermText text={text} terms={at(...path)} />
      </Typography.Paragraph>
    );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="notice-layer1">
      <div>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          <TermText text={layer.title} terms={at('title')} />
        </Typography.Title>
        {line(layer.who, 'who')}
      </div>
      {layer.purposes.map((shown, i) => {
        const purpose = purposes.find((p) => p.id === shown.id);
        if (purpose === undefined) return null;
        return (
          <Card
            key={shown.id}
            size="small"
            data-testid="notice-purpose"
            data-purpose={shown.id}
            title={
              <Space wrap size={4}>
                <TermText text={shown.title} terms={at('purposes', i, 'title')} />
                <BasisTag purpose={purpose} />
              </Space>
            }
            extra={purpose.consent_required ? controls?.purpose?.(purpose) : null}
          >
            {line(shown.basis, 'purposes', i, 'basis')}
            {line(shown.data, 'purposes', i, 'data')}
            {shown.sensitive === null ? null : (
              <Alert
                type="warning"
                showIcon
                style={{ margin: '8px 0' }}
                title={<TermText text={shown.sensitive.why} terms={at('purposes', i, 'sensitive', 'why')} />}
                description={
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {shown.sensitive.items.map((item, j) => (
                      <li key={item.family}>
                        <TermText text={item.text} terms={at('purposes', i, 'sensitive', 'items', j, 'text')} />
                      </li>
                    ))}
                  </ul>
                }
              />
            )}
            {line(shown.recipients, 'purposes', i, 'recipients')}
            {line(shown.abroad, 'purposes', i, 'abroad')}
            {line(shown.retention, 'purposes', i, 'retention')}
            {shown.choices.map((choice, j) => {
              const item = purpose.separate.find((s) => s.id === choice.id);
              return (
                <Card
                  key={choice.id}
                  type="inner"
                  size="small"
                  style={{ marginTop: 8 }}
                  data-testid="notice-choice"
                  data-choice={choice.id}
                  title={
                    <Space wrap size={4}>
                      <Tag color={item?.mode === 'opt_out' ? 'orange' : 'red'}>
                        {t(item?.mode === 'opt_out' ? 'notice.optOutChoice' : 'notice.separateConsent')}
                      </Tag>
                      <Typography.Text type="secondary">{t(`notice.kind.${choice.kind}`)}</Typography.Text>
                    </Space>
                  }
                  extra={item === undefined ? null : controls?.choice?.(item, purpose)}
                >
                  <TermText text={choice.text} terms={at('purposes', i, 'choices', j, 'text')} />
                </Card>
              );
            })}
          </Card>
        );
      })}
      <div>
        {line(layer.rights, 'rights')}
        {line(layer.withdraw, 'withdraw')}
        <Typography.Text type="secondary">
          <TermText text={layer.more} terms={at('more')} />
        </Typography.Text>
      </div>
    </Space>
  );
}
