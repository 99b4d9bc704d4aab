/** Stable error codes: a public contract (documented in docs/errors.md, tested both ways). */
export const ERROR_CODES = [
  'INPUT_SYNTAX',
  'INPUT_TOO_LARGE',
  'FIELD_REQUIRED',
  'FIELD_UNKNOWN',
  'FIELD_TYPE',
  'VALUE_INVALID',
  'TAXONOMY_UNKNOWN_ID',
  'APP_TYPE_UNKNOWN',
  'LEGAL_BASIS_UNKNOWN',
  'JURISDICTION_UNKNOWN',
  'ACTIVITY_ID_DUPLICATE',
  'DATE_INVALID',
  'DURATION_INVALID',
  'RULE_PACK_INVALID',
  'RULE_CONDITION_INVALID',
  'RULE_TIGHTEN_UNKNOWN',
  'RULE_TIGHTEN_LOOSENS',
  'RULE_ID_DUPLICATE',
  'RULE_DEFINITION_DUPLICATE',
  'FILE_NOT_FOUND',
  'ARGUMENT_INVALID',
  'NOT_FOUND',
  'DECLARATION_INVALID',
  'SLUG_TAKEN',
  'DATABASE_UNAVAILABLE',
  'REQUEST_INVALID',
  'INTERNAL',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'MFA_REQUIRED',
  'CSRF_TOKEN_INVALID',
  'RATE_LIMITED',
  'SIGN_IN_THROTTLED',
  'CREDENTIALS_INVALID',
  'ACCOUNT_UNVERIFIED',
  'PASSWORD_WEAK',
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_BREACHED',
  'VERIFICATION_CODE_INVALID',
  'TOTP_INVALID',
  'TOTP_ALREADY_ENROLLED',
  'TOTP_NOT_PENDING',
  'INVITATION_INVALID',
  'ORGANISATION_SLUG_TAKEN',
  'LAST_OWNER',
  'DATA_KEY_UNKNOWN',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem found in an input, with the path to it; all issues are reported at once. */
export type Issue = {
  readonly code: ErrorCode;
  readonly path: readonly (string | number)[];
  readonly params: Readonly<Record<string, string | number>>;
};

export type LocalizedMessage = { readonly en: string; readonly zh: string };
