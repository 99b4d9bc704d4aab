import { randomUUID } from 'node:crypto';
import type { Identifier } from '../core/auth/identifiers.js';
import { checkPassword, normalisePassword } from '../core/auth/password-policy.js';
import type { AccountLanguage } from '../core/auth/preferences.js';
import type { Role } from '../core/auth/roles.js';
import { constantTimeEqual } from '../core/crypto/hashing.js';
import type { PasswordHasher } from '../core/crypto/password-hash.js';
import { randomDigits } from '../core/crypto/tokens.js';
import { PisaError } from '../core/errors/pisa-error.js';
import type { Actor, AuditService } from './audit.js';
import { FIELD_CONTEXT, type FieldProtector } from './field-protector.js';
import { contactOf, type IdentifierInput, indexesOf, indexOf, requireIdentifier } from './identifiers.js';
import type { AccountRecord, AccountStore, MembershipStore, RecoveryCodeStore, VerificationChannel, VerificationStore } from './identity-ports.js';
import { channelFor, type Outbox } from './outbox.js';
import type { Clock } from './ports.js';
import type { SignInThrottle } from './throttle.js';
import type { UnitOfWork } from './unit-of-work.js';

const CODE_DIGITS = 6;
const CODE_TTL_MS = 15 * 60 * 1000;
/** Wrong guesses before a code is burnt (6 digits, 5 tries: a 1 in 200,000 chance per code). */
const CODE_MAX_ATTEMPTS = 5;
const CODES_PER_HOUR = 5;

export type Profile = {
  readonly id: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly name: string | null;
  readonly status: AccountRecord['status'];
  readonly totp_enabled: boolean;
  /** Unused TOTP recovery codes (0 without TOTP). */
  readonly recovery_codes_remaining: number;
  readonly language: AccountLanguage | null;
  readonly memberships: readonly { readonly id: string; readonly role: Role; readonly organisation_id: string | null }[];
  readonly created_at: string;
};

export type AccountService = {
  /**
   * Registers an individual (pending until the code sent to the identifier is confirmed). The
   * outcome is the same whether or not the identifier already has an account, so registration
   * cannot be used to find out who is registered; an existing holder gets a notice instead.
   */
  register(input: IdentifierInput & { password: string; name?: string | undefined }, requestId: string | null): Promise<void>;
  /** Confirms the identifier with the code sent to it; throws VERIFICATION_CODE_INVALID. */
  verify(input: IdentifierInput & { code: string }, requestId: string | null): Promise<void>;
  /** Sends a new code to a pending account; silent otherwise (same answer either way). */
  resend(input: IdentifierInput): Promise<void>;
  profile(accountId: string): Promise<Profile>;
  /** Changes the password after checking the current one; ends every session but `keepSessionId`. */
  changePassword(accountId: string, keepSessionId: string, input: { current: string; next: string }, actor: Actor): Promise<void>;
  /** The web app's language chosen by the account holder, or null. */
  language(accountId: string): Promise<AccountLanguage | null>;
  setLanguage(accountId: string, language: AccountLanguage, actor: Actor): Promise<void>;
};

export type AccountDeps = {
  readonly accounts: AccountStore;
  readonly memberships: MembershipStore;
  readonly verifications: VerificationStore;
  readonly recoveryCodes: RecoveryCodeStore;
  readonly unitOfWork: UnitOfWork;
  readonly protector: FieldProtector;
  readonly hasher: PasswordHasher;
  readonly outbox: Outbox;
  readonly audit: AuditService;
  readonly throttle: SignInThrottle;
  readonly clock: Clock;
  readonly isCommonPassword: (lowercased: string) => boolean;
  /** Ends the account's sessions other than `keep` (ASVS 3.3.3: after a password change). */
  readonly endSessions: (accountId: string, keep: string) => Promise<void>;
};

const channelOf = (identifier: Identifier): VerificationChannel => identifier.kind;

/** The PI-free state an audit entry hashes for an account. */
export const accountState = (a: Pick<AccountRecord, 'id' | 'status' | 'verified_at' | 'totp_enabled_at'>) => ({
  id: a.id,
  status: a.status,
  verified_at: a.verified_at,
  totp_enabled: a.totp_enabled_at !== null,
});

export function passwordIssues(password: string, identifier: Identifier | null, isCommon: (lowercased: string) => boolean) {
  const personal = identifier === null ? [] : identifier.kind === 'email' ? [identifier.value.split('@')[0] ?? ''] : [identifier.value.slice(3)];
  return checkPassword(password, { isCommon, personal });
}

/** PASSWORD_WEAK with every issue, unless the password meets the policy (length, common list, personal data). */
export function requireStrongPassword(password: string, identifier: Identifier | null, isCommon: (lowercased: string) => boolean): void {
  const issues = passwordIssues(password, identifier, isCommon);
  if (issues.length > 0) throw new PisaError('PASSWORD_WEAK', {}, { issues });
}

export function createAccountService(deps: AccountDeps): AccountService {
  const { accounts, verifications, protector, hasher, outbox, audit, clock, unitOfWork } = deps;
  const codeHashes = (accountId: string, code: string) => protector.indexes('code', `${accountId}:${code}`);
  const requireStrong = (password: string, identifier: Identifier | null) => requireStrongPassword(password, identifier, deps.isCommonPassword);

  const sendCode = async (account: AccountRecord, identifier: Identifier) => {
    const now = clock.now();
    if ((await verifications.countIssuedSince(account.id, new Date(now.getTime() - 3_600_000))) >= CODES_PER_HOUR) return;
    const code = randomDigits(CODE_DIGITS);
    await verifications.issue({
      accountId: account.id,
      channel: channelOf(identifier),
      codeHash: protector.index('code', `${account.id}:${code}`),
      createdAt: now,
      expiresAt: new Date(now.getTime() + CODE_TTL_MS),
    });
    await outbox.enqueue(channelFor(identifier), identifier.value, 'verify_identifier', { code });
  };

  return {
    async register(input, requestId) {
      const identifier = requireIdentifier(input);
      requireStrong(input.password, identifier);
      // Hashed in every branch, so the time taken does not tell a new identifier from a known one.
      const passwordHash = await hasher.hash(normalisePassword(input.password));
      const index = indexOf(protector, identifier);
      const existing = await accounts.findByIndex(indexesOf(protector, identifier));
      if (existing && existing.status !== 'pending') {
        await outbox.enqueue(channelFor(identifier), identifier.value, 'account_exists', {});
        return;
      }
      if (existing) {
        // Still unconfirmed: whoever confirms the code owns it, with the password they chose
        // last (an attacker cannot pre-register someone else's address and keep the account).
        await accounts.update(existing.id, {
          password_hash: passwordHash,
          name_enc: input.name ? protector.encrypt(input.name, FIELD_CONTEXT.accountName(existing.id)) : null,
        });
        await sendCode(existing, identifier);
        return;
      }
      const id = randomUUID();
      await unitOfWork.run(async () => {
        const created = await accounts.create({
          id,
          email_index: identifier.kind === 'email' ? index : null,
          email_enc: identifier.kind === 'email' ? protector.encrypt(identifier.value, FIELD_CONTEXT.accountEmail(id)) : null,
          phone_index: identifier.kind === 'phone' ? index : null,
          phone_enc: identifier.kind === 'phone' ? protector.encrypt(identifier.value, FIELD_CONTEXT.accountPhone(id)) : null,
          name_enc: input.name ? protector.encrypt(input.name, FIELD_CONTEXT.accountName(id)) : null,
          password_hash: passwordHash,
          status: 'pending',
          createdAt: clock.now(),
          verifiedAt: null,
        });
        // A concurrent registration of the same identifier won the race: same answer as "exists".
        if (!created) return;
        await sendCode(created, identifier);
        await audit.record({ type: 'account', id, role: 'individual', requestId }, 'account.register', { type: 'account', id }, null, accountState(created));
      });
    },

    async verify(input, requestId) {
      const identifier = requireIdentifier(input);
      const index = indexOf(protector, identifier);
      const invalid = new PisaError('VERIFICATION_CODE_INVALID');
      if ((await deps.throttle.retryAfter({ identifier: `verify:${index}`, address: null })) > 0) throw invalid;
      const account = await accounts.findByIndex(indexesOf(protector, identifier));
      const open = account && account.status === 'pending' ? await verifications.findOpen(account.id, channelOf(identifier)) : null;
      if (!account || !open || Date.parse(open.expires_at) <= clock.now().getTime()) {
        await deps.throttle.fail({ identifier: `verify:${index}`, address: null });
        throw invalid;
      }
      // Every index key's hash: a code issued just before the index key rotated still works.
      if (!codeHashes(account.id, input.code).some((hash) => constantTimeEqual(open.code_hash, hash))) {
        if ((await verifications.countAttempt(open.id)) >= CODE_MAX_ATTEMPTS) await verifications.consume(open.id, clock.now());
        await deps.throttle.fail({ identifier: `verify:${index}`, address: null });
        throw invalid;
      }
      const now = clock.now();
      await unitOfWork.run(async () => {
        await verifications.consume(open.id, now);
        await accounts.update(account.id, { status: 'active', verified_at: now });
        await audit.record(
          { type: 'account', id: account.id, role: 'individual', requestId },
          'account.verify',
          { type: 'account', id: account.id },
          accountState(account),
          { ...accountState(account), status: 'active', verified_at: now.toISOString() },
        );
      });
    },

    async resend(input) {
      const identifier = requireIdentifier(input);
      const account = await accounts.findByIndex(indexesOf(protector, identifier));
      if (account?.status === 'pending') await sendCode(account, identifier);
    },

    async profile(accountId) {
      const account = await accounts.findById(accountId);
      if (!account) throw new PisaError('NOT_FOUND', { what: 'account' });
      const memberships = await deps.memberships.listForAccount(accountId);
      const totpEnabled = account.totp_enabled_at !== null;
      return {
        id: account.id,
        email: account.email_enc === null ? null : protector.decrypt(account.email_enc, FIELD_CONTEXT.accountEmail(account.id)),
        phone: account.phone_enc === null ? null : protector.decrypt(account.phone_enc, FIELD_CONTEXT.accountPhone(account.id)),
        name: account.name_enc === null ? null : protector.decrypt(account.name_enc, FIELD_CONTEXT.accountName(account.id)),
        status: account.status,
        totp_enabled: totpEnabled,
        recovery_codes_remaining: totpEnabled ? await deps.recoveryCodes.countUnused(accountId) : 0,
        language: account.language,
        memberships: memberships.map((m) => ({ id: m.id, role: m.role, organisation_id: m.organisation_id })),
        created_at: account.created_at,
      };
    },

    async changePassword(accountId, keepSessionId, { current, next }, actor) {
      const account = await accounts.findById(accountId);
      if (!account) throw new PisaError('NOT_FOUND', { what: 'account' });
      if (!(await hasher.verify(account.password_hash, normalisePassword(current)))) throw new PisaError('CREDENTIALS_INVALID');
      const identifier = contactOf(protector, account);
      requireStrong(next, identifier);
      const passwordHash = await hasher.hash(normalisePassword(next));
      await unitOfWork.run(async () => {
        await accounts.update(account.id, { password_hash: passwordHash });
        await deps.endSessions(account.id, keepSessionId);
        if (identifier) await outbox.enqueue(channelFor(identifier), identifier.value, 'security_notice', { event: 'password_changed' });
        await audit.record(actor, 'account.change_password', { type: 'account', id: account.id }, accountState(account), accountState(account));
      });
    },

    async language(accountId) {
      return (await accounts.findById(accountId))?.language ?? null;
    },

    async setLanguage(accountId, language, actor) {
      const account = await accounts.findById(accountId);
      if (!account) throw new PisaError('NOT_FOUND', { what: 'account' });
      if (account.language === language) return;
      await unitOfWork.run(async () => {
        await accounts.update(accountId, { language });
        await audit.record(actor, 'account.set_language', { type: 'account', id: accountId }, { language: account.language }, { language });
      });
    },
  };
}
