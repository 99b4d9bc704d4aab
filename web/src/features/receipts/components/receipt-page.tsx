import { Alert, Button, Card, Input, Skeleton, Space, Typography, Upload } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nobleEd25519Verify } from '../../../../../src/core/log/ed25519-noble.js';
import { consistencyProofOverTiles } from '../../../../../src/core/log/tile-client.js';
import { RequestError } from '../../../components/request-error';
import { useRequest } from '../../../lib/use-request';
import { fetchLogTile } from '../api/fetch-log-tile';
import { fetchProof } from '../api/fetch-proof';
import { getLogText } from '../api/get-log-text';
import { getReceiptKeys } from '../api/get-receipt-keys';
import type { ReceiptBundle } from '../api/types';
import { checkReceipt, type ReceiptCheckResult } from '../receipt-checks';
import { forgetStashedReceipt, peekStashedReceipt } from '../receipt-handoff';
import { parseReceiptText } from '../receipt-text';
import { logTrustOf, receiptKeysOf } from '../trust';
import { ReceiptView } from './receipt-view';
import { TrustPanel } from './trust-panel';
import { VerificationPanel } from './verification-panel';

/** Receipts are a few kB; anything much larger is not one. */
const MAX_FILE_BYTES = 200_000;

type Verification = { state: 'idle' } | { state: 'running' } | { state: 'done'; result: ReceiptCheckResult; proofAdded: boolean };

/**
 * The public receipt page: paste or upload a receipt (or open one from "My receipts"), read it,
 * and verify it here in the browser with the same core verifier as `pisa verify` — against the
 * receipt keys and the log key shown with their fingerprints, and the log's latest checkpoint.
 */
export function ReceiptPage() {
  const { t } = useTranslation();
  const [text, setText] = useState(() => peekStashedReceipt() ?? '');
  const [receipt, setReceipt] = useState<ReceiptBundle | null>(null);
  const [problem, setProblem] = useState<'json' | 'shape' | 'file' | null>(null);
  const [run, setRun] = useState(0);
  const [verification, setVerification] = useState<Verification>({ state: 'idle' });
  const keys = useRequest('receipt-keys', getReceiptKeys);
  const vkey = useRequest('log-vkey', (signal) => getLogText('vkey', signal));

  const trust = useMemo(() => {
    if (!keys.data || vkey.data === undefined) return null;
    const receiptKeys = receiptKeysOf(keys.data);
    const log = logTrustOf(vkey.data, nobleEd25519Verify);
    return { receiptKeys, log, vkey: vkey.data.trim() };
  }, [keys.data, vkey.data]);

  const open = (content: string) => {
    const parsed = parseReceiptText(content);
    setVerification({ state: 'idle' });
    if (!parsed.ok) {
      setReceipt(null);
      setProblem(parsed.reason);
      return;
    }
    setProblem(null);
    setReceipt(parsed.receipt);
    setRun((n) => n + 1);
  };

  // A receipt handed over from "My receipts" opens at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on arrival
  useEffect(() => {
    if (text !== '') open(text);
    forgetStashedReceipt();
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `run` starts a verification of the receipt as opened
  useEffect(() => {
    if (receipt === null || trust === null || run === 0) return;
    let cancelled = false;
    setVerification({ state: 'running' });
    void (async () => {
      let bundle = receipt;
      let proofAdded = false;
      if (bundle.log === null) {
        // Not sequenced when it was issued: the log position is public and may be there by now.
        const log = await fetchProof(bundle.receipt_id).catch(() => null);
        if (log !== null) {
          bundle = { ...bundle, log };
          proofAdded = true;
        }
      }
      const latest = await getLogText('checkpoint').catch(() => null);
      const result = await checkReceipt(bundle, {
        trust: { receiptKeys: trust.receiptKeys.keys, logVerifiers: trust.log === null ? [] : [trust.log.verifier] },
        verify: nobleEd25519Verify,
        latestCheckpoint: latest,
        consistencyProof: (oldSize, newSize) => consistencyProofOverTiles(oldSize, newSize, fetchLogTile),
      });
      if (cancelled) return;
      if (proofAdded) setReceipt(bundle);
      setVerification({ state: 'done', result, proofAdded });
    })();
    return () => {
      cancelled = true;
    };
  }, [run, trust]);

  const readFile = (file: File): false => {
    if (file.size > MAX_FILE_BYTES) {
      setProblem('file');
      return false;
    }
    file.text().then(
      (content) => {
        setText(content);
        open(content);
      },
      () => setProblem('file'),
    );
    return false;
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="receipt-page">
      <div>
        <Typography.Title level={2}>{t('receipts.page.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('receipts.page.intro')}</Typography.Paragraph>
      </div>
      <Card size="small" title={t('receipts.page.input')}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoSize={{ minRows: 4, maxRows: 12 }}
            className="pisa-code-input"
            spellCheck={false}
            placeholder={t('receipts.page.placeholder')}
            aria-label={t('receipts.page.input')}
            data-testid="receipt-input"
          />
          <Space wrap>
            <Button type="primary" disabled={text.trim() === ''} onClick={() => open(text)} data-testid="receipt-verify">
              {t('receipts.page.verify')}
            </Button>
            <Upload accept=".json,application/json" showUploadList={false} beforeUpload={readFile} maxCount={1}>
              <Button data-testid="receipt-upload">{t('receipts.page.upload')}</Button>
            </Upload>
          </Space>
          {problem === null ? null : <Alert type="error" showIcon data-testid="receipt-problem" title={t(`receipts.page.problem.${problem}`)} />}
        </Space>
      </Card>
      {keys.error ? <RequestError error={keys.error} /> : vkey.error ? <RequestError error={vkey.error} /> : null}
      {receipt === null ? null : (
        <>
          {verification.state === 'done' ? (
            <>
              {verification.proofAdded ? <Alert type="info" showIcon data-testid="receipt-proof-added" title={t('receipts.page.proofAdded')} /> : null}
              <VerificationPanel result={verification.result} />
            </>
          ) : (
            <Card size="small" title={t('receipts.verify.title')}>
              <Skeleton active paragraph={{ rows: 3 }} />
            </Card>
          )}
          <ReceiptView receipt={receipt} />
        </>
      )}
      {trust === null ? null : (
        <TrustPanel
          trust={{
            receiptKeys: trust.receiptKeys.shown,
            log: trust.log === null ? null : { name: trust.log.name, keyId: trust.log.keyId, fingerprint: trust.log.fingerprint, vkey: trust.vkey },
          }}
        />
      )}
    </Space>
  );
}
