import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from './permissions.js';
import { ANY_SESSION, allow, authorize, MFA_PENDING, type Policy, PUBLIC, SIGNED_IN, visibility } from './policy.js';
import { ANONYMOUS, type Membership, type Principal } from './principal.js';
import { API_SCOPES, ROLES } from './roles.js';

const STRICT = { staffMfaRequired: true };
const ORG_A = 'org-a';
const ORG_B = 'org-b';

const account = (memberships: Membership[], extra: Partial<Extract<Principal, { kind: 'account' }>> = {}): Principal => ({
  kind: 'account',
  account_id: 'acc',
  session_id: 'ses',
  stage: 'full',
  mfa: false,
  memberships,
  ...extra,
});
const member = (role: Membership['role'], organisation_id: string | null = null): Membership => ({ id: `${role}-${organisation_id}`, role, organisation_id });

describe('authorize', () => {
  it('lets anyone call a public route', () => {
    expect(authorize(ANONYMOUS, PUBLIC, undefined, STRICT)).toEqual({ allow: true, role: 'anonymous' });
  });

  it('sends anonymous callers of any other route away as unauthenticated', () => {
    for (const policy of [SIGNED_IN, MFA_PENDING, PERMISSIONS.processors.read, PERMISSIONS.audit.read]) {
      expect(authorize(ANONYMOUS, policy, { organisation_id: ORG_A }, STRICT)).toEqual({ allow: false, reason: 'unauthenticated' });
    }
  });

  it('admits a half-signed-in (mfa_pending) session only where the policy says so', () => {
    const pending = account([member('owner', ORG_A)], { stage: 'mfa_pending' });
    expect(authorize(pending, MFA_PENDING, undefined, STRICT).allow).toBe(true);
    expect(authorize(pending, ANY_SESSION, undefined, STRICT).allow).toBe(true);
    expect(authorize(pending, SIGNED_IN, undefined, STRICT)).toEqual({ allow: false, reason: 'mfa_required' });
    expect(authorize(pending, PERMISSIONS.processors.read, { organisation_id: ORG_A }, STRICT)).toEqual({ allow: false, reason: 'mfa_required' });
    expect(authorize(account([]), MFA_PENDING, undefined, STRICT)).toEqual({ allow: false, reason: 'forbidden' });
  });

  it("hides another organisation's records and missing ones alike from members, and forbids people with no such role", () => {
    const owner = account([member('owner', ORG_A)]);
    expect(authorize(owner, PERMISSIONS.processors.read, { organisation_id: ORG_A }, STRICT)).toEqual({ allow: true, role: 'owner' });
    expect(authorize(owner, PERMISSIONS.processors.read, { organisation_id: ORG_B }, STRICT)).toEqual({ allow: false, reason: 'hidden' });
    expect(authorize(owner, PERMISSIONS.processors.read, 'missing', STRICT)).toEqual({ allow: false, reason: 'hidden' });
    expect(authorize(owner, PERMISSIONS.processors.read, { organisation_id: null }, STRICT)).toEqual({ allow: false, reason: 'hidden' });
    expect(authorize(account([]), PERMISSIONS.processors.read, { organisation_id: ORG_A }, STRICT)).toEqual({ allow: false, reason: 'forbidden' });
    expect(authorize(owner, PERMISSIONS.processors.link, { organisation_id: ORG_A }, STRICT)).toEqual({ allow: false, reason: 'forbidden' });
  });

  it('requires TOTP of admins always, and of other staff when configured', () => {
    const admin = account([member('admin')]);
    expect(authorize(admin, PERMISSIONS.audit.read, undefined, { staffMfaRequired: false })).toEqual({ allow: false, reason: 'mfa_required' });
    expect(authorize({ ...admin, mfa: true } as Principal, PERMISSIONS.audit.read, undefined, STRICT)).toEqual({ allow: true, role: 'admin' });
    const auditor = account([member('auditor')]);
    expect(authorize(auditor, PERMISSIONS.processors.read, { organisation_id: ORG_A }, STRICT)).toEqual({ allow: false, reason: 'mfa_required' });
    expect(authorize(auditor, PERMISSIONS.processors.read, { organisation_id: ORG_A }, { staffMfaRequired: false }).allow).toBe(true);
  });

  it('falls back to a role that needs no second factor', () => {
    const both = account([member('admin'), member('owner', ORG_A)]);
    expect(authorize(both, PERMISSIONS.declarations.write, { organisation_id: ORG_A }, STRICT)).toEqual({ allow: true, role: 'owner' });
  });

  it("holds API keys to their organisation and scopes, and keeps them off people's routes", () => {
    const key: Principal = { kind: 'api_key', key_id: 'k', organisation_id: ORG_A, scopes: ['declarations:write'] };
    expect(authorize(key, PERMISSIONS.declarations.write, { organisation_id: ORG_A }, STRICT)).toEqual({ allow: true, role: 'api_key' });
    expect(authorize(key, PERMISSIONS.declarations.write, { organisation_id: ORG_B }, STRICT)).toEqual({ allow: false, reason: 'hidden' });
    expect(authorize(key, PERMISSIONS.declarations.read, { organisation_id: ORG_A }, STRICT)).toEqual({ allow: false, reason: 'forbidden' });
    expect(authorize(key, SIGNED_IN, undefined, STRICT)).toEqual({ allow: false, reason: 'forbidden' });
  });

  it('lets the regulator read and never write', () => {
    const regulator = account([member('regulator')], { mfa: true });
    const readPolicies = [PERMISSIONS.processors.read, PERMISSIONS.declarations.read, PERMISSIONS.evaluations.read, PERMISSIONS.evaluations.readOne];
    for (const policy of readPolicies) expect(authorize(regulator, policy, { organisation_id: ORG_A }, STRICT).allow).toBe(true);
    const writePolicies = [
      PERMISSIONS.processors.create,
      PERMISSIONS.processors.link,
      PERMISSIONS.declarations.write,
      PERMISSIONS.evaluations.run,
      PERMISSIONS.organisations.invite,
    ];
    for (const policy of writePolicies) expect(authorize(regulator, policy, { organisation_id: ORG_A }, STRICT).allow).toBe(false);
  });
});

const principalArb: fc.Arbitrary<Principal> = fc.oneof(
  fc.constant(ANONYMOUS),
  fc.record({
    kind: fc.constant('account' as const),
    account_id: fc.constant('acc'),
    session_id: fc.constant('ses'),
    stage: fc.constantFrom('full' as const, 'mfa_pending' as const),
    mfa: fc.boolean(),
    memberships: fc.array(
      fc.constantFrom(...ROLES).chain((role) =>
        fc.record({
          id: fc.constant(role),
          role: fc.constant(role),
          organisation_id: ['owner', 'privacy_officer', 'staff'].includes(role) ? fc.constantFrom(ORG_A, ORG_B) : fc.constant(null),
        }),
      ),
      { maxLength: 3 },
    ),
  }),
  fc.record({
    kind: fc.constant('api_key' as const),
    key_id: fc.constant('k'),
    organisation_id: fc.constantFrom(ORG_A, ORG_B),
    scopes: fc.subarray([...API_SCOPES]),
  }),
);

const READ_POLICIES: [Policy, Policy][] = [
  [PERMISSIONS.processors.list, PERMISSIONS.processors.read],
  [PERMISSIONS.organisations.list, PERMISSIONS.organisations.read],
];

describe('visibility (what list routes return)', () => {
  it('agrees with authorize on every single record, for any principal (oracle: one decision per record)', () => {
    fc.assert(
      fc.property(
        principalArb,
        fc.constantFrom(...READ_POLICIES),
        fc.constantFrom(ORG_A, ORG_B),
        fc.boolean(),
        (principal, [listPolicy, readPolicy], org, staffMfaRequired) => {
          const options = { staffMfaRequired };
          const listed = visibility(principal, listPolicy, options);
          const shown = listed.all || listed.organisations.includes(org);
          const listAllowed = authorize(principal, listPolicy, undefined, options).allow;
          const readable = authorize(principal, readPolicy, { organisation_id: org }, options).allow;
          // A list the caller may call shows exactly the records they may read one by one.
          if (listAllowed) expect(shown).toBe(readable);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never lets an anonymous caller or a bare individual see a tenant record', () => {
    fc.assert(
      fc.property(fc.constantFrom(ANONYMOUS, account([])), fc.constantFrom(ORG_A, ORG_B), (principal, org) => {
        expect(authorize(principal, PERMISSIONS.processors.read, { organisation_id: org }, STRICT).allow).toBe(false);
        expect(visibility(principal, PERMISSIONS.processors.list, STRICT)).toEqual({ all: false, organisations: [] });
      }),
    );
  });

  it('is empty for non-grant policies', () => {
    expect(visibility(account([member('admin')], { mfa: true }), allow([{ association: ['admin'] }]), STRICT)).toEqual({ all: true });
    expect(visibility(account([member('admin')], { mfa: true }), SIGNED_IN, STRICT)).toEqual({ all: false, organisations: [] });
  });
});
