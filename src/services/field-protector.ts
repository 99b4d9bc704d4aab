import { blindIndex } from '../core/crypto/blind-index.js';
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
  index(domain: IndexDomain, normalizedValue: string): string;
  /** The id of the key that encrypts new values. */
  readonly activeKeyId: string;
  keyIdOf(stored: string): string;
};

export function createFieldProtector(keyring: Keyring): FieldProtector {
  return {
    encrypt: (plaintext, context) => encryptField(keyring, plaintext, context),
    decrypt: (stored, context) => decryptField(keyring, stored, context),
    index: (domain, value) => blindIndex(keyring, domain, value),
    activeKeyId: keyring.active.id,
    keyIdOf,
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
} as const;
