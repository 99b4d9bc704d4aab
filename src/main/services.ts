import type { AuthzOptions, Target } from '../core/auth/policy.js';
import type { Keyring } from '../core/crypto/keyring.js';
import { ARGON2_DEFAULTS, type Argon2Params, createPasswordHasher } from '../core/crypto/password-hash.js';
import { parseCheckpoint } from '../core/log/checkpoint.js';
import type { Signer } from '../core/log/note-keys.js';
import { parseNote } from '../core/log/signed-note.js';
import type { CompiledPacks } from '../core/rules/compile.js';
import type { Stores } from '../db/stores.js';
import type { AppServices } from '../http/app.js';
import { createAccountService } from '../services/accounts.js';
import { createApiKeyService } from '../services/api-keys.js';
import { createAuditService } from '../services/audit.js';
import { createCheckService } from '../services/check.js';
import { createConsentService } from '../services/consent.js';
import type { ReceiptLogReader } from '../services/consent-ports.js';
import { createDeclarationService } from '../services/declarations.js';
import { createEvaluationService } from '../services/evaluations.js';
import { createFieldProtector, type FieldProtector } from '../services/field-protector.js';
import { createHealthService } from '../services/health.js';
import { createKeyRotationService, type KeyRotationService } from '../services/key-rotation.js';
import { createNoticeService } from '../services/notices.js';
import { createOrganisationService } from '../services/organisations.js';
import { createOutbox, type MessageTransport, type Outbox } from '../services/outbox.js';
import { createPasswordResetService } from '../services/password-reset.js';
import type { Clock } from '../services/ports.js';
import { createProcessorService } from '../services/processors.js';
import { createReceiptService } from '../services/receipts.js';
import { createSessionService, DEFAULT_SESSION_POLICY, type SessionPolicy } from '../services/sessions.js';
import { createTargetResolver } from '../services/targets.js';
import { createSignInThrottle, DEFAULT_LOCKOUT, type LockoutPolicy } from '../services/throttle.js';
import { createTotpService } from '../services/totp-enrolment.js';
import { createTransparencyLogService, type TransparencyLogService } from '../services/transparency-log.js';
import { createTtlCache } from '../services/ttl-cache.js';
import { ephemeralLogKey } from './log-keys.js';
import { createRandomPool } from './random-pool.js';
import { ephemeralReceiptKeys, type ReceiptKeys } from './receipt-keys.js';
import { createScanServiceFor, idleScanWiring, type ScanWiring } from './scan-wiring.js';

export type ServiceOptions = {
  readonly compiled: CompiledPacks;
  readonly clock: Clock;
  readonly keyring: Keyring;
  readonly transport: MessageTransport;
  readonly commonPasswords: ReadonlySet<string>;
  readonly argon2?: Argon2Params;
  readonly sessionPolicy?: SessionPolicy;
  readonly lockout?: LockoutPolicy;
  /** Which roles need TOTP (the access policy's options): TOTP cannot be removed from an account holding one. */
  readonly authz?: AuthzOptions;
  /** Deliver outbox messages right after they are stored (the server); tests drain explicitly too. */
  readonly autoDrain?: boolean;
  readonly onOutboxError?: (error: unknown) => void;
  /** Server scans: files, queue and sizes; without it scans are recorded but never run. */
  readonly scans?: ScanWiring;
  /** The transparency log's signing key and its vkey; a throwaway key when absent (tests). */
  readonly logKey?: { readonly signer: Signer; readonly vkey: string };
  /** The receipt-signing key (main/receipt-keys.ts); a throwaway key when absent (tests). */
  readonly receiptKeys?: ReceiptKeys;
  /**
   * How long API-key lookups and processors' organisations are reused between requests
   * (PISA_AUTH_CACHE_MS); 0 or absent: asked every time. Changes made in this process apply at once.
   */
  readonly authCacheMs?: number;
};

export type ServiceBundle = {
  readonly services: AppServices;
  readonly outbox: Outbox;
  readonly keyRotation: KeyRotationService;
  readonly protector: FieldProtector;
};

/** Every service over the stores: the one wiring shared by the server, the CLI and the tests. */
export function createServices(stores: Stores, options: ServiceOptions): ServiceBundle {
  const { clock, compiled } = options;
  const { unitOfWork } = stores;
  const isCommonPassword = (lowercased: string) => options.commonPasswords.has(lowercased);
  const protector = createFieldProtector(options.keyring);
  const hasher = createPasswordHasher(options.argon2 ?? ARGON2_DEFAULTS);
  const audit = createAuditService({ store: stores.audit, clock });
  const throttle = createSignInThrottle({ store: stores.throttles, clock, policy: options.lockout ?? DEFAULT_LOCKOUT });
  const outbox = createOutbox({
    store: stores.outbox,
    protector,
    transport: options.transport,
    clock,
    unitOfWork,
    autoDrain: options.autoDrain ?? true,
    ...(options.onOutboxError ? { onError: options.onOutboxError } : {}),
  });
  const sessions = createSessionService({
    accounts: stores.accounts,
    sessions: stores.sessions,
    memberships: stores.memberships,
    recoveryCodes: stores.recoveryCodes,
    outbox,
    unitOfWork,
    protector,
    hasher,
    throttle,
    audit,
    clock,
    policy: options.sessionPolicy ?? DEFAULT_SESSION_POLICY,
  });
  const transparencyLog = createTransparencyLogService({ store: stores.transparencyLog, ...(options.logKey ?? ephemeralLogKey()), clock });
  const receiptKeys = options.receiptKeys ?? ephemeralReceiptKeys();
  const authCacheMs = options.authCacheMs ?? 0;
  const processorOwners = createTtlCache<string, Target>({ ttlMs: authCacheMs, maxEntries: 10_000, now: () => clock.now().getTime() });
  // A processor moved to another organisation must not stay reachable by the old one's members.
  const processorStore: typeof stores.processors = {
    ...stores.processors,
    async setOrganisation(id, organisationId) {
      processorOwners.clear();
      const linked = await stores.processors.setOrganisation(id, organisationId);
      // Again once committed: a request racing with the change may have cached the old owner.
      unitOfWork.afterCommit(() => processorOwners.clear());
      return linked;
    },
  };
  const notices = createNoticeService({ notices: stores.notices, declarations: stores.declarations, processors: stores.processors, audit, unitOfWork, clock });
  const services: AppServices = {
    processors: createProcessorService({ processors: stores.processors, organisations: stores.organisations, audit, unitOfWork, clock }),
    declarations: createDeclarationService({ processors: stores.processors, declarations: stores.declarations, audit, unitOfWork, clock }),
    evaluations: createEvaluationService({
      processors: stores.processors,
      declarations: stores.declarations,
      evaluations: stores.evaluations,
      compiled,
      audit,
      unitOfWork,
      clock,
    }),
    check: createCheckService({ compiled, clock }),
    health: createHealthService({ probe: stores.probe }),
    accounts: createAccountService({
      accounts: stores.accounts,
      memberships: stores.memberships,
      verifications: stores.verifications,
      recoveryCodes: stores.recoveryCodes,
      unitOfWork,
      protector,
      hasher,
      outbox,
      audit,
      throttle,
      clock,
      isCommonPassword,
      endSessions: async (accountId, keep) => {
        await stores.sessions.deleteForAccount(accountId, keep);
      },
    }),
    sessions,
    passwordReset: createPasswordResetService({
      accounts: stores.accounts,
      resets: stores.passwordResets,
      sessions: stores.sessions,
      protector,
      hasher,
      outbox,
      audit,
      unitOfWork,
      clock,
      isCommonPassword,
    }),
    totp: createTotpService({
      accounts: stores.accounts,
      memberships: stores.memberships,
      recoveryCodes: stores.recoveryCodes,
      protector,
      outbox,
      audit,
      throttle,
      unitOfWork,
      clock,
      authz: options.authz ?? { staffMfaRequired: true },
    }),
    apiKeys: createApiKeyService({ store: stores.apiKeys, audit, unitOfWork, clock, cacheMs: authCacheMs }),
    organisations: createOrganisationService({
      organisations: stores.organisations,
      memberships: stores.memberships,
      invitations: stores.invitations,
      accounts: stores.accounts,
      processors: processorStore,
      protector,
      outbox,
      audit,
      unitOfWork,
      clock,
    }),
    audit,
    targets: createTargetResolver({ ...stores, processorOwners }),
    transparencyLog,
    notices,
    consents: createConsentService({
      consents: stores.consents,
      processors: stores.processors,
      notices,
      signer: receiptKeys.signer,
      clock,
      randomBytes: createRandomPool(),
      onRecorded: (count) => transparencyLog.notifyEnqueued(count),
    }),
    receipts: createReceiptService({ consents: stores.consents, log: receiptLogReader(transparencyLog) }),
    receiptKeys: [receiptKeys.publicJwk],
    scans: createScanServiceFor(stores, { protector, audit, clock, wiring: options.scans ?? idleScanWiring() }),
  };
  return {
    services,
    outbox,
    keyRotation: createKeyRotationService({ accounts: stores.accounts, outbox: stores.outbox, protector, audit, unitOfWork }),
    protector,
  };
}

/** The log as receipts need it: an entry's position, and its proof against the latest checkpoint. */
function receiptLogReader(log: TransparencyLogService): ReceiptLogReader {
  return {
    positionOf: (entryId) => log.positionOf(entryId),
    async prove(index) {
      const checkpoint = await log.latestCheckpoint();
      const note = parseNote(checkpoint);
      const size = note === null ? null : (parseCheckpoint(note.text)?.size ?? null);
      if (size === null || index >= size) return null;
      return { checkpoint, proof: await log.inclusionProof(index, size) };
    },
  };
}
