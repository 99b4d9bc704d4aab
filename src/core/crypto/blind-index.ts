import { hmacSha256 } from './hashing.js';
import { type IndexKey, type Keyring, LEGACY_INDEX_KEY_ID } from './keyring.js';

const HEX_INDEX = /^[0-9a-f]{64}$/;

/** "<key id>.<hex>", or bare hex for the original key (its indexes predate key ids). */
function indexUnder(key: IndexKey, domain: string, normalizedValue: string): string {
  const hex = hmacSha256(key.key, `${domain}\u0000${normalizedValue}`).toString('hex');
  return key.id === LEGACY_INDEX_KEY_ID ? hex : `${key.id}.${hex}`;
}

/**
 * A keyed blind index under the active index key (HMAC-SHA-256, hex, prefixed with the key's
 * id): equal normalized values give equal indexes, so lookups need no plaintext column; without
 * the key an index reveals nothing useful. `domain` separates uses ("email", "phone", "ip"), so
 * one value never matches across them.
 */
export function blindIndex(keyring: Keyring, domain: string, normalizedValue: string): string {
  return indexUnder(keyring.activeIndex, domain, normalizedValue);
}

/**
 * The value's index under every configured index key, the active one first: what lookups search
 * for, so a row indexed under an older key is still found while (and after) the rotation
 * re-computes the stored indexes.
 */
export function blindIndexes(keyring: Keyring, domain: string, normalizedValue: string): string[] {
  return [...keyring.indexKeys.values()].map((key) => indexUnder(key, domain, normalizedValue));
}

/** The id of the index key a stored index was made with; null when it is not a blind index. */
export function indexKeyIdOf(stored: string): string | null {
  if (HEX_INDEX.test(stored)) return LEGACY_INDEX_KEY_ID;
  const dot = stored.indexOf('.');
  return dot > 0 && HEX_INDEX.test(stored.slice(dot + 1)) ? stored.slice(0, dot) : null;
}
