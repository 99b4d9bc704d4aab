import { Alert, Button, Card, Descriptions, Form, Input, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { RequestError } from '../../../components/request-error';
import { useLanguage } from '../../../lib/i18n';
import { useRequest } from '../../../lib/use-request';
import { checkConsent } from '../api/check-consent';
import { getCurrentNotice } from '../api/get-current-notice';
import { listProcessors } from '../api/list-processors';
import type { MayProcessAnswer } from '../api/types';
import { ProcessorSelect } from './processor-select';

type Question = { subject: string; purpose: string };

/** The answer to "may I process?": yes or no, why, what is missing, and what restricts it. */
function Answer({ answer }: { answer: MayProcessAnswer }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Card size="small" data-testid="may-process-answer" data-allowed={String(answer.allowed)} data-reason={answer.reason}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert
          type={answer.allowed ? 'success' : 'error'}
          showIcon
          title={answer.allowed ? t('processorConsents.check.yes') : t('processorConsents.check.no')}
          description={t(`consentReason.${answer.reason}`)}
        />
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('processorConsents.check.basis')}>{answer.basis}</Descriptions.Item>
          <Descriptions.Item label={t('processorConsents.check.missing')}>
            {answer.missing.length === 0
              ? t('processorConsents.check.nothing')
              : answer.missing.map((id) => (
                  <Tag key={id} color="red" data-testid="may-process-missing">
                    {id}
                  </Tag>
                ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('processorConsents.check.restrictions')}>
            {answer.restrictions.length === 0
              ? t('processorConsents.check.nothing')
              : answer.restrictions.map((id) => (
                  <Tag key={id} color="orange">
                    {id}
                  </Tag>
                ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('processorConsents.check.deciding')}>
            {answer.deciding === null
              ? t('processorConsents.check.neverAsked')
              : t('processorConsents.check.decided', {
                  action: t(`consentAction.${answer.deciding.action}`),
                  time: new Date(answer.deciding.time).toLocaleString(language),
                  method: t(`consentMethod.${answer.deciding.method}`),
                })}
          </Descriptions.Item>
          <Descriptions.Item label={t('processorConsents.check.asOf')}>{new Date(answer.asOf).toLocaleString(language)}</Descriptions.Item>
        </Descriptions>
        {answer.items.length > 0 ? (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={answer.items}
            columns={[
              { key: 'id', title: t('processorConsents.check.item'), render: (_, i) => <Typography.Text code>{i.id}</Typography.Text> },
              {
                key: 'mode',
                title: t('processorConsents.check.mode'),
                render: (_, i) => t(i.mode === 'opt_out' ? 'notice.optOutChoice' : 'notice.separateConsent'),
              },
              { key: 'status', title: t('processorConsents.check.status'), render: (_, i) => t(`consentStatus.${i.status}`) },
              {
                key: 'allowed',
                title: t('processorConsents.check.allowed'),
                render: (_, i) => <Tag color={i.allowed ? 'green' : 'red'}>{i.allowed ? t('common.yes') : t('common.no')}</Tag>,
              },
            ]}
          />
        ) : null}
      </Space>
    </Card>
  );
}

/** "May I process?": a person's pseudonymous id and a purpose, answered as the processor's servers get it from the API. */
export function MayIProcessPage() {
  const { t } = useTranslation();
  const { contentLang } = useLanguage();
  const processors = useRequest('check-processors', listProcessors);
  const [slug, setSlug] = useState<string | null>(null);
  const processor = processors.data?.find((p) => p.slug === slug) ?? processors.data?.[0] ?? null;
  const notice = useRequest(`check-notice:${processor?.slug ?? ''}`, (signal) =>
    processor ? getCurrentNotice(processor.slug, signal) : Promise.resolve(null),
  );
  const [answer, setAnswer] = useState<MayProcessAnswer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Question>();

  const ask = async ({ subject, purpose }: Question) => {
    if (!processor) return;
    setBusy(true);
    setError(null);
    setAnswer(null);
    try {
      setAnswer(await checkConsent(processor.slug, subject.trim(), purpose));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (processors.error) return <RequestError error={processors.error} />;
  if (!processors.data) return <Skeleton active paragraph={{ rows: 6 }} />;
  const purposes = notice.data?.notice.notice.layer1[contentLang].purposes ?? [];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="may-i-process-page">
      <div>
        <Typography.Title level={2}>{t('processorConsents.check.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('processorConsents.check.intro')}</Typography.Paragraph>
      </div>
      {processor === null ? (
        <Alert type="info" showIcon title={t('processorConsents.noProcessor')} />
      ) : (
        <>
          <ProcessorSelect
            processors={processors.data}
            value={processor.slug}
            onChange={(next) => {
              setSlug(next);
              setAnswer(null);
              form.resetFields(['purpose']);
            }}
          />
          {notice.error ? <RequestError error={notice.error} /> : null}
          <Card size="small">
            <Form form={form} layout="inline" onFinish={(q) => void ask(q)} data-testid="may-process-form">
              <Form.Item
                name="subject"
                label={t('processorConsents.check.subject')}
                rules={[{ required: true, whitespace: true, message: t('processorConsents.check.subjectRequired') }]}
              >
                <Input placeholder="user-42" style={{ width: 240 }} data-testid="may-process-subject" />
              </Form.Item>
              <Form.Item
                name="purpose"
                label={t('processorConsents.check.purpose')}
                rules={[{ required: true, message: t('processorConsents.check.purposeRequired') }]}
              >
                <Select
                  style={{ minWidth: 280 }}
                  data-testid="may-process-purpose"
                  options={purposes.map((p) => ({ value: p.id, label: `${p.title} (${p.id})` }))}
                  loading={notice.isLoading}
                />
              </Form.Item>
              <Form.Item>
                <Button type="primary" htmlType="submit" loading={busy} data-testid="may-process-ask">
                  {t('processorConsents.check.ask')}
                </Button>
              </Form.Item>
            </Form>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {t('processorConsents.check.subjectHelp')}
            </Typography.Paragraph>
          </Card>
          {error ? <ApiErrorAlert error={error} /> : null}
          {answer ? <Answer answer={answer} /> : null}
        </>
      )}
    </Space>
  );
}
