import type { Keyring } from '../core/crypto/keyring.js';
import { ARGON2_DEFAULTS, type Argon2Params, createPasswordHasher } from '../core/crypto/password-hash.js';
import type { CompiledPacks } from '../core/rules/compile.js';
import type { Stores } from '../db/stores.js';
import type { AppServices } from '../http/app.js';
import { createAccountService } from '../services/accounts.js';
import { createApiKeyService } from '../services/api-keys.js';
import { createAuditService } from '../services/audit.js';
import { createCheckService } from '../services/check.js';
import { createDeclarationService } from '../services/declarations.js';
import { createEvaluationService } from '../services/evaluations.js';
import { createFieldProtector, type FieldProtector } from '../services/field-protector.js';
import { createHealthService } from '../services/health.js';
import { createKeyRotationService, type KeyRotationService } from '../services/key-rotation.js';
import { createOrganisationService } from '../services/organisations.js';
import { createOutbox, type MessageTransport, type Outbox } from '../services/outbox.js';
import type { Clock } from '../services/ports.js';
import { createProcessorService } from '../services/processors.js';
import { createSessionService, DEFAULT_SESSION_POLICY, type SessionPolicy } from '../services/sessions.js';
import { createTargetResolver } from '../services/targets.js';
import { createSignInThrottle, DEFAULT_LOCKOUT, type LockoutPolicy } from '../services/throttle.js';
import { createTotpService } from '../services/totp-enrolment.js';

export type ServiceOptions = {
  readonly compiled: CompiledPacks;
  readonly clock: Clock;
  readonly keyring: Keyring;
  readonly transport: MessageTransport;
  readonly commonPasswords: ReadonlySet<string>;
  readonly argon2?: Argon2Params;
  readonly sessionPolicy?: SessionPolicy;
  readonly lockout?: LockoutPolicy;
  /** Deliver outbox messages right after they are stored (the server); tests drain explicitly too. */
  readonly autoDrain?: boolean;
  readonly onOutboxError?: (error: unknown) => void;
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
  const protector = createFieldProtector(options.keyring);
  const hasher = createPasswordHasher(options.argon2 ?? ARGON2_DEFAULTS);
  const audit = createAuditService({ store: stores.audit, clock });
  const throttle = createSignInThrottle({ store: stores.throttles, clock, policy: options.lockout ?? DEFAULT_LOCKOUT });
  const outbox = createOutbox({
    store: stores.outbox,
    protector,
    transport: options.transport,
    clock,
    autoDrain: options.autoDrain ?? true,
    ...(options.onOutboxError ? { onError: options.onOutboxError } : {}),
  });
  const sessions = createSessionService({
    accounts: stores.accounts,
    sessions: stores.sessions,
    memberships: stores.memberships,
    protector,
    hasher,
    throttle,
    audit,
    clock,
    policy: options.sessionPolicy ?? DEFAULT_SESSION_POLICY,
  });
  const services: AppServices = {
    processors: createProcessorService({ processors: stores.processors, organisations: stores.organisations, audit, clock }),
    declarations: createDeclarationService({ processors: stores.processors, declarations: stores.declarations, audit, clock }),
    evaluations: createEvaluationService({
      processors: stores.processors,
      declarations: stores.declarations,
      evaluations: stores.evaluations,
      compiled,
      audit,
      clock,
    }),
    check: createCheckService({ compiled, clock }),
    health: createHealthService({ probe: stores.probe }),
    accounts: createAccountService({
      accounts: stores.accounts,
      memberships: stores.memberships,
      verifications: stores.verifications,
      protector,
      hasher,
      outbox,
      audit,
      throttle,
      clock,
      isCommonPassword: (lowercased) => options.commonPasswords.has(lowercased),
      endSessions: async (accountId, keep) => {
        await stores.sessions.deleteForAccount(accountId, keep);
      },
    }),
    sessions,
    totp: createTotpService({ accounts: stores.accounts, protector, audit, clock }),
    apiKeys: createApiKeyService({ store: stores.apiKeys, audit, clock }),
    organisations: createOrganisationService({
      organisations: stores.organisations,
      memberships: stores.memberships,
      invitations: stores.invitations,
      accounts: stores.accounts,
      processors: stores.processors,
      protector,
      outbox,
      audit,
      clock,
    }),
    audit,
    targets: createTargetResolver(stores),
  };
  return { services, outbox, keyRotation: createKeyRotationService({ accounts: stores.accounts, outbox: stores.outbox, protector, audit }), protector };
}
