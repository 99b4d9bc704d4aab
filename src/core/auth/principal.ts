import type { ApiScope, Role } from './roles.js';

/** A role held by an account: organisation roles name their organisation, the others do not. */
export type Membership = { readonly id: string; readonly role: Role; readonly organisation_id: string | null };

/**
 * A session is `mfa_pending` between a correct password and the TOTP code; only the route that
 * takes the code accepts it. `full` sessions record whether the second factor was verified.
 */
export type SessionStage = 'full' | 'mfa_pending';

/** Who is calling: nobody, a person through a session cookie, or a processor's server through an API key. */
export type Principal =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'account';
      readonly account_id: string;
      readonly session_id: string;
      readonly stage: SessionStage;
      /** The TOTP code was verified in this session (at sign-in or at enrolment). */
      readonly mfa: boolean;
      readonly memberships: readonly Membership[];
    }
  | { readonly kind: 'api_key'; readonly key_id: string; readonly organisation_id: string; readonly scopes: readonly ApiScope[] };

export const ANONYMOUS: Principal = { kind: 'anonymous' };
