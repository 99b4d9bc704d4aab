import type { Principal } from './principal.js';
import { type ApiScope, type AssociationRole, isOrganisationRole, type OrganisationRole, type Role } from './roles.js';

// Deny by default: every route declares a Policy, and `authorize` is the only place that reads
// it. Pure: the principal, the policy and the resolved target come in, a decision goes out.

/** One way to be allowed. Organisation grants and API keys need the target's organisation. */
export type Grant =
  | { readonly association: readonly AssociationRole[] }
  | { readonly regulator: true }
  | { readonly organisation: readonly OrganisationRole[] }
  | { readonly apiKey: ApiScope };

/** Where the target record's id is in the request, and which kind of record it names. */
export type TargetRef = {
  readonly type: 'processor' | 'evaluation' | 'organisation' | 'api_key' | 'membership' | 'scan';
  readonly from: 'params.id' | 'body.organisation_id' | 'body.processor' | 'query.processor';
};

export type Policy =
  /** Anyone, signed in or not: reference data, the one-off check, sign-in itself. */
  | { readonly kind: 'public' }
  /** A signed-in person acting on their own account; `mfa_pending` sessions only where stated. */
  | { readonly kind: 'account'; readonly stage: 'full' | 'mfa_pending' | 'any' }
  /** Anyone holding one of the grants, for the target when there is one. */
  | { readonly kind: 'grants'; readonly grants: readonly Grant[]; readonly target?: TargetRef };

export const PUBLIC: Policy = { kind: 'public' };
export const SIGNED_IN: Policy = { kind: 'account', stage: 'full' };
export const MFA_PENDING: Policy = { kind: 'account', stage: 'mfa_pending' };
/** Either stage: reading one's own session, signing out of a half-finished sign-in. */
export const ANY_SESSION: Policy = { kind: 'account', stage: 'any' };
export const allow = (grants: readonly Grant[], target?: TargetRef): Policy => (target ? { kind: 'grants', grants, target } : { kind: 'grants', grants });

/** Whom the target belongs to: an organisation, nobody (an unlinked processor), or no such record. */
export type Target = { readonly organisation_id: string | null } | 'missing';

export type AuthzOptions = {
  /** Association staff other than admins and the regulator need TOTP too (admins always do). */
  readonly staffMfaRequired: boolean;
};

export type Denial = 'unauthenticated' | 'mfa_required' | 'forbidden' | 'hidden';
export type Decision = { readonly allow: true; readonly role: string } | { readonly allow: false; readonly reason: Denial };

/** Whether acting under `role` needs the second factor: admins always, other staff roles and the regulator unless relaxed. */
export const needsMfa = (role: Role, options: AuthzOptions): boolean => role === 'admin' || (!isOrganisationRole(role) && options.staffMfaRequired);

/** Every role under which a grant lets the principal act on the target (or on some target when there is none). */
function grantRoles(principal: Principal, grant: Grant, target: Target | undefined): (Role | 'api_key')[] {
  if ('apiKey' in grant) {
    if (principal.kind !== 'api_key' || !principal.scopes.includes(grant.apiKey)) return [];
    return target === undefined || (target !== 'missing' && target.organisation_id === principal.organisation_id) ? ['api_key'] : [];
  }
  if (principal.kind !== 'account') return [];
  return principal.memberships
    .filter((m) => {
      if ('association' in grant) return (grant.association as readonly Role[]).includes(m.role);
      if ('regulator' in grant) return m.role === 'regulator';
      if (!(grant.organisation as readonly Role[]).includes(m.role)) return false;
      return target === undefined || (target !== 'missing' && target.organisation_id !== null && target.organisation_id === m.organisation_id);
    })
    .map((m) => m.role);
}

/** Could any grant ever apply to this principal, whatever the target? (403 versus 404.) */
function couldApply(principal: Principal, grant: Grant): boolean {
  return grantRoles(principal, grant, undefined).length > 0;
}

/**
 * The one authorisation decision. Anonymous callers of non-public routes are unauthenticated;
 * a target that is missing or belongs to another tenant is `hidden` (answered as not found, so
 * ids and slugs cannot be probed) for a caller who could see such records at all, and
 * `forbidden` for anyone else; staff grants without the session's second factor are
 * `mfa_required`.
 */
export function authorize(principal: Principal, policy: Policy, target: Target | undefined, options: AuthzOptions): Decision {
  if (policy.kind === 'public') return { allow: true, role: principal.kind === 'account' ? 'individual' : principal.kind };
  if (principal.kind === 'anonymous') return { allow: false, reason: 'unauthenticated' };
  if (principal.kind === 'account') {
    const stage = policy.kind === 'account' ? policy.stage : 'full';
    if (stage !== 'any' && principal.stage !== stage) return { allow: false, reason: principal.stage === 'mfa_pending' ? 'mfa_required' : 'forbidden' };
  }
  if (policy.kind === 'account') return principal.kind === 'account' ? { allow: true, role: 'individual' } : { allow: false, reason: 'forbidden' };
  let mfaBlocked = false;
  for (const grant of policy.grants) {
    for (const role of grantRoles(principal, grant, target)) {
      if (principal.kind === 'account' && role !== 'api_key' && needsMfa(role, options) && !principal.mfa) {
        mfaBlocked = true;
        continue;
      }
      return { allow: true, role };
    }
  }
  if (mfaBlocked) return { allow: false, reason: 'mfa_required' };
  const plausible = policy.grants.some((grant) => couldApply(principal, grant));
  return { allow: false, reason: plausible && policy.target ? 'hidden' : 'forbidden' };
}

/** Which organisations' records a list may show: all of them, or those named. */
export type Visibility = { readonly all: true } | { readonly all: false; readonly organisations: readonly string[] };

/**
 * The rows a list route may return to a principal allowed by `policy` (central, so list handlers
 * filter the same way the policy decides single records).
 */
export function visibility(principal: Principal, policy: Policy, options: AuthzOptions): Visibility {
  if (policy.kind !== 'grants') return { all: false, organisations: [] };
  const organisations = new Set<string>();
  for (const grant of policy.grants) {
    if ('apiKey' in grant) {
      if (principal.kind === 'api_key' && principal.scopes.includes(grant.apiKey)) organisations.add(principal.organisation_id);
      continue;
    }
    if (principal.kind !== 'account') continue;
    for (const m of principal.memberships) {
      if ('organisation' in grant) {
        if ((grant.organisation as readonly Role[]).includes(m.role) && m.organisation_id !== null) organisations.add(m.organisation_id);
        continue;
      }
      const matches = 'association' in grant ? (grant.association as readonly Role[]).includes(m.role) : m.role === 'regulator';
      if (matches && (!needsMfa(m.role, options) || principal.mfa)) return { all: true };
    }
  }
  return { all: false, organisations: [...organisations].sort() };
}
