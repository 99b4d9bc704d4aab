import { openCheckpoint } from '../../../../src/core/log/checkpoint.js';
import type { Ed25519Verify } from '../../../../src/core/log/note-keys.js';
import { type ReceiptFailure, type ReceiptTrust, verifyReceipt } from '../../../../src/core/receipt/verify-receipt.js';

/** The checks shown on the receipt page, in the order the verifier makes them. */
export const CHECK_IDS = ['format', 'signature', 'body', 'checkpoint', 'inclusion', 'consistency'] as const;
export type CheckId = (typeof CHECK_IDS)[number];
export type CheckStatus = 'pass' | 'fail' | 'skipped';
export type Check = { readonly id: CheckId; readonly status: CheckStatus; readonly detail: string | null };

export type ReceiptCheckResult = {
  readonly ok: boolean;
  readonly checks: readonly Check[];
  /** The receipt's position and the size of the checkpoint proving it, when that far. */
  readonly index: number | null;
  readonly size: number | null;
  /** The latest checkpoint's size, when it was checked. */
  readonly latestSize: number | null;
};

export type ReceiptCheckDeps = {
  readonly trust: ReceiptTrust;
  readonly verify: Ed25519Verify;
  /** The log's latest signed checkpoint (GET /log/checkpoint), or null when not available. */
  readonly latestCheckpoint: string | null;
  /** A consistency proof between two tree sizes, built from the log's tiles; null when it cannot be built. */
  readonly consistencyProof: (oldSize: number, newSize: number) => Promise<readonly Uint8Array[] | null>;
};

/** Which check a verifier failure belongs to (verify-receipt.ts stops at the first). */
const FAILED_CHECK: Readonly<Record<ReceiptFailure, CheckId | null>> = {
  RECEIPT_MALFORMED: 'format',
  JWS_MALFORMED: 'signature',
  JWS_ALGORITHM: 'signature',
  JWS_KEY_UNKNOWN: 'signature',
  JWS_SIGNATURE: 'signature',
  RECEIPT_BODY_MISMATCH: 'body',
  RECEIPT_NOT_SEQUENCED: null,
  CHECKPOINT_INVALID: 'checkpoint',
  INCLUSION_INVALID: 'inclusion',
  CONSISTENCY_INVALID: 'consistency',
};

/** Every check before `failed` passed, `failed` failed, the rest were not made. */
function upTo(failed: CheckId | 'none', detail: string | null, lastPassed: CheckId): Check[] {
  const failedAt = failed === 'none' ? -1 : CHECK_IDS.indexOf(failed);
  const passedTo = CHECK_IDS.indexOf(lastPassed);
  return CHECK_IDS.map((id, i) => {
    if (i === failedAt) return { id, status: 'fail', detail };
    if ((failedAt < 0 || i < failedAt) && i <= passedTo) return { id, status: 'pass', detail: null };
    return { id, status: 'skipped', detail: null };
  });
}

/**
 * Verifies a receipt in the browser with the core verifier (src/core/receipt/verify-receipt.ts)
 * and reports each check: the bundle's shape, the platform's signature, that the fields shown
 * are the signed ones, the checkpoint's signature by the log key, the inclusion of the receipt's
 * commitment under it, and that the latest checkpoint extends it (no fork). A receipt not yet
 * sequenced passes the first three and skips the log checks.
 */
export async function checkReceipt(bundle: unknown, deps: ReceiptCheckDeps): Promise<ReceiptCheckResult> {
  const first = verifyReceipt(bundle, deps.trust, deps.verify);
  if (!first.ok) {
    const failed = FAILED_CHECK[first.reason];
    const checks = failed === null ? upTo('none', null, 'body') : upTo(failed, first.detail, 'consistency');
    return { ok: false, checks, index: null, size: null, latestSize: null };
  }
  const base = { index: first.index, size: first.checkpoint.size };
  const withConsistency = (status: CheckStatus, detail: string | null, latestSize: number | null): ReceiptCheckResult => ({
    ok: status !== 'fail',
    checks: [...upTo('none', null, 'inclusion').slice(0, -1), { id: 'consistency', status, detail }],
    ...base,
    latestSize,
  });
  if (deps.latestCheckpoint === null) return withConsistency('skipped', null, null);

  const latest = openCheckpoint(deps.latestCheckpoint, deps.trust.logVerifiers, deps.trust.origin);
  if (!latest.ok) return withConsistency('fail', `the latest checkpoint: ${latest.reason}`, null);
  const sizes = [first.checkpoint.size, latest.checkpoint.size].sort((a, b) => a - b) as [number, number];
  const proof = sizes[0] === sizes[1] ? [] : await deps.consistencyProof(sizes[0], sizes[1]);
  if (proof === null)
    return withConsistency('fail', `no consistency proof from ${sizes[0]} to ${sizes[1]} could be built from the log's tiles`, latest.checkpoint.size);
  const second = verifyReceipt(bundle, deps.trust, deps.verify, { checkpoint: deps.latestCheckpoint, proof });
  return second.ok ? withConsistency('pass', null, latest.checkpoint.size) : withConsistency('fail', second.detail, latest.checkpoint.size);
}
