import type { ButtonProps } from 'antd';
import { App, Button, Card, Skeleton, Space, Table, Tag, Timeline, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { useDescribeDecidedBy } from '../../../lib/consent-actor';
import { useLanguage } from '../../../lib/i18n';
import { useRequest } from '../../../lib/use-request';
import { getCurrentNotice } from '../api/get-current-notice';
import { getMyConsents } from '../api/get-my-consents';
import { recordMyConsent } from '../api/record-my-consent';
import type { ConsentAnswer, ConsentEventRow } from '../api/types';
import { historyOf, withdrawable } from '../consent-state';

type Props = {
  processor: { id: string; name: string };
  version: number;
  /** Who decided, by receipt id (from my receipts); a decision not found there is named by its row's kind. */
  actors: ReadonlyMap<string, unknown>;
  onChanged: () => void;
  onDecide: (processor: string) => void;
};

const ACTION_COLORS = { grant: 'green', refuse: 'default', withdraw: 'orange' } as const;

/**
 * My answer per purpose with one processor now ("may it use my data for this?"), each purpose's
 * history, and a one-click withdrawal (confirmed, then recorded with its own receipt).
 */
export function ProcessorConsents({ processor, version, actors, onChanged, onDecide }: Props) {
  const { t } = useTranslation();
  const { language, contentLang } = useLanguage();
  const { modal, message } = App.useApp();
  const describeDecidedBy = useDescribeDecidedBy();
  const history = useRequest(`${processor.id}#${version}`, (signal) => getMyConsents(processor.id, signal));
  const notice = useRequest(`notice:${processor.id}#${version}`, (signal) => getCurrentNotice(processor.id, signal));
  const titles = new Map(notice.data?.notice.notice.layer1[contentLang].purposes.map((p) => [p.id, p.title]) ?? []);
  const when = (iso: string) => new Date(iso).toLocaleString(language);
  const title = (id: string) => titles.get(id) ?? id;

  const withdraw = (answer: ConsentAnswer) => {
    const current = notice.data?.notice.content_hash;
    if (current === undefined) return;
    modal.confirm({
      title: t('consents.withdraw.confirmTitle', { purpose: title(answer.purposeId) }),
      content: t('consents.withdraw.confirmText'),
      okText: t('consents.withdraw.ok'),
      cancelText: t('consents.withdraw.cancel'),
      okButtonProps: { 'data-testid': 'withdraw-confirm' } as ButtonProps,
      onOk: async () => {
        try {
          await recordMyConsent({
            processor: processor.id,
            notice_hash: current,
            decisions: withdrawable(answer).map((id) => ({ purpose: id, action: 'withdraw' as const })),
            lang: language,
          });
          void message.success(t('consents.withdraw.done', { purpose: title(answer.purposeId) }));
          onChanged();
        } catch (error) {
          void message.error(error instanceof ApiError && error.body ? error.body.message[contentLang] : t('common.networkError'));
        }
      },
    });
  };

  const eventLine = (event: ConsentEventRow) => (
    <Space size={4} wrap>
      <Tag color={ACTION_COLORS[event.action]}>{t(`consentAction.${event.action}`)}</Tag>
      {event.purpose_id.includes('#') ? <Typography.Text code>{event.purpose_id}</Typography.Text> : null}
      <span>{when(event.occurred_at)}</span>
      <Typography.Text type="secondary">{t(`consentMethod.${event.method}`)}</Typography.Text>
      <Typography.Text type="secondary" data-testid="consent-decided-by">
        {t('consents.mine.decidedBy', { by: describeDecidedBy(actors.get(event.receipt_id) ?? { kind: event.actor_kind }) })}
      </Typography.Text>
    </Space>
  );

  return (
    <Card
      size="small"
      title={processor.name}
      data-testid="my-processor"
      data-processor={processor.id}
      extra={
        <Button onClick={() => onDecide(processor.id)} data-testid="consent-change">
          {t('consents.mine.change')}
        </Button>
      }
    >
      {history.error ? (
        <Typography.Text type="danger">
          {history.error instanceof ApiError && history.error.body ? history.error.body.message[contentLang] : t('common.loadFailed')}
        </Typography.Text>
      ) : !history.data ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : (
        <Table<ConsentAnswer>
          rowKey="purposeId"
          size="small"
          pagination={false}
          dataSource={history.data.answers}
          onRow={(answer) =>
            ({
              'data-testid': `consent-answer-${answer.purposeId}`,
              'data-allowed': String(answer.allowed),
              'data-reason': answer.reason,
            }) as HTMLAttributes<HTMLTableRowElement>
          }
          expandable={{
            expandedRowRender: (answer) => {
              const events = historyOf(history.data?.events ?? [], answer.purposeId);
              return events.length === 0 ? (
                <Typography.Text type="secondary">{t('consents.mine.noHistory')}</Typography.Text>
              ) : (
                <Timeline items={events.map((event) => ({ key: event.receipt_id, content: eventLine(event) }))} />
              );
            },
          }}
          columns={[
            { key: 'purpose', title: t('consents.mine.purpose'), render: (_, a) => title(a.purposeId) },
            {
              key: 'answer',
              title: t('consents.mine.answer'),
              render: (_, a) => (
                <Space orientation="vertical" size={2}>
                  <Tag color={a.allowed ? 'green' : 'red'} data-testid="consent-allowed">
                    {a.allowed ? t('consents.mine.allowed') : t('consents.mine.notAllowed')}
                  </Tag>
                  <Typography.Text type="secondary">{t(`consentReason.${a.reason}`)}</Typography.Text>
                </Space>
              ),
            },
            {
              key: 'items',
              title: t('consents.mine.items'),
              render: (_, a) =>
                a.items.length === 0
                  ? '—'
                  : a.items.map((item) => (
                      <div key={item.id}>
                        <Typography.Text>{t(`notice.kind.${item.kind}`)}: </Typography.Text>
                        <Tag color={item.allowed ? 'green' : 'default'}>{t(`consentStatus.${item.status}`)}</Tag>
                      </div>
                    )),
            },
            {
              key: 'since',
              title: t('consents.mine.since'),
              render: (_, a) => (a.deciding === null ? '—' : when(a.deciding.time)),
            },
            {
              key: 'withdraw',
              title: t('consents.mine.withdraw'),
              render: (_, a) =>
                withdrawable(a).length > 0 ? (
                  <Button danger size="small" onClick={() => withdraw(a)} disabled={!notice.data} data-testid={`consent-withdraw-${a.purposeId}`}>
                    {t('consents.withdraw.button')}
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
    </Card>
  );
}
