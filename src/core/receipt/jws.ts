import type { Ed25519Verify } from '../log/note-keys.js';
import { decodeBase64Url, encodeBase64Url } from './base64url.js';

// Compact JWS verification for receipts (RFC 7515 §5.2, RFC 8037 EdDSA). Receipts are signed with
// jose; verification is this small function because `pisa verify` must check >= 10,000 receipts/s
// and jose's compactVerify measured 5,500/s here against 12,500/s for the bare Ed25519 check
// (docs/consent.md, "Verifying a receipt"). Tests cross-check it against jose both ways.

export type JwsFailure = 'JWS_MALFORMED' | 'JWS_ALGORITHM' | 'JWS_KEY_UNKNOWN' | 'JWS_SIGNATURE';
export type VerifiedJws = { readonly ok: true; readonly header: Readonly<Record<string, unknown>>; readonly payload: Uint8Array };
export type JwsResult = VerifiedJws | { readonly ok: false; readonly reason: JwsFailure };

const ASCII = new TextEncoder();
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function parseHeader(bytes: Uint8Array): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(UTF8.decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The last protected header seen and its parse: receipts checked in bulk share one header text. */
let lastHeader: { readonly part: string; readonly header: Record<string, unknown> | null } | null = null;

function headerOf(part: string): Record<string, unknown> | null {
  if (lastHeader !== null && lastHeader.part === part) return lastHeader.header;
  const bytes = decodeBase64Url(part);
  const parsed = bytes === null ? null : parseHeader(bytes);
  const header = parsed === null ? null : Object.freeze(parsed);
  lastHeader = { part, header };
  return header;
}

/** Where signing inputs are written: reused, since `verify` is synchronous and keeps nothing. */
let scratch = new Uint8Array(4096);

/** The bytes of the ASCII text jws[0, end) in `scratch` (grown as needed), valid until the next call. */
function signingInput(jws: string, end: number): Uint8Array {
  if (scratch.length < end) scratch = new Uint8Array(2 * end);
  const { written } = ASCII.encodeInto(jws.slice(0, end), scratch);
  return scratch.subarray(0, written);
}

/**
 * Verifies a compact JWS signed with EdDSA (Ed25519) by one of `keys` (by `kid`).
 * Refuses every other algorithm (no "none", no algorithm confusion) and any `crit` header.
 */
export function verifyCompactJws(jws: string, keys: ReadonlyMap<string, Uint8Array>, verify: Ed25519Verify): JwsResult {
  const first = jws.indexOf('.');
  const last = jws.lastIndexOf('.');
  if (first < 0 || last === first || jws.indexOf('.', first + 1) !== last) return { ok: false, reason: 'JWS_MALFORMED' };
  const payload = decodeBase64Url(jws.slice(first + 1, last));
  const signature = decodeBase64Url(jws.slice(last + 1));
  if (payload === null || signature === null || signature.length !== 64) return { ok: false, reason: 'JWS_MALFORMED' };
  const header = headerOf(jws.slice(0, first));
  if (header === null) return { ok: false, reason: 'JWS_MALFORMED' };
  if (header['alg'] !== 'EdDSA' || header['crit'] !== undefined || header['b64'] !== undefined) return { ok: false, reason: 'JWS_ALGORITHM' };
  const kid = header['kid'];
  const key = typeof kid === 'string' ? keys.get(kid) : undefined;
  if (key === undefined) return { ok: false, reason: 'JWS_KEY_UNKNOWN' };
  // The signing input is the text before the last dot (RFC 7515 §5.2 step 8), ASCII once decoded above.
  return verify(key, signingInput(jws, last), signature) ? { ok: true, header, payload } : { ok: false, reason: 'JWS_SIGNATURE' };
}

/**
 * The compact JWS with its payload left out (RFC 7515 appendix F): `header..signature`. A store
 * keeps receipts so, since each row holds the signed body already (`attachJwsPayload` puts it back).
 */
export function detachJwsPayload(jws: string): string {
  const first = jws.indexOf('.');
  const last = jws.lastIndexOf('.');
  if (first < 0 || last === first) throw new Error('detachJwsPayload: not a compact JWS');
  return `${jws.slice(0, first)}.${jws.slice(last)}`;
}

/** A compact JWS whose payload may be detached, whole again with `payload`; one that has its payload is returned as it is. */
export function attachJwsPayload(jws: string, payload: Uint8Array): string {
  const first = jws.indexOf('.');
  if (first < 0 || jws.charCodeAt(first + 1) !== 46) return jws;
  return `${jws.slice(0, first + 1)}${encodeBase64Url(payload)}${jws.slice(first + 1)}`;
}
