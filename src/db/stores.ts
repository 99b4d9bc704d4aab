import type { ConsentStore, NoticeStore } from '../services/consent-ports.js';
import type {
  AccountStore,
  ApiKeyStore,
  AuditStore,
  InvitationStore,
  MembershipStore,
  OrganisationStore,
  OutboxStore,
  PasswordResetStore,
  RecoveryCodeStore,
  SessionStore,
  ThrottleStore,
  VerificationStore,
} from '../services/identity-ports.js';
import type { DatabaseProbe, DeclarationStore, EvaluationStore, ProcessorStore } from '../services/ports.js';
import type { ScanStore } from '../services/scan-ports.js';
import type { TransparencyLogStore } from '../services/transparency-log-ports.js';
import type { UnitOfWork } from '../services/unit-of-work.js';
import { type PisaDb, pingDatabase } from './client.js';
import { createAccountStore } from './repositories/accounts.js';
import { createApiKeyStore } from './repositories/api-keys.js';
import { createAuditStore } from './repositories/audit-log.js';
import { createConsentStore } from './repositories/consent.js';
import { createDeclarationStore } from './repositories/declarations.js';
import { createEvaluationStore } from './repositories/evaluations.js';
import { createNoticeStore } from './repositories/notices.js';
import { createInvitationStore, createMembershipStore, createOrganisationStore } from './repositories/organisations.js';
import { createOutboxStore } from './repositories/outbox.js';
import { createPasswordResetStore } from './repositories/password-resets.js';
import { createProcessorStore } from './repositories/processors.js';
import { createRecoveryCodeStore } from './repositories/recovery-codes.js';
import { createScanStore } from './repositories/scans.js';
import { createSessionStore } from './repositories/sessions.js';
import { createTransparencyLogStore } from './repositories/transparency-log.js';
import { createThrottleStore, createVerificationStore } from './repositories/verification.js';
import { createTransactionalDb } from './unit-of-work.js';

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
  readonly passwordResets: PasswordResetStore;
  readonly recoveryCodes: RecoveryCodeStore;
  readonly scans: ScanStore;
  readonly transparencyLog: TransparencyLogStore;
  readonly notices: NoticeStore;
  readonly consents: ConsentStore;
  readonly probe: DatabaseProbe;
  /** Transactions spanning these stores: a use case's change and its audit entry commit together. */
  readonly unitOfWork: UnitOfWork;
};

/** Every port src/db implements, over one database handle; inside `unitOfWork.run` they all use its transaction. */
export function createStores(root: PisaDb): Stores {
  const { db, unitOfWork } = createTransactionalDb(root);
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
    passwordResets: createPasswordResetStore(db),
    recoveryCodes: createRecoveryCodeStore(db),
    scans: createScanStore(db),
    transparencyLog: createTransparencyLogStore(db),
    notices: createNoticeStore(db),
    consents: createConsentStore(db),
    probe: { ping: () => pingDatabase(db) },
    unitOfWork,
  };
}
