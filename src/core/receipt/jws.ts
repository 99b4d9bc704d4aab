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

/**
 * Verifies a compact JWS signed with EdDSA (Ed25519) by one of `keys` (by `kid`).
 * Refuses every other algorithm (no "none", no algorithm confusion) and any `crit` header.
 */
export function verifyCompactJws(jws: string, keys: ReadonlyMap<string, Uint8Array>, verify: Ed25519Verify): JwsResult {
  const parts = jws.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'JWS_MALFORMED' };
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const headerBytes = decodeBase64Url(headerPart);
  const payload = decodeBase64Url(payloadPart);
  const signature = decodeBase64Url(signaturePart);
  if (headerBytes === null || payload === null || signature === null || signature.length !== 64) return { ok: false, reason: 'JWS_MALFORMED' };
  const header = parseHeader(headerBytes);
  if (header === null) return { ok: false, reason: 'JWS_MALFORMED' };
  if (header['alg'] !== 'EdDSA' || header['crit'] !== undefined || header['b64'] !== undefined) return { ok: false, reason: 'JWS_ALGORITHM' };
  const kid = header['kid'];
  const key = typeof kid === 'string' ? keys.get(kid) : undefined;
  if (key === undefined) return { ok: false, reason: 'JWS_KEY_UNKNOWN' };
  const signingInput = ASCII.encode(`${headerPart}.${payloadPart}`);
  return verify(key, signingInput, signature) ? { ok: true, header, payload } : { ok: false, reason: 'JWS_SIGNATURE' };
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
