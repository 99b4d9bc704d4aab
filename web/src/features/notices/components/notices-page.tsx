import { Alert, App, Card, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { type HTMLAttributes, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { RequestError } from '../../../components/request-error';
import { useLanguage } from '../../../lib/i18n';
import { useRequest } from '../../../lib/use-request';
import { getNotice } from '../api/get-notice';
import { listNoticeVersions } from '../api/list-notice-versions';
import { listProcessors } from '../api/list-processors';
import { publishNotice } from '../api/publish-notice';
import type { NoticeSummary, PublishedNotice } from '../api/types';
import { type ContextFormValues, contextFormValues, toNoticeContext } from '../notice-context';
import { NoticeDiff } from './notice-diff';
import { NoticePreview } from './notice-preview';
import { PublishNoticeForm } from './publish-notice-form';
import { ReadabilityPanel } from './readability-panel';

/**
 * A processor's notices: every version (immutable, content-addressed), publishing the next one
 * from the latest declaration, readability per language with warnings when layer 1 outgrows one
 * screen, layer 1 and 2 previews in Chinese and English, and the diff between two versions with
 * the purposes that need fresh consent.
 */
export function NoticesPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const processors = useRequest('notice-processors', listProcessors);
  const [slug, setSlug] = useState<string | null>(null);
  const processor = processors.data?.find((p) => p.slug === slug) ?? processors.data?.[0] ?? null;
  const [version, setVersion] = useState(0);
  const versions = useRequest(`versions:${processor?.slug ?? ''}#${version}`, (signal) =>
    processor ? listNoticeVersions(processor.slug, signal) : Promise.resolve([]),
  );
  const [selected, setSelected] = useState<string | null>(null);
  const latest = versions.data?.[0] ?? null;
  const shown = selected ?? latest?.content_hash ?? null;
  const shownNotice = useRequest(`notice:${shown ?? ''}`, (signal) => (shown ? getNotice(shown, signal) : Promise.resolve(null)));
  const latestNotice = useRequest(`latest:${latest?.content_hash ?? ''}`, (signal) =>
    latest ? getNotice(latest.content_hash, signal) : Promise.resolve(null),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [published, setPublished] = useState<PublishedNotice | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: another processor starts with a clean page
  useEffect(() => {
    setSelected(null);
    setPublished(null);
    setError(null);
  }, [processor?.slug]);

  const publish = async (values: ContextFormValues) => {
    if (!processor) return;
    setBusy(true);
    setError(null);
    try {
      const result = await publishNotice(processor.slug, toNoticeContext(values));
      setPublished(result);
      setSelected(null);
      setVersion((v) => v + 1);
      void message.success(result.created ? t('notices.publish.created', { version: result.notice.version }) : t('notices.publish.unchanged'));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (processors.error) return <RequestError error={processors.error} />;
  if (!processors.data) return <Skeleton active paragraph={{ rows: 6 }} />;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="notices-page">
      <div>
        <Typography.Title level={2}>{t('notices.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('notices.intro')}</Typography.Paragraph>
      </div>
      {processor === null ? (
        <Alert type="info" showIcon title={t('notices.noProcessor')} />
      ) : (
        <>
          <Space>
            <Typography.Text>{t('notices.processor')}</Typography.Text>
            <Select
              data-testid="notice-processor"
              value={processor.slug}
              onChange={setSlug}
              options={processors.data.map((p) => ({ value: p.slug, label: `${p.name} (${p.slug})` }))}
              style={{ minWidth: 280 }}
            />
          </Space>
          <Card size="small" title={t('notices.publish.title')}>
            <Typography.Paragraph type="secondary">{t('notices.publish.intro')}</Typography.Paragraph>
            {versions.isLoading || latestNotice.isLoading ? (
              <Skeleton active />
            ) : (
              <PublishNoticeForm
                key={`${processor.slug}:${latest?.content_hash ?? 'none'}`}
                initial={contextFormValues(latestNotice.data?.notice.notice.processor ?? null)}
                busy={busy}
                onPublish={(values) => void publish(values)}
              />
            )}
            {error ? <ApiErrorAlert error={error} /> : null}
            {published ? (
              <Alert
                style={{ marginTop: 16 }}
                type={published.created ? 'success' : 'info'}
                showIcon
                data-testid="notice-published"
                data-created={String(published.created)}
                title={published.created ? t('notices.publish.created', { version: published.notice.version }) : t('notices.publish.unchanged')}
                description={
                  published.impact && published.impact.fresh.length > 0
                    ? t('notices.publish.fresh', { ids: published.impact.fresh.map((f) => f.id).join(', ') })
                    : published.created && published.previous_hash !== null
                      ? t('notices.publish.noFresh')
                      : undefined
                }
              />
            ) : null}
          </Card>
          <Card size="small" title={t('notices.versions.title')}>
            {versions.error ? (
              <RequestError error={versions.error} />
            ) : (
              <Table<NoticeSummary>
                rowKey="content_hash"
                size="small"
                loading={versions.isLoading}
                dataSource={versions.data ?? []}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                locale={{ emptyText: t('notices.versions.none') }}
                onRow={(v) =>
                  ({
                    'data-testid': 'notice-version',
                    'data-version': v.version,
                    onClick: () => setSelected(v.content_hash),
                    style: { cursor: 'pointer', background: v.content_hash === shown ? '#e6f4ff' : undefined },
                  }) as HTMLAttributes<HTMLTableRowElement>
                }
                columns={[
                  { key: 'version', title: t('notices.versions.version'), render: (_, v) => t('notices.versions.label', { version: v.version }) },
                  {
                    key: 'hash',
                    title: t('notices.versions.hash'),
                    render: (_, v) => <Typography.Text code copyable={{ text: v.content_hash }}>{`${v.content_hash.slice(0, 19)}…`}</Typography.Text>,
                  },
                  { key: 'created', title: t('notices.versions.created'), render: (_, v) => new Date(v.created_at).toLocaleString(language) },
                  {
                    key: 'current',
                    title: '',
                    render: (_, v) => (v.content_hash === latest?.content_hash ? <Tag color="green">{t('notices.versions.current')}</Tag> : null),
                  },
                ]}
              />
            )}
          </Card>
          {shownNotice.error ? <RequestError error={shownNotice.error} /> : null}
          {shownNotice.data ? (
            <>
              <ReadabilityPanel readability={shownNotice.data.readability} />
              <NoticePreview version={shownNotice.data} />
            </>
          ) : shown !== null ? (
            <Skeleton active />
          ) : null}
          {versions.data ? <NoticeDiff key={`${processor.slug}:${latest?.content_hash ?? ''}`} versions={versions.data} /> : null}
        </>
      )}
    </Space>
  );
}
