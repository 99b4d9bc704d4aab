import { ed25519 } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import { buildReceipt, canonicalReceiptBytes } from '../../../../src/core/consent/receipt.js';
import { encodeBase64 } from '../../../../src/core/log/base64.js';
import { signCheckpoint } from '../../../../src/core/log/checkpoint.js';
import { consistencyProofFromLeaves } from '../../../../src/core/log/consistency.js';
import { createNobleSigner, nobleEd25519Verify, noblePublicKey } from '../../../../src/core/log/ed25519-noble.js';
import { hashLeaf } from '../../../../src/core/log/hashing.js';
import { inclusionProofFromLeaves } from '../../../../src/core/log/inclusion.js';
import { rootOfLeafHashes } from '../../../../src/core/log/merkle.js';
import { formatVerifierKey } from '../../../../src/core/log/note-keys.js';
import { buildNotice } from '../../../../src/core/notice/build-notice.js';
import { noticeContentHash } from '../../../../src/core/notice/content-hash.js';
import { encodeBase64Url } from '../../../../src/core/receipt/base64url.js';
import { receiptLeafHash } from '../../../../src/core/receipt/verify-receipt.js';
import { CONTEXT, SHOP } from '../../../../test/support/notice-fixtures.js';
import { type CheckStatus, checkReceipt, type ReceiptCheckDeps } from './receipt-checks';
import { overallOf, parseReceiptText, receiptFileName, receiptJson } from './receipt-text';
import { fingerprintOf, logTrustOf, receiptKeysOf } from './trust';

// A receipt signed and logged the way the server does it, verified the way the receipt page does.

const ORIGIN = 'pisa.test/log';
const logSeed = new Uint8Array(32).fill(7);
const logSigner = createNobleSigner(ORIGIN, logSeed);
const VKEY = formatVerifierKey(ORIGIN, noblePublicKey(logSeed));
const receiptSeed = new Uint8Array(32).fill(5);
const JWKS = [{ kty: 'OKP', crv: 'Ed25519', x: encodeBase64Url(noblePublicKey(receiptSeed)), kid: 'k1', alg: 'EdDSA', use: 'sig' }];

function signJws(body: Uint8Array): string {
  const header = encodeBase64Url(new TextEncoder().encode('{"alg":"EdDSA","kid":"k1"}'));
  const payload = encodeBase64Url(body);
  return `${header}.${payload}.${encodeBase64Url(ed25519.sign(new TextEncoder().encode(`${header}.${payload}`), receiptSeed))}`;
}

const notice = buildNotice(SHOP, CONTEXT);
const event = {
  id: 'r-abc',
  subject: 'pisa:person',
  processorId: 'p-1',
  purposeId: 'marketing',
  action: 'grant' as const,
  time: '2026-11-27T08:00:00.000Z',
  noticeHash: noticeContentHash(notice),
  method: 'portal' as const,
  actor: { kind: 'self' as const },
};
const receipt = buildReceipt(event, notice, { id: 'p-1', name: 'Example Co. Ltd.', address: CONTEXT.address, contact: CONTEXT.email }, null);
const body = canonicalReceiptBytes(receipt);
const salt = new Uint8Array(32).fill(9);
const AT = 3;
const leaves = Array.from({ length: 20 }, (_, i) => (i === AT ? receiptLeafHash(body, salt) : hashLeaf(Uint8Array.of(i))));
const checkpointAt = (size: number, signer = logSigner) => signCheckpoint({ origin: ORIGIN, size, root: rootOfLeafHashes(leaves.slice(0, size)) }, signer);
const sequenced = {
  ...receipt,
  salt: encodeBase64Url(salt),
  sig: signJws(body),
  log: { index: String(AT), checkpoint: checkpointAt(11), inclusion_proof: inclusionProofFromLeaves(leaves, AT, 11).map(encodeBase64) },
};

const log = logTrustOf(VKEY, nobleEd25519Verify);
if (log === null) throw new Error('bad vkey');
const deps = (latest: string | null = checkpointAt(20)): ReceiptCheckDeps => ({
  trust: { receiptKeys: receiptKeysOf(JWKS).keys, logVerifiers: [log.verifier] },
  verify: nobleEd25519Verify,
  latestCheckpoint: latest,
  consistencyProof: async (oldSize, newSize) => consistencyProofFromLeaves(leaves, oldSize, newSize),
});

const statuses = (checks: readonly { id: string; status: CheckStatus }[]) => Object.fromEntries(checks.map((c) => [c.id, c.status]));

describe('checkReceipt', () => {
  it('passes every check of a sequenced receipt, consistency with the latest checkpoint included', async () => {
    const result = await checkReceipt(sequenced, deps());
    expect(statuses(result.checks)).toEqual({ format: 'pass', signature: 'pass', body: 'pass', checkpoint: 'pass', inclusion: 'pass', consistency: 'pass' });
    expect({ ok: result.ok, index: result.index, size: result.size, latest: result.latestSize }).toEqual({ ok: true, index: 3, size: 11, latest: 20 });
    expect(overallOf(result.checks)).toBe('pass');
  });

  it('fails the body check of a tampered copy, and makes no later check', async () => {
    const tampered = { ...sequenced, event: { ...sequenced.event, state: 'withdrawn' } };
    const result = await checkReceipt(tampered, deps());
    expect(statuses(result.checks)).toMatchObject({ signature: 'pass', body: 'fail', inclusion: 'skipped', consistency: 'skipped' });
    expect(overallOf(result.checks)).toBe('fail');
  });

  it('fails the signature of a receipt signed by a key it does not trust', async () => {
    const other = { ...deps(), trust: { receiptKeys: new Map([['k1', new Uint8Array(32).fill(3)]]), logVerifiers: [log.verifier] } };
    expect(statuses((await checkReceipt(sequenced, other)).checks)).toMatchObject({ format: 'pass', signature: 'fail', body: 'skipped' });
  });

  it('checks what it can of a receipt not sequenced yet, and calls it incomplete', async () => {
    const result = await checkReceipt({ ...sequenced, log: null }, deps());
    expect(statuses(result.checks)).toEqual({
      format: 'pass',
      signature: 'pass',
      body: 'pass',
      checkpoint: 'skipped',
      inclusion: 'skipped',
      consistency: 'skipped',
    });
    expect(overallOf(result.checks)).toBe('incomplete');
  });

  it('fails consistency when the latest checkpoint is of a forked log', async () => {
    const forked = [...leaves.slice(0, 5), hashLeaf(Uint8Array.of(99)), ...leaves.slice(6)];
    const latest = signCheckpoint({ origin: ORIGIN, size: 20, root: rootOfLeafHashes(forked) }, logSigner);
    const result = await checkReceipt(sequenced, deps(latest));
    expect(statuses(result.checks)).toMatchObject({ inclusion: 'pass', consistency: 'fail' });
  });

  it('fails consistency when the latest checkpoint is not signed by the log key', async () => {
    const latest = checkpointAt(20, createNobleSigner(ORIGIN, new Uint8Array(32).fill(8)));
    expect(statuses((await checkReceipt(sequenced, deps(latest))).checks)).toMatchObject({ consistency: 'fail' });
  });

  it('passes consistency against the same checkpoint, and skips it without one', async () => {
    expect(statuses((await checkReceipt(sequenced, deps(checkpointAt(11)))).checks)['consistency']).toBe('pass');
    const offline = await checkReceipt(sequenced, deps(null));
    expect(statuses(offline.checks)['consistency']).toBe('skipped');
  });

  it('fails the format check of something that is not a receipt', async () => {
    expect(statuses((await checkReceipt({ hello: 1 }, deps())).checks)).toMatchObject({ format: 'fail', signature: 'skipped' });
  });
});

describe('receipt text', () => {
  it('reads a downloaded receipt back, and refuses other JSON and non-JSON', () => {
    const parsed = parseReceiptText(receiptJson(sequenced as never));
    expect(parsed.ok && parsed.receipt.receipt_id).toBe('r-abc');
    expect(parseReceiptText('{"schema":"other"}')).toEqual({ ok: false, reason: 'shape' });
    expect(parseReceiptText('not json')).toEqual({ ok: false, reason: 'json' });
  });

  it('names the download after the receipt id, without path characters', () => {
    expect(receiptFileName({ receipt_id: 'ab_C-1/../x' })).toBe('pisa-receipt-ab_C-1x.json');
  });
});

describe('trust', () => {
  it('keeps usable Ed25519 keys only, with a fingerprint to compare by eye', () => {
    const { keys, shown } = receiptKeysOf([...JWKS, { ...JWKS[0], kid: 'rsa', kty: 'RSA' } as never, { ...JWKS[0], kid: 'short', x: 'AAAA' } as never]);
    expect([...keys.keys()]).toEqual(['k1']);
    expect(shown[0]?.fingerprint).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    expect(shown[0]?.fingerprint).toBe(fingerprintOf(noblePublicKey(receiptSeed)));
  });

  it('reads the log vkey with its name and key id, and refuses a damaged one', () => {
    expect(log).toMatchObject({ name: ORIGIN, keyId: VKEY.split('+')[1] });
    expect(logTrustOf(`${VKEY.slice(0, -2)}AA`, nobleEd25519Verify)).toBeNull();
  });
});
