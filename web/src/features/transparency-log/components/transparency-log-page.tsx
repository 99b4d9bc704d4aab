import { Alert, Card, Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { nobleEd25519Verify } from '../../../../../src/core/log/ed25519-noble.js';
import { Link } from '../../../components/link';
import { RequestError } from '../../../components/request-error';
import { PUBLIC_PATHS } from '../../../config/paths';
import { useRequest } from '../../../lib/use-request';
import { getLogText } from '../api/get-log-text';
import { describeLog } from '../log-state';

/**
 * The public transparency log: its size and latest signed checkpoint (signature checked here
 * against the published key), the verifier key with its fingerprint, and how anyone verifies a
 * receipt or mirrors the log (c2sp.org tlog-tiles, tlog-checkpoint, signed-note).
 */
export function TransparencyLogPage() {
  const { t } = useTranslation();
  const checkpoint = useRequest('log-checkpoint', (signal) => getLogText('checkpoint', signal));
  const vkey = useRequest('log-vkey', (signal) => getLogText('vkey', signal));
  const error = checkpoint.error ?? vkey.error;
  const state = checkpoint.data !== undefined && vkey.data !== undefined ? describeLog(checkpoint.data, vkey.data, nobleEd25519Verify) : null;
  const origin = window.location.origin;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="transparency-log">
      <div>
        <Typography.Title level={2}>{t('log.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('log.intro')}</Typography.Paragraph>
      </div>
      {error ? <RequestError error={error} /> : null}
      {state === null || checkpoint.data === undefined || vkey.data === undefined ? (
        error ? null : (
          <Skeleton active paragraph={{ rows: 6 }} />
        )
      ) : (
        <>
          <Card size="small" title={t('log.checkpoint')}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              {state.verified ? (
                <Alert type="success" showIcon title={t('log.verified')} data-testid="log-verified" />
              ) : (
                <Alert type="error" showIcon title={t('log.notVerified')} data-testid="log-not-verified" />
              )}
              <Descriptions size="small" column={1} bordered>
                <Descriptions.Item label={t('log.size')}>
                  <Typography.Text strong data-testid="log-size">
                    {state.size ?? '—'}
                  </Typography.Text>{' '}
                  {t('log.entries')}
                </Descriptions.Item>
                <Descriptions.Item label={t('log.origin')}>
                  <Typography.Text code>{state.origin ?? '—'}</Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label={t('log.root')}>
                  <Typography.Text code copyable={state.root !== null}>
                    {state.root ?? '—'}
                  </Typography.Text>
                </Descriptions.Item>
              </Descriptions>
              <Typography.Text type="secondary">{t('log.checkpointText')}</Typography.Text>
              <pre className="pisa-code" data-testid="log-checkpoint">
                {checkpoint.data}
              </pre>
            </Space>
          </Card>
          <Card size="small" title={t('log.vkey')}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Typography.Text code copyable data-testid="log-vkey" style={{ wordBreak: 'break-all' }}>
                {vkey.data.trim()}
              </Typography.Text>
              {state.key === null ? (
                <Tag color="red">{t('log.badVkey')}</Tag>
              ) : (
                <Descriptions size="small" column={1} bordered>
                  <Descriptions.Item label={t('log.keyName')}>
                    <Typography.Text code>{state.key.name}</Typography.Text>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('log.keyId')}>
                    <Typography.Text code>{state.key.keyId}</Typography.Text>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('log.fingerprint')}>
                    <Typography.Text code data-testid="log-fingerprint">
                      {state.key.fingerprint}
                    </Typography.Text>
                  </Descriptions.Item>
                </Descriptions>
              )}
            </Space>
          </Card>
        </>
      )}
      <Card size="small" title={t('log.howTo.title')}>
        <ol style={{ paddingInlineStart: 20, marginBottom: 0 }}>
          <li>
            {t('log.howTo.browser')} <Link href={PUBLIC_PATHS.receipts}>{t('log.howTo.receiptPage')}</Link>
          </li>
          <li>
            {t('log.howTo.cli')}
            <pre className="pisa-code">{`npx pisa verify pisa-receipt-….json --log ${origin}/log`}</pre>
          </li>
          <li>
            {t('log.howTo.mirror')}{' '}
            <a href="https://c2sp.org/tlog-tiles" target="_blank" rel="noreferrer noopener">
              c2sp.org/tlog-tiles
            </a>
            ,{' '}
            <a href="https://c2sp.org/tlog-checkpoint" target="_blank" rel="noreferrer noopener">
              tlog-checkpoint
            </a>
            ,{' '}
            <a href="https://c2sp.org/signed-note" target="_blank" rel="noreferrer noopener">
              signed-note
            </a>
            .
          </li>
          <li>
            {t('log.howTo.docs')} <Typography.Text code>docs/consent.md</Typography.Text>, <Typography.Text code>docs/consent-receipts.md</Typography.Text> ·{' '}
            <a href="/api/docs" target="_blank" rel="noreferrer">
              {t('log.howTo.api')}
            </a>
          </li>
        </ol>
      </Card>
    </Space>
  );
}
