import { Alert, Card, Empty, Select, Skeleton, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FreshConsent, ImpactReason, NoticeOnlyChange } from '../../../../../src/core/notice/consent-impact.js';
import type { LineDiff } from '../../../../../src/core/notice/line-diff.js';
import { RequestError } from '../../../components/request-error';
import { useFormatCitation } from '../../../lib/citation';
import { useRequest } from '../../../lib/use-request';
import { getNoticeDiff } from '../api/get-notice-diff';
import type { NoticeSummary } from '../api/types';
import { foldUnchanged } from '../notice-context';

const LINE_STYLE = {
  add: { background: '#f6ffed', color: '#237804' },
  remove: { background: '#fff1f0', color: '#a8071a', textDecoration: 'line-through' },
  equal: { color: 'rgba(0, 0, 0, 0.65)' },
} as const;
const SIGN = { add: '+', remove: '−', equal: ' ' } as const;

function TextDiff({ lines }: { lines: readonly LineDiff[] }) {
  const { t } = useTranslation();
  const rows = foldUnchanged(lines);
  if (rows.every((r) => r.kind === 'skip')) return <Typography.Text type="secondary">{t('notices.diff.noTextChange')}</Typography.Text>;
  return (
    <pre className="pisa-code" data-testid="notice-text-diff">
      {rows.map((row, i) =>
        row.kind === 'skip' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows of one fixed diff
          <div key={i} style={{ color: '#8c8c8c', fontStyle: 'italic' }}>
            {t('notices.diff.unchangedLines', { count: row.count })}
          </div>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows of one fixed diff
          <div key={i} style={LINE_STYLE[row.op]} data-op={row.op}>
            {SIGN[row.op]} {row.line}
          </div>
        ),
      )}
    </pre>
  );
}

/**
 * The difference between two versions: which purposes need fresh consent and why (PIPL art. 14),
 * which changes only need the new notice (art. 17), and the text diff of both layers in both languages.
 */
export function NoticeDiff({ versions }: { versions: readonly NoticeSummary[] }) {
  const { t } = useTranslation();
  const formatCitation = useFormatCitation();
  const [from, setFrom] = useState(versions[1]?.content_hash ?? null);
  const [to, setTo] = useState(versions[0]?.content_hash ?? null);
  const diff = useRequest(`${from}>${to}`, (signal) => (from && to && from !== to ? getNoticeDiff(from, to, signal) : Promise.resolve(null)));
  const options = versions.map((v) => ({ value: v.content_hash, label: t('notices.versions.label', { version: v.version }) }));
  const reasons = (list: readonly ImpactReason[]) => list.map((r) => <Tag key={r}>{t(`notices.reason.${r}`)}</Tag>);
  const citations = (list: FreshConsent['citations']) => list.map((c) => formatCitation(c)).join('; ');

  if (versions.length < 2)
    return (
      <Card size="small" title={t('notices.diff.title')}>
        <Empty description={t('notices.diff.needTwo')} />
      </Card>
    );
  return (
    <Card size="small" title={t('notices.diff.title')} data-testid="notice-diff">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text>{t('notices.diff.from')}</Typography.Text>
          <Select value={from} onChange={setFrom} options={options} style={{ minWidth: 160 }} data-testid="notice-diff-from" />
          <Typography.Text>{t('notices.diff.to')}</Typography.Text>
          <Select value={to} onChange={setTo} options={options} style={{ minWidth: 160 }} data-testid="notice-diff-to" />
        </Space>
        {from === to ? <Alert type="info" showIcon title={t('notices.diff.same')} /> : null}
        {diff.error ? <RequestError error={diff.error} /> : null}
        {diff.isLoading && !diff.data ? <Skeleton active /> : null}
        {diff.data ? (
          <>
            <Typography.Title level={5}>{t('notices.diff.fresh')}</Typography.Title>
            {diff.data.impact.fresh.length === 0 ? (
              <Alert type="success" showIcon title={t('notices.diff.noFresh')} data-testid="notice-diff-no-fresh" />
            ) : (
              <Table<FreshConsent>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={[...diff.data.impact.fresh]}
                data-testid="notice-diff-fresh"
                columns={[
                  { key: 'id', title: t('notices.diff.consentId'), render: (_, f) => <Typography.Text code>{f.id}</Typography.Text> },
                  { key: 'reasons', title: t('notices.diff.why'), render: (_, f) => reasons(f.reasons) },
                  { key: 'citations', title: t('notices.diff.citations'), render: (_, f) => citations(f.citations) },
                ]}
              />
            )}
            <Typography.Title level={5}>{t('notices.diff.noticeOnly')}</Typography.Title>
            {diff.data.impact.notice_only.length === 0 ? (
              <Typography.Text type="secondary">{t('notices.diff.none')}</Typography.Text>
            ) : (
              <Table<NoticeOnlyChange>
                rowKey={(c) => `${c.purpose_id ?? '-'}:${c.reasons.join(',')}`}
                size="small"
                pagination={false}
                dataSource={[...diff.data.impact.notice_only]}
                columns={[
                  {
                    key: 'purpose',
                    title: t('notices.diff.purpose'),
                    render: (_, c) => (c.purpose_id === null ? t('notices.diff.wholeNotice') : <Typography.Text code>{c.purpose_id}</Typography.Text>),
                  },
                  { key: 'reasons', title: t('notices.diff.what'), render: (_, c) => reasons(c.reasons) },
                  { key: 'citations', title: t('notices.diff.citations'), render: (_, c) => citations(c.citations) },
                ]}
              />
            )}
            <Typography.Title level={5}>{t('notices.diff.text')}</Typography.Title>
            <Tabs
              items={(['zh-CN', 'en'] as const).flatMap((lang) =>
                ([1, 2] as const).map((layer) => ({
                  key: `${lang}-${layer}`,
                  label: t(`notices.preview.tab${layer}`, { language: t(`notices.language.${lang}`) }),
                  children: <TextDiff lines={diff.data?.text[lang][layer === 1 ? 'layer1' : 'layer2'] ?? []} />,
                })),
              )}
            />
          </>
        ) : null}
      </Space>
    </Card>
  );
}
