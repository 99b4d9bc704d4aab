import { hmacSha256 } from './hashing.js';
import type { Keyring } from './keyring.js';

/**
 * A keyed blind index (HMAC-SHA-256 under the index key, hex): equal normalized values give equal
 * indexes, so lookups need no plaintext column; without the key an index reveals nothing useful.
 * `domain` separates uses ("email", "phone", "ip"), so one value never matches across them.
 */
export function blindIndex(keyring: Keyring, domain: string, normalizedValue: string): string {
  return hmacSha256(keyring.indexKey, `${domain}\u0000${normalizedValue}`).toString('hex');
}
