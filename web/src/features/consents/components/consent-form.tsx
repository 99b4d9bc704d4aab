import { Alert, App, Button, Card, Collapse, Skeleton, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { NoticeLayer1 } from '../../../components/notice/notice-layer1';
import { NoticeLayer2 } from '../../../components/notice/notice-layer2';
import { RequestError } from '../../../components/request-error';
import { useLanguage } from '../../../lib/i18n';
import { useRequest } from '../../../lib/use-request';
import { getCurrentNotice } from '../api/get-current-notice';
import { getMyConsents } from '../api/get-my-consents';
import { recordMyConsent } from '../api/record-my-consent';
import type { RecordedConsent } from '../api/types';
import { type Choices, decisionsFrom, initialChoices } from '../consent-state';

type Props = { processor: string; onRecorded: (recorded: RecordedConsent) => void; onClose: () => void };

/**
 * A processor's current notice, layer 1 with a switch per purpose that needs consent and one per
 * separate-consent item on its own; purposes on another legal basis are shown for information.
 * Saving records every decision explicitly (one signed receipt each).
 */
export function ConsentForm({ processor, onRecorded, onClose }: Props) {
  const { t } = useTranslation();
  const { language, contentLang } = useLanguage();
  const { message } = App.useApp();
  const notice = useRequest(`notice:${processor}`, (signal) => getCurrentNotice(processor, signal));
  const mine = useRequest(`mine:${processor}`, (signal) => getMyConsents(processor, signal));
  const [choices, setChoices] = useState<Choices | null>(null);
  const [initial, setInitial] = useState<Choices>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [recorded, setRecorded] = useState<RecordedConsent | null>(null);
  const purposes = notice.data?.notice.notice.purposes;

  useEffect(() => {
    if (purposes === undefined || mine.data === undefined) return;
    const start = initialChoices(purposes, mine.data.answers);
    setInitial(start);
    setChoices(start);
  }, [purposes, mine.data]);

  const close = (
    <Button onClick={onClose} data-testid="consent-form-close">
      {t('consents.form.close')}
    </Button>
  );
  if (notice.error || !notice.data || choices === null || purposes === undefined)
    return (
      <Card data-testid="consent-form-loading" title={t('consents.open.title')} extra={close}>
        {notice.error ? <RequestError error={notice.error} /> : <Skeleton active paragraph={{ rows: 6 }} />}
      </Card>
    );
  const record = notice.data.notice;
  const readability = notice.data.readability[language];
  const set = (id: string, allowed: boolean) => setChoices((c) => ({ ...c, [id]: allowed }));

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await recordMyConsent({
        processor,
        notice_hash: record.content_hash,
        decisions: decisionsFrom(purposes, choices, initial),
        lang: language,
      });
      setRecorded(result);
      setInitial(choices);
      void message.success(t('consents.form.saved', { count: result.receipts.length }));
      onRecorded(result);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card data-testid="consent-form" data-notice={record.content_hash} title={t('consents.form.title', { name: record.notice.processor.name })} extra={close}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('consents.form.intro', { version: record.version })}
        </Typography.Paragraph>
        {mine.error ? <RequestError error={mine.error} /> : null}
        <NoticeLayer1
          layer={record.notice.layer1[contentLang]}
          purposes={purposes}
          terms={readability.layer1.terms}
          controls={{
            purpose: (purpose) => (
              <Space>
                <Typography.Text>{choices[purpose.id] ? t('consents.form.agree') : t('consents.form.disagree')}</Typography.Text>
                <Switch
                  checked={choices[purpose.id] === true}
                  onChange={(on) => set(purpose.id, on)}
                  aria-label={t('consents.form.agreeTo', { purpose: purpose.id })}
                  data-testid={`consent-switch-${purpose.id}`}
                />
              </Space>
            ),
            choice: (item, purpose) => {
              const disabled = purpose.consent_required && item.mode === 'opt_in' && choices[purpose.id] !== true;
              // An opt-out item's switch is the opt-out itself ("Do not sell or share", "Limit ..."): on = opted out.
              const checked = item.mode === 'opt_in' ? choices[item.id] === true && !disabled : choices[item.id] !== true;
              return (
                <Space>
                  <Typography.Text {...(disabled ? { type: 'secondary' as const } : {})}>
                    {item.mode === 'opt_in'
                      ? checked
                        ? t('consents.form.agree')
                        : t('consents.form.disagree')
                      : checked
                        ? t('consents.form.optedOut')
                        : t('consents.form.notOptedOut')}
                  </Typography.Text>
                  <Switch
                    checked={checked}
                    disabled={disabled}
                    onChange={(on) => set(item.id, item.mode === 'opt_in' ? on : !on)}
                    aria-label={t(item.mode === 'opt_in' ? 'consents.form.agreeTo' : 'consents.form.optOutOf', { purpose: item.id })}
                    data-testid={`consent-switch-${item.id}`}
                  />
                </Space>
              );
            },
          }}
        />
        <Collapse
          items={[
            {
              key: 'layer2',
              label: t('consents.form.fullNotice'),
              children: <NoticeLayer2 layer={record.notice.layer2[contentLang]} terms={readability.layer2.terms} />,
            },
          ]}
        />
        {error ? <ApiErrorAlert error={error} /> : null}
        {recorded ? (
          <Alert
            type="success"
            showIcon
            data-testid="consent-recorded"
            title={t('consents.form.saved', { count: recorded.receipts.length })}
            description={t('consents.form.savedHint')}
          />
        ) : null}
        <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="consent-submit">
          {t('consents.form.submit')}
        </Button>
      </Space>
    </Card>
  );
}
