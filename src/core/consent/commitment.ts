import { utf8ToBytes } from '@noble/hashes/utils.js';
import { PisaError } from '../errors/pisa-error.js';
import { sha256 } from '../log/sha256.js';

/** Domain separation: a receipt commitment can never equal a hash PISA computes for anything else. */
const DOMAIN = utf8ToBytes('pisa-receipt/1\0');

export const RECEIPT_SALT_BYTES = 32;

/**
 * The public leaf of a receipt: SHA-256("pisa-receipt/1\0" || salt || receiptBytes), 32 bytes.
 * The salt is 32 random bytes drawn per receipt and given only to the individual (inside the
 * receipt envelope), so the leaf is a hiding commitment: leaves of the same person are unlinkable,
 * and guessing a receipt's content (subject, purpose, minute) is useless without 2^256 salts to
 * try. Browser-safe (core/log/sha256.ts, no Buffer); the receipt page recomputes it.
 * @example commitReceipt(salt, canonicalReceiptBytes(receipt)) // Uint8Array(32)
 */
export function commitReceipt(salt: Uint8Array, receiptBytes: Uint8Array): Uint8Array {
  if (!(salt instanceof Uint8Array) || salt.length !== RECEIPT_SALT_BYTES) {
    throw new PisaError('ARGUMENT_INVALID', { argument: 'salt', detail: `must be ${RECEIPT_SALT_BYTES} bytes` });
  }
  if (!(receiptBytes instanceof Uint8Array)) throw new PisaError('ARGUMENT_INVALID', { argument: 'receiptBytes', detail: 'must be bytes' });
  const input = new Uint8Array(DOMAIN.length + salt.length + receiptBytes.length);
  input.set(DOMAIN);
  input.set(salt, DOMAIN.length);
  input.set(receiptBytes, DOMAIN.length + salt.length);
  return sha256(input);
}
