import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { PisaError } from '../errors/pisa-error.js';
import { decodeBase64Url } from '../receipt/base64url.js';
import type { Keyring } from './keyring.js';

// Field-level encryption of personal information: AES-256-GCM with a fresh 96-bit nonce per value
// (NIST SP 800-38D §8.2.2: random nonces are safe far beyond PISA's volumes per key) and the
// field's context (table, column, row id) as additional authenticated data, so a ciphertext
// copied into another row or column fails to decrypt instead of being read as that row's data.
//
// Stored form: "pisa1.<key id>.<nonce>.<ciphertext+tag>" (base64url); the key id lets keys rotate.

const PREFIX = 'pisa1';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export function encryptField(keyring: Keyring, plaintext: string, context: string): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyring.active.key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${PREFIX}.${keyring.active.id}.${nonce.toString('base64url')}.${body.toString('base64url')}`;
}

/** The id of the key a stored value was encrypted with. */
export function keyIdOf(stored: string): string {
  const parts = stored.split('.');
  if (parts.length !== 4 || parts[0] !== PREFIX || !parts[1]) throw new Error('not an encrypted field value');
  return parts[1];
}

/** Throws DATA_KEY_UNKNOWN when the key is not configured, and an Error when the value was tampered with. */
export function decryptField(keyring: Keyring, stored: string, context: string): string {
  const [prefix, keyId, nonceText, bodyText] = stored.split('.');
  if (prefix !== PREFIX || keyId === undefined || nonceText === undefined || bodyText === undefined) throw new Error('not an encrypted field value');
  const key = keyring.keys.get(keyId);
  if (!key) throw new PisaError('DATA_KEY_UNKNOWN', { key_id: keyId });
  // Strict decoding: Buffer.from ignores spare bits, so a flipped last character would still decrypt.
  const body = decodeBase64Url(bodyText);
  const nonce = decodeBase64Url(nonceText);
  if (!body || !nonce) throw new Error('encrypted field value is not canonical base64url');
  if (body.length < TAG_BYTES) throw new Error('encrypted field value is truncated');
  const decipher = createDecipheriv('aes-256-gcm', key.key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
  return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString('utf8');
}
