import type { AccountLanguage } from '../../../../../src/core/auth/preferences.js';
import type { Role } from '../../../../../src/core/auth/roles.js';

/** A role held by the signed-in person (organisation roles name their organisation). */
export type Membership = { id: string; role: Role; organisation_id: string | null };

/** The current session, as GET /api/auth/session returns it. */
export type SessionInfo = {
  account_id: string;
  stage: 'full' | 'mfa_pending';
  mfa: boolean;
  csrf_token: string;
  memberships: Membership[];
  /** The web app's language the person chose, applied when they sign in. */
  language: AccountLanguage | null;
};

/** What sign-in steps return: `mfa_pending` asks for the authenticator code next. */
export type IssuedSession = { stage: 'full' | 'mfa_pending'; csrf_token: string; account_id: string; expires_at: string };

/** How a person names their account when registering: one of the two. */
export type IdentifierInput = { email: string } | { phone: string };
