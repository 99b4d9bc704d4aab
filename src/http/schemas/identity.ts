import { z } from 'zod';
import { ACCOUNT_LANGUAGES } from '../../core/auth/preferences.js';
import { API_SCOPES, ROLES } from '../../core/auth/roles.js';
import { list, TimestampSchema } from './common.js';

// Request and response schemas of accounts, sessions, organisations and API keys. Responses are
// explicit: a field not listed here is stripped, never leaked (password hashes, blind indexes,
// ciphertexts and key hashes have no schema entry at all).

/** Exactly one of them is required (the service reports which is missing); PI stays out of error messages. */
export const IdentifierFields = {
  email: z.string().max(320).optional().describe('Email address'),
  phone: z.string().max(32).optional().describe('Mainland China mobile number, +86 optional'),
};

/** Bounded well above the 128-character policy so the policy, not the schema, explains the limit. */
export const PasswordSchema = z.string().min(1).max(1024);
export const CodeSchema = z.string().regex(/^\d{6}$/, 'six digits');

export const RegisterBodySchema = z.strictObject({
  ...IdentifierFields,
  password: PasswordSchema.describe('12 to 128 characters; common and breached passwords are refused'),
  name: z.string().trim().min(1).max(100).optional(),
});

export const VerifyBodySchema = z.strictObject({ ...IdentifierFields, code: CodeSchema });
export const ResendBodySchema = z.strictObject(IdentifierFields);
export const SignInBodySchema = z.strictObject({ identifier: z.string().min(1).max(320).describe('Email address or mobile number'), password: PasswordSchema });
export const TotpBodySchema = z.strictObject({ code: CodeSchema });
export const ChangePasswordBodySchema = z.strictObject({ current: PasswordSchema, next: PasswordSchema });
export const PasswordResetRequestBodySchema = z.strictObject(IdentifierFields);
export const PasswordResetBodySchema = z.strictObject({
  token: z.string().min(1).max(100).describe('The token from the reset message'),
  password: PasswordSchema.describe('The new password (12 to 128 characters; common and breached passwords are refused)'),
});
export const RecoveryCodeBodySchema = z.strictObject({ recovery_code: z.string().min(1).max(64).describe('One of the recovery codes shown at enrolment') });
export const SecondFactorBodySchema = z.strictObject({
  code: z.string().min(1).max(64).describe('A current six-digit code from the authenticator app, or one of the recovery codes'),
});
export const LanguageBodySchema = z.strictObject({ language: z.enum(ACCOUNT_LANGUAGES) });
export const RecoveryCodesSchema = z.object({
  recovery_codes: list(z.string()).describe('Ten single-use codes, shown once; each replaces the authenticator code at one sign-in'),
});

export const AcceptedSchema = z.object({ status: z.enum(['pending_verification', 'verified', 'code_sent', 'reset_requested', 'password_reset']) });

export const MembershipSchema = z.object({ id: z.uuid(), role: z.enum(ROLES), organisation_id: z.uuid().nullable() });

export const IssuedSessionSchema = z.object({
  stage: z.enum(['full', 'mfa_pending']).describe('mfa_pending: send the authenticator code to /api/auth/sign-in/totp'),
  csrf_token: z.string().describe('Send as X-CSRF-Token on every state-changing request made with the session cookie'),
  account_id: z.uuid(),
  expires_at: TimestampSchema,
});

export const SessionInfoSchema = z.object({
  account_id: z.uuid(),
  stage: z.enum(['full', 'mfa_pending']),
  mfa: z.boolean(),
  csrf_token: z.string(),
  memberships: list(MembershipSchema),
  language: z.enum(ACCOUNT_LANGUAGES).nullable().describe("The web app's language chosen by the account holder"),
});

export const ProfileSchema = z.object({
  id: z.uuid(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  name: z.string().nullable(),
  status: z.enum(['pending', 'active', 'disabled']),
  totp_enabled: z.boolean(),
  recovery_codes_remaining: z.number().int(),
  language: z.enum(ACCOUNT_LANGUAGES).nullable(),
  memberships: list(MembershipSchema),
  created_at: TimestampSchema,
});

export const SessionListSchema = z.object({
  sessions: list(
    z.object({
      id: z.uuid(),
      stage: z.enum(['full', 'mfa_pending']),
      mfa: z.boolean(),
      created_at: TimestampSchema,
      last_seen_at: TimestampSchema,
      expires_at: TimestampSchema,
      current: z.boolean(),
    }),
  ),
});

export const TotpConfirmedSchema = IssuedSessionSchema.extend(RecoveryCodesSchema.shape);

export const TotpEnrolmentSchema = z.object({
  secret: z.string().describe('Base32; shown once'),
  otpauth_uri: z.string().describe('otpauth://totp/... for an authenticator app (shown once)'),
});

export const OrganisationSchema = z.object({ id: z.uuid(), slug: z.string(), name: z.string(), created_at: TimestampSchema });

export const MemberSchema = z.object({
  membership_id: z.uuid(),
  account_id: z.uuid(),
  role: z.enum(ROLES),
  name: z.string().nullable(),
  contact: z.string().nullable().describe('Masked email address or mobile number'),
  created_at: TimestampSchema,
});

export const InviteBodySchema = z.strictObject({ ...IdentifierFields, role: z.enum(ROLES) });
export const InvitationSchema = z.object({ invitation_id: z.uuid(), expires_at: TimestampSchema });
export const AcceptInvitationBodySchema = z.strictObject({ token: z.string().min(1).max(100) });

export const ApiKeySchema = z.object({
  id: z.uuid(),
  organisation_id: z.uuid(),
  name: z.string(),
  prefix: z.string().describe('The first characters of the key, to tell keys apart'),
  scopes: list(z.enum(API_SCOPES)),
  created_at: TimestampSchema,
  last_used_at: TimestampSchema.nullable(),
  revoked_at: TimestampSchema.nullable(),
});

export const CreateApiKeyBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(API_SCOPES)).min(1).max(API_SCOPES.length),
});

export const CreatedApiKeySchema = ApiKeySchema.extend({ key: z.string().describe('Shown once: PISA stores only its SHA-256') });
