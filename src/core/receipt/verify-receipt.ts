import { utf8ToBytes } from '@noble/hashes/utils.js';
import { commitReceipt, RECEIPT_SALT_BYTES } from '../consent/commitment.js';
import { canonicalReceiptText } from '../consent/receipt.js';
import { decodeBase64 } from '../log/base64.js';
import { bytesEqual } from '../log/bytes.js';
import type { Checkpoint } from '../log/checkpoint.js';
import { verifyConsistency } from '../log/consistency.js';
import { hashLeaf } from '../log/hashing.js';
import { encodeLogEntry } from '../log/log-entry.js';
import type { Ed25519Verify, NoteVerifier } from '../log/note-keys.js';
import { decodeBase64Url } from './base64url.js';
import { verifyCompactJws } from './jws.js';
import { openCheckpointWith, type VerifyMemo, verifyInclusionWith } from './verify-memo.js';

// Offline verification of a consent receipt, in Node (`pisa verify`) and in the browser (the
// receipt page): the platform's signature over the body, the body's commitment as a log entry,
// the inclusion of that entry under a checkpoint signed by the log key, and, given another
// checkpoint of the same log with a consistency proof, that the log did not fork in between.
// The input is attacker-controlled: every field is parsed strictly before use.

/** What the verifier trusts, obtained out of band: the receipt keys by key id and the log's note verifiers. */
export type ReceiptTrust = {
  readonly receiptKeys: ReadonlyMap<string, Uint8Array>;
  readonly logVerifiers: readonly NoteVerifier[];
  /** The log's origin line; checked when given. */
  readonly origin?: string;
  /** What earlier receipts proved (opened checkpoints, tree nodes): a bulk verification shares it. Kept with the trust it was learned under. */
  readonly memo?: VerifyMemo;
};

export type ReceiptFailure =
  | 'RECEIPT_MALFORMED'
  | 'JWS_MALFORMED'
  | 'JWS_ALGORITHM'
  | 'JWS_KEY_UNKNOWN'
  | 'JWS_SIGNATURE'
  | 'RECEIPT_BODY_MISMATCH'
  | 'RECEIPT_NOT_SEQUENCED'
  | 'CHECKPOINT_INVALID'
  | 'INCLUSION_INVALID'
  | 'CONSISTENCY_INVALID';

export type ReceiptVerdict =
  | {
      readonly ok: true;
      readonly receiptId: string;
      readonly index: number;
      readonly checkpoint: Checkpoint;
      /** The other checkpoint proven consistent with the receipt's, when one was given. */
      readonly consistentWith: Checkpoint | null;
    }
  | { readonly ok: false; readonly reason: ReceiptFailure; readonly detail: string };

/** Another checkpoint of the log (signed note) and the consistency proof between it and the receipt's. */
export type ConsistencyEvidence = { readonly checkpoint: string; readonly proof: readonly Uint8Array[] };

/** The fields the verifier reads; others are shown to the person and covered by the signature. */
type Bundle = {
  readonly receipt_id: string;
  readonly salt: string;
  readonly sig: string;
  readonly log: { readonly index: string; readonly checkpoint: string; readonly inclusion_proof: readonly string[] } | null;
};

const LOG_FIELDS: ReadonlySet<string> = new Set(['index', 'checkpoint', 'inclusion_proof']);
const INDEX = /^(0|[1-9][0-9]{0,15})$/;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, min: number, max: number): value is string => typeof value === 'string' && value.length >= min && value.length <= max;

/**
 * What is wrong with the bundle's shape, or null. Checked by hand, not with Zod: each thread of
 * `pisa verify` loads this module, and importing Zod alone took a thread about 0.1 s to start.
 */
function bundleProblem(input: unknown): string | null {
  if (!isRecord(input)) return 'the receipt must be a JSON object';
  if (!isText(input['receipt_id'], 1, 64)) return 'receipt_id: must be a string of 1 to 64 characters';
  if (!isText(input['salt'], 43, 43)) return 'salt: must be a string of 43 characters';
  if (!isText(input['sig'], 1, 20_000)) return 'sig: must be a string of 1 to 20000 characters';
  const log = input['log'];
  if (log === null) return null;
  if (!isRecord(log)) return 'log: must be an object or null';
  for (const key of Object.keys(log)) if (!LOG_FIELDS.has(key)) return `log.${key}: is not a field of a log position`;
  if (typeof log['index'] !== 'string' || !INDEX.test(log['index'])) return 'log.index: must be a decimal string without leading zeros';
  if (!isText(log['checkpoint'], 1, 10_000)) return 'log.checkpoint: must be a string of 1 to 10000 characters';
  const proof = log['inclusion_proof'];
  if (!Array.isArray(proof) || proof.length > 64 || !proof.every((hash) => isText(hash, 0, 64))) {
    return 'log.inclusion_proof: must be at most 64 strings of at most 64 characters';
  }
  return null;
}

const fail = (reason: ReceiptFailure, detail: string): ReceiptVerdict => ({ ok: false, reason, detail });

function decodeHashes(texts: readonly string[]): Uint8Array[] | null {
  const out: Uint8Array[] = [];
  for (const text of texts) {
    const bytes = decodeBase64(text);
    if (bytes === null || bytes.length !== 32) return null;
    out.push(bytes);
  }
  return out;
}

/**
 * `bytes` is the UTF-8 encoding of `text`. Receipts are ASCII but for names and addresses: an
 * ASCII text is compared code unit by byte, without encoding it (`pisa verify` does this for
 * every receipt); any other text is encoded first.
 */
function isUtf8Of(bytes: Uint8Array, text: string): boolean {
  if (bytes.length === text.length) {
    let i = 0;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128 || c !== bytes[i]) break;
    }
    if (i === text.length) return true;
    if (text.charCodeAt(i) < 128) return false;
  }
  return bytesEqual(utf8ToBytes(text), bytes);
}

/** The leaf hash a receipt's body and salt commit to in the log. */
export function receiptLeafHash(body: Uint8Array, salt: Uint8Array): Uint8Array {
  return hashLeaf(encodeLogEntry({ kind: 'consent-receipt', commitment: commitReceipt(salt, body) }));
}

/**
 * Verifies a receipt bundle (the JSON a person downloads). Checks, in order: shape, JWS signature,
 * that the displayed body is the signed one, the checkpoint signature, the inclusion proof, and,
 * when `other` is given, consistency between the two checkpoints (either may be the older).
 */
export function verifyReceipt(input: unknown, trust: ReceiptTrust, verify: Ed25519Verify, other?: ConsistencyEvidence): ReceiptVerdict {
  const problem = bundleProblem(input);
  if (problem !== null) return fail('RECEIPT_MALFORMED', problem);
  const bundle = input as Bundle;
  const salt = decodeBase64Url(bundle.salt);
  if (salt === null || salt.length !== RECEIPT_SALT_BYTES) return fail('RECEIPT_MALFORMED', 'salt: not 32 bytes of base64url');

  const jws = verifyCompactJws(bundle.sig, trust.receiptKeys, verify);
  if (!jws.ok) return fail(jws.reason, 'the platform signature does not verify');
  let text: string;
  try {
    text = canonicalReceiptText(bundle);
  } catch {
    return fail('RECEIPT_MALFORMED', 'the receipt is not a JSON object');
  }
  if (!isUtf8Of(jws.payload, text)) return fail('RECEIPT_BODY_MISMATCH', 'the fields shown differ from the signed ones');
  // The signed bytes are the body's canonical bytes: the commitment is over them.
  const body = jws.payload;

  if (bundle.log === null) return fail('RECEIPT_NOT_SEQUENCED', 'the receipt has no log position yet: fetch its proof and verify again');
  const opened = openCheckpointWith(trust.memo, bundle.log.checkpoint, trust.logVerifiers, trust.origin);
  if (!opened.ok) return fail('CHECKPOINT_INVALID', opened.reason);
  const proof = decodeHashes(bundle.log.inclusion_proof);
  const index = Number(bundle.log.index);
  const { checkpoint } = opened;
  if (proof === null || !verifyInclusionWith(trust.memo, receiptLeafHash(body, salt), index, checkpoint.size, proof, checkpoint.root)) {
    return fail('INCLUSION_INVALID', `entry ${index} is not proven in the checkpoint of size ${checkpoint.size}`);
  }
  if (other === undefined) return { ok: true, receiptId: bundle.receipt_id, index, checkpoint, consistentWith: null };

  const second = openCheckpointWith(trust.memo, other.checkpoint, trust.logVerifiers, trust.origin);
  if (!second.ok) return fail('CHECKPOINT_INVALID', `the other checkpoint: ${second.reason}`);
  const [older, newer] = second.checkpoint.size <= checkpoint.size ? [second.checkpoint, checkpoint] : [checkpoint, second.checkpoint];
  if (!verifyConsistency(older.size, newer.size, other.proof, older.root, newer.root)) {
    return fail('CONSISTENCY_INVALID', `the checkpoints of sizes ${older.size} and ${newer.size} are not consistent: the log forked`);
  }
  return { ok: true, receiptId: bundle.receipt_id, index, checkpoint, consistentWith: second.checkpoint };
}
