import { allow, type Grant, type Policy, PUBLIC, SIGNED_IN } from './policy.js';
import { ASSOCIATION_ROLES, ORGANISATION_ROLES } from './roles.js';

// The permission matrix: who may do what, in one reviewable place. Routes name an entry here in
// `config.policy`; src/core/auth/policy.ts decides; docs/security.md explains it.

const EVERY_STAFF: Grant = { association: ASSOCIATION_ROLES };
const REGULATOR: Grant = { regulator: true };
const EVERY_MEMBER: Grant = { organisation: ORGANISATION_ROLES };
const ADMIN: Grant = { association: ['admin'] };
const MANAGERS: Grant = { organisation: ['owner', 'privacy_officer'] };
const AUDITOR: Grant = { association: ['auditor'] };

const processor = { type: 'processor', from: 'params.id' } as const;
const evaluation = { type: 'evaluation', from: 'params.id' } as const;
const organisation = { type: 'organisation', from: 'params.id' } as const;
const scan = { type: 'scan', from: 'params.id' } as const;

export const PERMISSIONS = {
  /** Reference data, the one-off check, health, API docs, sign-in and registration. */
  public: PUBLIC,
  /** A signed-in person's own account. */
  self: SIGNED_IN,
  /** The transparency log (checkpoint, tiles, entry bundles, vkey, proofs): public by design, anyone may verify it or mirror it. */
  transparencyLog: PUBLIC,

  processors: {
    list: allow([EVERY_STAFF, REGULATOR, EVERY_MEMBER, { apiKey: 'processors:read' }]),
    read: allow([EVERY_STAFF, REGULATOR, EVERY_MEMBER, { apiKey: 'processors:read' }], processor),
    /** Admins register any processor; an organisation's managers register their own. */
    create: allow([ADMIN, MANAGERS], { type: 'organisation', from: 'body.organisation_id' }),
    link: allow([ADMIN], processor),
  },
  declarations: {
    read: allow([EVERY_STAFF, REGULATOR, EVERY_MEMBER, { apiKey: 'declarations:read' }], processor),
    write: allow([ADMIN, EVERY_MEMBER, { apiKey: 'declarations:write' }], processor),
  },
  evaluations: {
    read: allow([EVERY_STAFF, REGULATOR, EVERY_MEMBER, { apiKey: 'evaluations:read' }], processor),
    readOne: allow([EVERY_STAFF, REGULATOR, EVERY_MEMBER, { apiKey: 'evaluations:read' }], evaluation),
    /** Running an evaluation stores it: the processor's people and keys, and staff who certify or handle cases (auditors only read). */
    run: allow([{ association: ['admin', 'case_officer', 'certification_officer'] }, EVERY_MEMBER, { apiKey: 'evaluations:write' }], processor),
  },
  scans: {
    /** Scanning reads a processor's data: its own people and keys, and Association auditors for any processor; admins may read results. */
    start: allow([AUDITOR, EVERY_MEMBER, { apiKey: 'scans:write' }], { type: 'processor', from: 'body.processor' }),
    upload: allow([AUDITOR, EVERY_MEMBER, { apiKey: 'scans:write' }], { type: 'processor', from: 'query.processor' }),
    datasets: allow([AUDITOR, EVERY_MEMBER, { apiKey: 'scans:read' }], { type: 'processor', from: 'query.processor' }),
    list: allow([AUDITOR, ADMIN, EVERY_MEMBER, { apiKey: 'scans:read' }]),
    read: allow([AUDITOR, ADMIN, EVERY_MEMBER, { apiKey: 'scans:read' }], scan),
    cancel: allow([AUDITOR, EVERY_MEMBER, { apiKey: 'scans:write' }], scan),
  },
  notices: {
    /** Notices are published documents: anyone may read a version, or a processor's current one. */
    readPublished: PUBLIC,
    list: allow([EVERY_STAFF, REGULATOR, EVERY_MEMBER, { apiKey: 'consent:read' }], processor),
    publish: allow([ADMIN, MANAGERS], processor),
  },
  consents: {
    /** A processor's server (consent:write), or the embedded widget's publishable key (consent:collect). */
    record: allow([{ apiKey: 'consent:write' }, { apiKey: 'consent:collect' }], processor),
    /** "May I process?" and a subject's history: the processor's own people and servers, and staff handling cases. */
    check: allow([EVERY_STAFF, EVERY_MEMBER, { apiKey: 'consent:read' }], processor),
    stats: allow([EVERY_STAFF, REGULATOR, EVERY_MEMBER, { apiKey: 'consent:read' }], processor),
    /** The individual's own consents, in the portal. */
    mine: SIGNED_IN,
  },
  receipts: {
    /** Keys and log positions hold no personal information: public, so anyone can verify a receipt. */
    verify: PUBLIC,
  },
  organisations: {
    /** Any signed-in person may found an organisation and becomes its owner. */
    create: SIGNED_IN,
    list: allow([EVERY_STAFF, REGULATOR, EVERY_MEMBER]),
    read: allow([EVERY_STAFF, REGULATOR, EVERY_MEMBER], organisation),
    members: allow([ADMIN, MANAGERS], organisation),
    invite: allow([ADMIN, { organisation: ['owner'] }], organisation),
    removeMember: allow([ADMIN, { organisation: ['owner'] }], { type: 'membership', from: 'params.id' }),
    apiKeys: allow([ADMIN, MANAGERS], organisation),
    revokeApiKey: allow([ADMIN, MANAGERS], { type: 'api_key', from: 'params.id' }),
  },
  association: {
    /** Staff and regulator roles are given by admins only. */
    invite: allow([ADMIN]),
  },
  audit: {
    read: allow([ADMIN]),
  },
} as const satisfies Record<string, Policy | Record<string, Policy>>;
