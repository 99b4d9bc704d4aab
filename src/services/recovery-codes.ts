import { normaliseRecoveryCode, recoveryCodeMatches } from '../core/crypto/recovery-codes.js';
import type { RecoveryCodeStore } from './identity-ports.js';

/**
 * Uses up one of the account's recovery codes if `typed` is one of them (in whatever form it was
 * typed); false when it is not, or when another request used it first.
 */
export async function redeemRecoveryCode(store: RecoveryCodeStore, accountId: string, typed: string, at: Date): Promise<boolean> {
  const canonical = normaliseRecoveryCode(typed);
  if (canonical === null) return false;
  // Every unused code is compared (at most ten), so the time taken does not tell which one matched.
  const matching = (await store.listUnused(accountId)).filter((code) => recoveryCodeMatches(code.code_hash, canonical));
  const [code] = matching;
  return code !== undefined && (await store.markUsed(code.id, at));
}
