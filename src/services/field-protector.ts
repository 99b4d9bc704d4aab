import { blindIndex, blindIndexes, indexKeyIdOf } from '../core/crypto/blind-index.js';
import { decryptField, encryptField, keyIdOf } from '../core/crypto/field-cipher.js';
import type { Keyring } from '../core/crypto/keyring.js';

/** What blind indexes are computed over: one domain per kind of value, so none match across kinds. */
export type IndexDomain = 'email' | 'phone' | 'ip' | 'code';

/**
 * Encryption of personal information at rest and its blind indexes, over one keyring. Each
 * value's `context` (e.g. "account:<id>:email") binds the ciphertext to its row and column.
 */
export type FieldProtector = {
  encrypt(plaintext: string, context: string): string;
  decrypt(stored: string, context: string): string;
  /** The index under the active index key: what is stored. */
  index(domain: IndexDomain, normalizedValue: string): string;
  /** The index under every configured index key, active first: what lookups and comparisons accept. */
  indexes(domain: IndexDomain, normalizedValue: string): string[];
  /** The id of the key that encrypts new values. */
  readonly activeKeyId: string;
  /** The id of the index key that makes new indexes. */
  readonly activeIndexKeyId: string;
  keyIdOf(stored: string): string;
  /** The id of the index key a stored index was made with, or null when it is not one. */
  indexKeyIdOf(stored: string): string | null;
};

export function createFieldProtector(keyring: Keyring): FieldProtector {
  return {
    encrypt: (plaintext, context) => encryptField(keyring, plaintext, context),
    decrypt: (stored, context) => decryptField(keyring, stored, context),
    index: (domain, value) => blindIndex(keyring, domain, value),
    indexes: (domain, value) => blindIndexes(keyring, domain, value),
    activeKeyId: keyring.active.id,
    activeIndexKeyId: keyring.activeIndex.id,
    keyIdOf,
    indexKeyIdOf,
  };
}

/** The encryption contexts of PISA's encrypted columns, in one place. */
export const FIELD_CONTEXT = {
  accountEmail: (id: string) => `account:${id}:email`,
  accountPhone: (id: string) => `account:${id}:phone`,
  accountName: (id: string) => `account:${id}:name`,
  accountTotp: (id: string) => `account:${id}:totp`,
  accountTotpPending: (id: string) => `account:${id}:totp_pending`,
  outboxRecipient: (id: string) => `outbox:${id}:recipient`,
  outboxParams: (id: string) => `outbox:${id}:params`,
  /** A server scan's per-chunk tally (value hashes and masked samples) until the chunks are merged. */
  scanChunk: (scanId: string, seq: number) => `scan:${scanId}:chunk:${seq}`,
} as const;
