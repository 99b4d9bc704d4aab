import { toHex } from '../../../../src/core/log/bytes.js';
import { sha256 } from '../../../../src/core/log/hashing.js';
import { createNoteVerifier, type Ed25519Verify, type NoteVerifier, parseVerifierKey } from '../../../../src/core/log/note-keys.js';
import { decodeBase64Url } from '../../../../src/core/receipt/base64url.js';
import type { ReceiptJwk } from './api/types';

/**
 * A key's fingerprint as people compare it by eye: SHA-256 of the raw public key, in groups of
 * four hex digits ("3f2a 9c01 …"). The same on the receipt page, in `pisa verify` output and
 * wherever the key is published, so a person can check they trust the right key.
 */
export function fingerprintOf(publicKey: Uint8Array): string {
  return toHex(sha256(publicKey)).match(/.{4}/g)?.join(' ') ?? '';
}

export type ShownKey = { readonly id: string; readonly fingerprint: string };

/** The receipt keys a JWK Set offers that the verifier can use (Ed25519, 32 bytes), by key id. */
export function receiptKeysOf(jwks: readonly ReceiptJwk[]): { keys: Map<string, Uint8Array>; shown: ShownKey[] } {
  const keys = new Map<string, Uint8Array>();
  for (const jwk of jwks) {
    if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.kid !== 'string' || typeof jwk.x !== 'string') continue;
    const raw = decodeBase64Url(jwk.x);
    if (raw !== null && raw.length === 32) keys.set(jwk.kid, raw);
  }
  return { keys, shown: [...keys].map(([id, key]) => ({ id, fingerprint: fingerprintOf(key) })) };
}

/** The log's note verifier from its vkey text, with its name, key id and fingerprint; null when the vkey is invalid. */
export function logTrustOf(vkey: string, verify: Ed25519Verify): { verifier: NoteVerifier; name: string; keyId: string; fingerprint: string } | null {
  const text = vkey.trim();
  const parsed = parseVerifierKey(text);
  const verifier = createNoteVerifier(text, verify);
  if (parsed === null || verifier === null) return null;
  return { verifier, name: parsed.name, keyId: toHex(parsed.keyId), fingerprint: fingerprintOf(parsed.publicKey) };
}
