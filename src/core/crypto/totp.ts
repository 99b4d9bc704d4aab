import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

// RFC 6238 TOTP with the parameters every authenticator app supports: SHA-1, 6 digits, 30 s.

const PERIOD = 30;
const DIGITS = 6;
/** One step either side: tolerates 30 s of clock drift (RFC 6238 §5.2 recommends at most one). */
const WINDOW = 1;
const SECRET_BYTES = 20;

/** A new shared secret (160 bits, RFC 4226 §4 R6), base32 as authenticator apps take it. */
export function newTotpSecret(): string {
  return new Secret({ buffer: randomBytes(SECRET_BYTES).buffer }).base32;
}

/** The otpauth:// URI an authenticator app scans (as a QR code) or imports. */
export function totpUri(secret: string, label: string, issuer = 'PISA'): string {
  return new TOTP({ issuer, label, secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: DIGITS, period: PERIOD }).toString();
}

/** The code for `atMs`: tests and the documented demo secret. */
export function totpCode(secret: string, atMs: number): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: DIGITS, period: PERIOD, timestamp: atMs });
}

/**
 * The time step a code matches at `atMs`, or null. A step at or before `lastStep` (the last one
 * accepted for this account) is refused, so an observed code cannot be replayed (RFC 6238 §5.2).
 */
export function matchTotp(secret: string, code: string, atMs: number, lastStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = TOTP.validate({
    token: code,
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: DIGITS,
    period: PERIOD,
    timestamp: atMs,
    window: WINDOW,
  });
  if (delta === null) return null;
  const step = TOTP.counter({ period: PERIOD, timestamp: atMs }) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}
