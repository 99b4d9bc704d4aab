import type { AccountLanguage } from '../../../../../src/core/auth/preferences.js';
import type { ApiScope, Role } from '../../../../../src/core/auth/roles.js';

/** A role of the signed-in person, as the session lists it. */
export type Membership = { id: string; role: Role; organisation_id: string | null };

/** GET /api/me. */
export type Profile = {
  id: string;
  email: string | null;
  phone: string | null;
  name: string | null;
  totp_enabled: boolean;
  recovery_codes_remaining: number;
  language: AccountLanguage | null;
  memberships: Membership[];
};

/** POST /api/me/totp: shown once. */
export type TotpEnrolment = { secret: string; otpauth_uri: string };

/** After confirming the app: a new session (new CSRF token) and the recovery codes, shown once. */
export type TotpConfirmed = { csrf_token: string; recovery_codes: string[] };

export type Organisation = { id: string; slug: string; name: string };

export type ApiKey = {
  id: string;
  organisation_id: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
};

/** POST .../api-keys: the key itself, shown once. */
export type CreatedApiKey = ApiKey & { key: string };
