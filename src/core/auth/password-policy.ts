import type { Issue } from '../errors/codes.js';

// ASVS 4.0.3 V2.1 / NIST SP 800-63B §5.1.1.2: length is the rule (at least 12, at most 128, any
// Unicode, no composition rules), plus a check against passwords known to be common or
// breached, and against the user's own identifier.

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * NFKC, so the same password typed on two keyboards (full-width or half-width digits, composed
 * or decomposed accents) is one password (NIST SP 800-63B §5.1.1.2 recommends normalizing).
 */
export const normalisePassword = (password: string): string => password.normalize('NFKC');

export type PasswordContext = {
  /** True when the (lowercased) candidate is on the list of common and breached passwords. */
  readonly isCommon: (lowercased: string) => boolean;
  /** Words the password must not be built on: the email's local part, the mobile number. */
  readonly personal: readonly string[];
};

/** Every reason the password is refused (empty when it is acceptable), on path ["password"]. */
export function checkPassword(password: string, context: PasswordContext): Issue[] {
  const normalised = normalisePassword(password);
  const length = [...normalised].length;
  const path = ['password'];
  if (length < PASSWORD_MIN_LENGTH) return [{ code: 'PASSWORD_TOO_SHORT', path, params: { min: PASSWORD_MIN_LENGTH } }];
  if (length > PASSWORD_MAX_LENGTH) return [{ code: 'PASSWORD_TOO_LONG', path, params: { max: PASSWORD_MAX_LENGTH } }];
  const lower = normalised.toLowerCase();
  const distinct = new Set(lower).size;
  const personal = context.personal.map((w) => w.toLowerCase()).filter((w) => w.length >= 4);
  if (context.isCommon(lower) || distinct < 4 || personal.some((w) => lower.includes(w))) return [{ code: 'PASSWORD_BREACHED', path, params: {} }];
  return [];
}
