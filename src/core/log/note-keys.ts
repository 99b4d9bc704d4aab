import { decodeBase64, encodeBase64 } from './base64.js';
import { concatBytes, encodeUtf8, fromHex, toHex } from './bytes.js';
import { sha256 } from './hashing.js';

// Keys of signed notes (c2sp.org/signed-note). Ed25519 itself is injected: node:crypto on the
// server (src/main/log-keys.ts), @noble/curves in the browser (ed25519-noble.ts).

/** Signature type byte of a plain Ed25519 note signature. */
export const ED25519_TYPE = 0x01;
export const ED25519_PUBLIC_KEY_SIZE = 32;
export const ED25519_SIGNATURE_SIZE = 64;

/** Ed25519 verification (RFC 8032), injected so the same code runs on node:crypto and in the browser. */
export type Ed25519Verify = (publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array) => boolean;

/** Signs notes under `name`; `keyId` is the 4-byte key ID that prefixes every signature. */
export type Signer = { readonly name: string; readonly keyId: Uint8Array; sign(message: Uint8Array): Uint8Array };

/** Checks signatures by one (name, key ID) pair. */
export type NoteVerifier = { readonly name: string; readonly keyId: Uint8Array; verify(message: Uint8Array, signature: Uint8Array): boolean };

/** A parsed Ed25519 verifier key. */
export type VerifierKey = { readonly name: string; readonly keyId: Uint8Array; readonly publicKey: Uint8Array };

/** A parsed Ed25519 signer key: the 32-byte seed (RFC 8032 private key). */
export type SignerKey = { readonly name: string; readonly keyId: Uint8Array; readonly seed: Uint8Array };

/** Key names are non-empty, valid text without Unicode space or "+" (signed-note §"Signatures"). */
export function isValidKeyName(name: string): boolean {
  return name.length > 0 && !/[\s+\p{Cc}]/u.test(name) && !/\p{Cs}/u.test(name);
}

/** Key ID = the first 4 bytes of SHA-256(name || 0x0A || type || public key). */
export function keyIdOf(name: string, type: number, publicKey: Uint8Array): Uint8Array {
  return sha256(concatBytes(encodeUtf8(name), Uint8Array.of(0x0a, type), publicKey)).slice(0, 4);
}

/** `<name>+<key ID as 8 lower-case hex>+<base64(0x01 || public key)>`. */
export function formatVerifierKey(name: string, publicKey: Uint8Array): string {
  if (!isValidKeyName(name) || publicKey.length !== ED25519_PUBLIC_KEY_SIZE) throw new RangeError('invalid Ed25519 verifier key');
  return `${name}+${toHex(keyIdOf(name, ED25519_TYPE, publicKey))}+${encodeBase64(Uint8Array.of(ED25519_TYPE, ...publicKey))}`;
}

/** Splits at the first `count` "+" only: standard base64 uses "+" too. */
function splitPlus(text: string, count: number): string[] | null {
  const parts: string[] = [];
  let rest = text;
  for (let i = 0; i < count; i++) {
    const at = rest.indexOf('+');
    if (at < 0) return null;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  parts.push(rest);
  return parts;
}

function parseTypedKey(name: string, hexId: string, base64Key: string, derivesId: boolean): { keyId: Uint8Array; key: Uint8Array } | null {
  if (!isValidKeyName(name) || !/^[0-9a-f]{8}$/.test(hexId)) return null;
  const typed = decodeBase64(base64Key);
  if (typed === null || typed[0] !== ED25519_TYPE || typed.length !== 1 + ED25519_PUBLIC_KEY_SIZE) return null;
  const keyId = fromHex(hexId) as Uint8Array;
  const key = typed.slice(1);
  if (derivesId && toHex(keyIdOf(name, ED25519_TYPE, key)) !== hexId) return null;
  return { keyId, key };
}

/** Parses a vkey strictly (Ed25519 only; the key ID must match the name and key), or null. */
export function parseVerifierKey(vkey: string): VerifierKey | null {
  const parts = splitPlus(vkey, 2);
  if (parts === null) return null;
  const [name, hexId, base64Key] = parts as [string, string, string];
  const parsed = parseTypedKey(name, hexId, base64Key, true);
  return parsed === null ? null : { name, keyId: parsed.keyId, publicKey: parsed.key };
}

/** A verifier for a vkey, or null when the vkey is invalid. */
export function createNoteVerifier(vkey: string, ed25519Verify: Ed25519Verify): NoteVerifier | null {
  const key = parseVerifierKey(vkey);
  if (key === null) return null;
  return {
    name: key.name,
    keyId: key.keyId,
    verify: (message, signature) => signature.length === ED25519_SIGNATURE_SIZE && ed25519Verify(key.publicKey, message, signature),
  };
}

/**
 * The signer key text of golang.org/x/mod/sumdb/note and tessera:
 * `PRIVATE+KEY+<name>+<key ID hex>+<base64(0x01 || 32-byte seed)>`. The key ID is derived from the
 * public key, which the caller computes from the seed.
 */
export function formatSignerKey(name: string, seed: Uint8Array, publicKey: Uint8Array): string {
  if (!isValidKeyName(name) || seed.length !== 32 || publicKey.length !== ED25519_PUBLIC_KEY_SIZE) throw new RangeError('invalid Ed25519 signer key');
  return `PRIVATE+KEY+${name}+${toHex(keyIdOf(name, ED25519_TYPE, publicKey))}+${encodeBase64(Uint8Array.of(ED25519_TYPE, ...seed))}`;
}

/** Parses signer key text; the caller must check `keyId` against the public key it derives from the seed. */
export function parseSignerKey(text: string): SignerKey | null {
  const parts = splitPlus(text, 4);
  if (parts === null) return null;
  const [private1, private2, name, hexId, base64Key] = parts as [string, string, string, string, string];
  if (private1 !== 'PRIVATE' || private2 !== 'KEY') return null;
  const parsed = parseTypedKey(name, hexId, base64Key, false);
  return parsed === null ? null : { name, keyId: parsed.keyId, seed: parsed.key };
}
