import { createPublicKey, type KeyObject, verify as nodeVerify } from 'node:crypto';
import { installNativeSha256 } from '../../core/crypto/native-sha256.js';
import { toHex } from '../../core/log/bytes.js';
import { createNoteVerifier, type Ed25519Verify } from '../../core/log/note-keys.js';
import { encodeBase64Url } from '../../core/receipt/base64url.js';
import { createVerifyMemo } from '../../core/receipt/verify-memo.js';
import { type ConsistencyEvidence, type ReceiptTrust, type ReceiptVerdict, verifyReceipt } from '../../core/receipt/verify-receipt.js';

// The CPU-bound half of `pisa verify` (signatures and hashes), shared by the main thread and the
// worker threads that take a share of a large batch: what to trust travels as plain data.

/** What the verifier trusts, as data a worker thread can receive: the log's vkey and the receipt keys by kid. */
export type TrustSpec = { readonly vkey: string; readonly receiptKeys: readonly (readonly [string, Uint8Array])[] };

/** One receipt as its JSON text (parsed by the thread that verifies it), with consistency evidence when asked for. */
export type VerifyItem = { readonly json: string; readonly evidence: ConsistencyEvidence | undefined };

/** The reason given for a text that is not JSON at all: the whole file is refused (exit 2), as before. */
export const NOT_JSON = 'NOT_JSON';

/** A verdict as plain data (it crosses threads and becomes the output). */
export type VerdictSummary =
  | { readonly ok: true; readonly receiptId: string; readonly index: number; readonly checkpointSize: number; readonly consistentSize: number | null }
  | { readonly ok: false; readonly reason: string; readonly detail: string };

/** Ed25519 over node:crypto with the key objects cached: the hot path of a bulk verification. */
function cachedNodeVerify(): Ed25519Verify {
  const keys = new Map<string, KeyObject>();
  return (publicKey, message, signature) => {
    const id = toHex(publicKey);
    let key = keys.get(id);
    if (key === undefined) {
      key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: encodeBase64Url(publicKey) }, format: 'jwk' });
      keys.set(id, key);
    }
    return nodeVerify(null, message, key, signature);
  };
}

export type Verifier = { readonly verify: (item: VerifyItem) => VerdictSummary };

/** The verifier for a trust spec, or null when the vkey is not an Ed25519 note verifier key. */
export function createVerifier(spec: TrustSpec): Verifier | null {
  // Commitments, leaves and proof paths hashed with node:crypto in this thread (main or worker).
  installNativeSha256();
  const ed25519 = cachedNodeVerify();
  const parsed = createNoteVerifier(spec.vkey, ed25519);
  if (parsed === null) return null;
  const trust: ReceiptTrust = {
    receiptKeys: new Map(spec.receiptKeys),
    logVerifiers: [parsed],
    origin: parsed.name,
    memo: createVerifyMemo(),
  };
  const verify = (item: VerifyItem): VerdictSummary => {
    let receipt: unknown;
    try {
      receipt = JSON.parse(item.json);
    } catch {
      return { ok: false, reason: NOT_JSON, detail: 'not JSON' };
    }
    return summarise(verifyReceipt(receipt, trust, ed25519, item.evidence));
  };
  return { verify };
}

function summarise(verdict: ReceiptVerdict): VerdictSummary {
  if (!verdict.ok) return { ok: false, reason: verdict.reason, detail: verdict.detail };
  return {
    ok: true,
    receiptId: verdict.receiptId,
    index: verdict.index,
    checkpointSize: verdict.checkpoint.size,
    consistentSize: verdict.consistentWith?.size ?? null,
  };
}
