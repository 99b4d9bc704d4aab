import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** SHA-256 of UTF-8 text or bytes, as 64 lowercase hex digits. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** HMAC-SHA-256 of UTF-8 text under `key`. */
export function hmacSha256(key: Uint8Array, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

/**
 * Compares two secrets in time independent of where they differ and of their lengths: both are
 * hashed first, so timingSafeEqual always sees two 32-byte buffers (it throws on unequal lengths).
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = createHash('sha256').update(a, 'utf8').digest();
  const right = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(left, right) && a.length === b.length;
}

/**
 * The CSRF token of a session, derived from its (secret, never stored) session token: the server
 * recomputes it from the cookie on each request, so it needs no storage and changes whenever the
 * session id rotates. Reading it requires the cookie value or a same-origin response.
 */
export function deriveCsrfToken(sessionToken: string): string {
  return hmacSha256(Buffer.from(sessionToken, 'utf8'), 'pisa-csrf-v1').toString('base64url');
}
