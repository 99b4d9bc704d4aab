import { createPublicKey, generateKeyPairSync, sign as nodeSign, verify as nodeVerify } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTEXT, SHOP } from '../../../test/support/notice-fixtures.js';
import { buildReceipt, canonicalReceiptBytes } from '../consent/receipt.js';
import { encodeBase64 } from '../log/base64.js';
import { signCheckpoint } from '../log/checkpoint.js';
import { consistencyProofFromLeaves } from '../log/consistency.js';
import { createNobleSigner, nobleEd25519Verify, noblePublicKey } from '../log/ed25519-noble.js';
import { hashLeaf } from '../log/hashing.js';
import { inclusionProofFromLeaves } from '../log/inclusion.js';
import { rootOfLeafHashes } from '../log/merkle.js';
import { createNoteVerifier, type Ed25519Verify, formatVerifierKey } from '../log/note-keys.js';
import { buildNotice } from '../notice/build-notice.js';
import { noticeContentHash } from '../notice/content-hash.js';
import { decodeBase64Url, encodeBase64Url } from './base64url.js';
import { createVerifyMemo } from './verify-memo.js';
import { type ReceiptTrust, receiptLeafHash, verifyReceipt } from './verify-receipt.js';

const fastVerify: Ed25519Verify = (publicKey, message, signature) =>
  nodeVerify(null, message, createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: encodeBase64Url(publicKey) }, format: 'jwk' }), signature);

const ORIGIN = 'pisa.test/log';
const logSeed = new Uint8Array(32).fill(7);
const logSigner = createNobleSigner(ORIGIN, logSeed);
const vkey = formatVerifierKey(ORIGIN, noblePublicKey(logSeed));
const receiptKey = generateKeyPairSync('ed25519');
const receiptPublic = decodeBase64Url(receiptKey.publicKey.export({ format: 'jwk' }).x as string) as Uint8Array;

const trust = (verify: Ed25519Verify = fastVerify): ReceiptTrust => ({
  receiptKeys: new Map([['k1', receiptPublic]]),
  logVerifiers: [createNoteVerifier(vkey, verify) as NonNullable<ReturnType<typeof createNoteVerifier>>],
  origin: ORIGIN,
});

function signJws(body: Uint8Array): string {
  const header = encodeBase64Url(new TextEncoder().encode('{"alg":"EdDSA","kid":"k1"}'));
  const payload = encodeBase64Url(body);
  return `${header}.${payload}.${encodeBase64Url(nodeSign(null, new TextEncoder().encode(`${header}.${payload}`), receiptKey.privateKey))}`;
}

const notice = buildNotice(SHOP, CONTEXT);
const noticeHash = noticeContentHash(notice);
const party = { id: 'p-1', name: 'Example Co. Ltd.', address: CONTEXT.address, contact: CONTEXT.email };

/** A receipt placed at `at` among `size` leaves (the others random), its log checkpoints, and the leaves. */
function fixture(at = 3, size = 11, subject = 'user-42') {
  const event = {
    id: 'r-abc',
    subject,
    processorId: 'p-1',
    purposeId: 'marketing',
    action: 'grant' as const,
    time: '2026-11-27T08:00:00.000Z',
    noticeHash,
    method: 'widget' as const,
    actor: { kind: 'self' as const },
  };
  const receipt = buildReceipt(event, notice, party, null);
  const body = canonicalReceiptBytes(receipt);
  const salt = new Uint8Array(32).fill(9);
  const leaves = Array.from({ length: size }, (_, i) => (i === at ? receiptLeafHash(body, salt) : hashLeaf(Uint8Array.of(i))));
  const checkpointAt = (n: number) => signCheckpoint({ origin: ORIGIN, size: n, root: rootOfLeafHashes(leaves.slice(0, n)) }, logSigner);
  const bundle = {
    ...receipt,
    salt: encodeBase64Url(salt),
    sig: signJws(body),
    log: { index: String(at), checkpoint: checkpointAt(size), inclusion_proof: inclusionProofFromLeaves(leaves, at, size).map(encodeBase64) },
  };
  return { bundle, leaves, checkpointAt };
}

describe('verifyReceipt', () => {
  it('accepts a well-formed receipt and names its position', () => {
    const { bundle } = fixture();
    const verdict = verifyReceipt(bundle, trust(), fastVerify);
    expect(verdict.ok && { index: verdict.index, size: verdict.checkpoint.size, id: verdict.receiptId }).toEqual({ index: 3, size: 11, id: 'r-abc' });
  });

  it('gives the same verdict with the browser (noble) Ed25519', () => {
    const { bundle } = fixture();
    expect(verifyReceipt(bundle, trust(nobleEd25519Verify), nobleEd25519Verify).ok).toBe(true);
  });

  it('refuses a changed purpose (the body no longer matches the signature)', () => {
    const { bundle } = fixture();
    expect(verifyReceipt({ ...bundle, subject: 'user-43' }, trust(), fastVerify)).toMatchObject({ ok: false, reason: 'RECEIPT_BODY_MISMATCH' });
  });

  it('compares the fields shown with the signed bytes in any script (ASCII compared unencoded, other text as UTF-8)', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('a', 'Z', '0', '"', '\\', '\n', 'é', '王', '😀', '\u{7f}', '\u{80}', '\ud800'),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      ),
      maxLength: 12,
    });
    fc.assert(
      fc.property(text, text, (signed, shown) => {
        const { bundle } = fixture(3, 11, signed);
        expect(verifyReceipt(bundle, trust(), fastVerify).ok).toBe(true);
        const verdict = verifyReceipt({ ...bundle, subject: shown }, trust(), fastVerify);
        if (shown === signed) expect(verdict.ok).toBe(true);
        else expect(verdict).toMatchObject({ ok: false, reason: 'RECEIPT_BODY_MISMATCH' });
      }),
      { numRuns: 150 },
    );
  });

  it('refuses another salt (the commitment is not the logged one)', () => {
    const { bundle } = fixture();
    expect(verifyReceipt({ ...bundle, salt: encodeBase64Url(new Uint8Array(32).fill(1)) }, trust(), fastVerify)).toMatchObject({
      ok: false,
      reason: 'INCLUSION_INVALID',
    });
  });

  it('refuses a receipt signed by a key it does not trust', () => {
    const { bundle } = fixture();
    const other = { ...trust(), receiptKeys: new Map([['k1', new Uint8Array(32).fill(3)]]) };
    expect(verifyReceipt(bundle, other, fastVerify)).toMatchObject({ ok: false, reason: 'JWS_SIGNATURE' });
  });

  it('refuses a checkpoint signed by another log key', () => {
    const { bundle, leaves } = fixture();
    const forged = signCheckpoint({ origin: ORIGIN, size: 11, root: rootOfLeafHashes(leaves) }, createNobleSigner(ORIGIN, new Uint8Array(32).fill(8)));
    expect(verifyReceipt({ ...bundle, log: { ...bundle.log, checkpoint: forged } }, trust(), fastVerify)).toMatchObject({
      ok: false,
      reason: 'CHECKPOINT_INVALID',
    });
  });

  it('gives the same verdicts with a memo shared by many receipts (bulk verification)', () => {
    const { bundle, leaves } = fixture();
    const bulk = { ...trust(), memo: createVerifyMemo() };
    expect(verifyReceipt(bundle, bulk, fastVerify).ok).toBe(true);
    expect(verifyReceipt(bundle, bulk, fastVerify).ok).toBe(true);
    expect(verifyReceipt({ ...bundle, salt: encodeBase64Url(new Uint8Array(32).fill(1)) }, bulk, fastVerify)).toMatchObject({ reason: 'INCLUSION_INVALID' });
    const wrongIndex = { ...bundle, log: { ...bundle.log, index: '4' } };
    expect(verifyReceipt(wrongIndex, bulk, fastVerify)).toMatchObject({ reason: 'INCLUSION_INVALID' });
    const forged = signCheckpoint({ origin: ORIGIN, size: 11, root: rootOfLeafHashes(leaves) }, createNobleSigner(ORIGIN, new Uint8Array(32).fill(8)));
    expect(verifyReceipt({ ...bundle, log: { ...bundle.log, checkpoint: forged } }, bulk, fastVerify)).toMatchObject({ reason: 'CHECKPOINT_INVALID' });
    expect(bulk.memo.checkpoints.size).toBe(2);
  });

  it('reports a receipt that is not sequenced yet', () => {
    const { bundle } = fixture();
    expect(verifyReceipt({ ...bundle, log: null }, trust(), fastVerify)).toMatchObject({ ok: false, reason: 'RECEIPT_NOT_SEQUENCED' });
  });

  it.each([null, 'text', [], { sig: 1 }, { salt: 'x', sig: 'a.b.c', receipt_id: 'r', log: null }])('refuses the malformed %j', (input) => {
    expect(verifyReceipt(input, trust(), fastVerify)).toMatchObject({ ok: false, reason: 'RECEIPT_MALFORMED' });
  });

  it('refuses each field out of shape, naming the field', () => {
    const { bundle } = fixture();
    const log = bundle.log as Record<string, unknown>;
    const cases: [Record<string, unknown>, string][] = [
      [{ ...bundle, receipt_id: '' }, 'receipt_id'],
      [{ ...bundle, receipt_id: 'r'.repeat(65) }, 'receipt_id'],
      [{ ...bundle, salt: (bundle.salt as string).slice(1) }, 'salt'],
      [{ ...bundle, sig: '' }, 'sig'],
      [{ ...bundle, log: undefined }, 'log'],
      [{ ...bundle, log: [] }, 'log'],
      [{ ...bundle, log: { ...log, extra: 1 } }, 'log.extra'],
      [{ ...bundle, log: { ...log, index: '01' } }, 'log.index'],
      [{ ...bundle, log: { ...log, index: 3 } }, 'log.index'],
      [{ ...bundle, log: { ...log, checkpoint: '' } }, 'log.checkpoint'],
      [{ ...bundle, log: { ...log, inclusion_proof: 'AAAA' } }, 'log.inclusion_proof'],
      [{ ...bundle, log: { ...log, inclusion_proof: Array.from({ length: 65 }, () => 'AAAA') } }, 'log.inclusion_proof'],
      [{ ...bundle, log: { ...log, inclusion_proof: ['A'.repeat(65)] } }, 'log.inclusion_proof'],
    ];
    for (const [input, field] of cases) {
      const verdict = verifyReceipt(input, trust(), fastVerify);
      expect(verdict.ok ? '' : `${verdict.reason} ${verdict.detail}`).toMatch(new RegExp(`^RECEIPT_MALFORMED ${field.replace('.', '\\.')}: `));
    }
    // Fields the verifier does not read may be anything (they are covered by the signature).
    expect(verifyReceipt({ ...bundle, note: { any: ['thing'] } }, trust(), fastVerify)).toMatchObject({ reason: 'RECEIPT_BODY_MISMATCH' });
  });

  it('proves consistency with an older checkpoint, and refuses a forked one', () => {
    const { bundle, leaves, checkpointAt } = fixture(3, 11);
    const proof = consistencyProofFromLeaves(leaves, 5, 11);
    const verdict = verifyReceipt(bundle, trust(), fastVerify, { checkpoint: checkpointAt(5), proof });
    expect(verdict.ok && verdict.consistentWith?.size).toBe(5);
    const forkedLeaves = [...leaves.slice(0, 4), hashLeaf(Uint8Array.of(99)), ...leaves.slice(5)];
    const forked = signCheckpoint({ origin: ORIGIN, size: 5, root: rootOfLeafHashes(forkedLeaves.slice(0, 5)) }, logSigner);
    expect(verifyReceipt(bundle, trust(), fastVerify, { checkpoint: forked, proof })).toMatchObject({ ok: false, reason: 'CONSISTENCY_INVALID' });
  });

  it('fails on any single changed character of the signed bundle, with or without a warmed bulk memo (property)', () => {
    const { bundle } = fixture();
    const text = JSON.stringify(bundle);
    const bulk = { ...trust(), memo: createVerifyMemo() };
    expect(verifyReceipt(bundle, bulk, fastVerify).ok).toBe(true); // the memo now holds its checkpoint and path
    fc.assert(
      fc.property(fc.nat({ max: text.length - 1 }), fc.constantFrom('0', 'a', 'Z', '_'), (at, ch) => {
        fc.pre(text[at] !== ch);
        let mutated: unknown;
        try {
          mutated = JSON.parse(text.slice(0, at) + ch + text.slice(at + 1));
        } catch {
          return;
        }
        // Only a change that leaves every verified byte equal may pass (e.g. inside ignored whitespace: none in compact JSON).
        expect(verifyReceipt(mutated, trust(), fastVerify).ok).toBe(false);
        expect(verifyReceipt(mutated, bulk, fastVerify).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
