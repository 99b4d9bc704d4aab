import { randomBytes, randomInt } from 'node:crypto';
import { constantTimeEqual, sha256Hex } from './hashing.js';

// TOTP recovery codes: ten single-use codes shown once at enrolment, for when the authenticator
// app is lost. Each is 16 characters of Crockford's base32 (80 bits from the CSPRNG), written as
// four groups of four. ASVS 2.6.2: a look-up secret under 112 bits is stored hashed with a
// unique random 32-bit salt, so each code is stored as "<salt>.<SHA-256(salt, code)>" (no key
// involved: rotating the index key never invalidates them).

/** Crockford's base32: no I, L, O or U, so codes read aloud or copied by hand survive. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const LENGTH = 16;
export const RECOVERY_CODE_COUNT = 10;
/** What a typed code may look like before normalisation (groups, spaces, either case). */
export const RECOVERY_CODE_PATTERN = /^[0-9A-Za-z][0-9A-Za-z -]{14,30}[0-9A-Za-z]$/;

/** `count` new codes, "xxxx-xxxx-xxxx-xxxx". */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    let code = '';
    for (let i = 0; i < LENGTH; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
    return (code.match(/.{4}/g) ?? []).join('-');
  });
}

/**
 * The canonical form of a typed code (lower case, no separators, Crockford's look-alikes
 * I/L -> 1 and O -> 0), or null when it cannot be one.
 */
export function normaliseRecoveryCode(typed: string): string | null {
  const compact = typed.toLowerCase().replace(/[\s-]/g, '').replace(/[il]/g, '1').replace(/o/g, '0');
  if (compact.length !== LENGTH) return null;
  for (const char of compact) if (!ALPHABET.includes(char)) return null;
  return compact;
}

const digest = (salt: string, canonical: string) => sha256Hex(`pisa-recovery-v1\u0000${salt}\u0000${canonical}`);

/** What is stored for a code: a fresh 32-bit salt and the SHA-256 of the salt and the canonical code. */
export function hashRecoveryCode(canonical: string): string {
  const salt = randomBytes(4).toString('hex');
  return `${salt}.${digest(salt, canonical)}`;
}

/** Whether a typed code (canonical form) is the one a stored hash was made from; constant time. */
export function recoveryCodeMatches(stored: string, canonical: string): boolean {
  const [salt = '', hash = ''] = stored.split('.');
  return constantTimeEqual(hash, digest(salt, canonical));
}
