import type {
  AccountStore,
  ApiKeyStore,
  AuditStore,
  InvitationStore,
  MembershipStore,
  OrganisationStore,
  OutboxStore,
  SessionStore,
  ThrottleStore,
  VerificationStore,
} from '../services/identity-ports.js';
import type { DatabaseProbe, DeclarationStore, EvaluationStore, ProcessorStore } from '../services/ports.js';
import { type PisaDb, pingDatabase } from './client.js';
import { createAccountStore } from './repositories/accounts.js';
import { createApiKeyStore } from './repositories/api-keys.js';
import { createAuditStore } from './repositories/audit-log.js';
import { createDeclarationStore } from './repositories/declarations.js';
import { createEvaluationStore } from './repositories/evaluations.js';
import { createInvitationStore, createMembershipStore, createOrganisationStore } from './repositories/organisations.js';
import { createOutboxStore } from './repositories/outbox.js';
import { createProcessorStore } from './repositories/processors.js';
import { createSessionStore } from './repositories/sessions.js';
import { createThrottleStore, createVerificationStore } from './repositories/verification.js';

export type Stores = {
  readonly processors: ProcessorStore;
  readonly declarations: DeclarationStore;
  readonly evaluations: EvaluationStore;
  readonly accounts: AccountStore;
  readonly sessions: SessionStore;
  readonly verifications: VerificationStore;
  readonly throttles: ThrottleStore;
  readonly organisations: OrganisationStore;
  readonly memberships: MembershipStore;
  readonly invitations: InvitationStore;
  readonly apiKeys: ApiKeyStore;
  readonly outbox: OutboxStore;
  readonly audit: AuditStore;
  readonly probe: DatabaseProbe;
};

/** Every port src/db implements, over one database handle. */
export function createStores(db: PisaDb): Stores {
  return {
    processors: createProcessorStore(db),
    declarations: createDeclarationStore(db),
    evaluations: createEvaluationStore(db),
    accounts: createAccountStore(db),
    sessions: createSessionStore(db),
    verifications: createVerificationStore(db),
    throttles: createThrottleStore(db),
    organisations: createOrganisationStore(db),
    memberships: createMembershipStore(db),
    invitations: createInvitationStore(db),
    apiKeys: createApiKeyStore(db),
    outbox: createOutboxStore(db),
    audit: createAuditStore(db),
    probe: { ping: () => pingDatabase(db) },
  };
}
