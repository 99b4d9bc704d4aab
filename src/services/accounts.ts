import { randomUUID } from 'node:crypto';
import type { Identifier } from '../core/auth/identifiers.js';
import { checkPassword, normalisePassword } from '../core/auth/password-policy.js';
import type { Role } from '../core/auth/roles.js';
import { constantTimeEqual } from '../core/crypto/hashing.js';
import type { PasswordHasher } from '../core/crypto/password-hash.js';
import { randomDigits } from '../core/crypto/tokens.js';
import { PisaError } from '../core/errors/pisa-error.js';
import type { Actor, AuditService } from './audit.js';
import { FIELD_CONTEXT, type FieldProtector } from './field-protector.js';
import { type IdentifierInput, indexOf, requireIdentifier } from './identifiers.js';
import type { AccountRecord, AccountStore, MembershipStore, OutboxChannel, VerificationChannel, VerificationStore } from './identity-ports.js';
import type { Outbox } from './outbox.js';
import type { Clock } from './ports.js';
import type { SignInThrottle } from './throttle.js';

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
};

export type AccountDeps = {
  readonly accounts: AccountStore;
  readonly memberships: MembershipStore;
  readonly verifications: VerificationStore;
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
const outboxChannelOf = (identifier: Identifier): OutboxChannel => (identifier.kind === 'email' ? 'email' : 'sms');

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

export function createAccountService(deps: AccountDeps): AccountService {
  const { accounts, verifications, protector, hasher, outbox, audit, clock } = deps;
  const codeHash = (accountId: string, code: string) => protector.index('code', `${accountId}:${code}`);

  const requireStrongPassword = (password: string, identifier: Identifier | null) => {
    const issues = passwordIssues(password, identifier, deps.isCommonPassword);
    if (issues.length > 0) throw new PisaError('PASSWORD_WEAK', {}, { issues });
  };

  const sendCode = async (account: AccountRecord, identifier: Identifier) => {
    const now = clock.now();
    if ((await verifications.countIssuedSince(account.id, new Date(now.getTime() - 3_600_000))) >= CODES_PER_HOUR) return;
    const code = randomDigits(CODE_DIGITS);
    await verifications.issue({
      accountId: account.id,
      channel: channelOf(identifier),
      codeHash: codeHash(account.id, code),
      createdAt: now,
      expiresAt: new Date(now.getTime() + CODE_TTL_MS),
    });
    await outbox.enqueue(outboxChannelOf(identifier), identifier.value, 'verify_identifier', { code });
  };

  return {
    async register(input, requestId) {
      const identifier = requireIdentifier(input);
      requireStrongPassword(input.password, identifier);
      // Hashed in every branch, so the time taken does not tell a new identifier from a known one.
      const passwordHash = await hasher.hash(normalisePassword(input.password));
      const index = indexOf(protector, identifier);
      const existing = await accounts.findByIndex(index);
      if (existing && existing.status !== 'pending') {
        await outbox.enqueue(outboxChannelOf(identifier), identifier.value, 'account_exists', {});
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
      await audit.record({ type: 'account', id, role: 'individual', requestId }, 'account.register', { type: 'account', id }, null, accountState(created));
      await sendCode(created, identifier);
    },

    async verify(input, requestId) {
      const identifier = requireIdentifier(input);
      const index = indexOf(protector, identifier);
      const invalid = new PisaError('VERIFICATION_CODE_INVALID');
      if ((await deps.throttle.retryAfter({ identifier: `verify:${index}`, address: null })) > 0) throw invalid;
      const account = await accounts.findByIndex(index);
      const open = account && account.status === 'pending' ? await verifications.findOpen(account.id, channelOf(identifier)) : null;
      if (!account || !open || Date.parse(open.expires_at) <= clock.now().getTime()) {
        await deps.throttle.fail({ identifier: `verify:${index}`, address: null });
        throw invalid;
      }
      if (!constantTimeEqual(open.code_hash, codeHash(account.id, input.code))) {
        if ((await verifications.countAttempt(open.id)) >= CODE_MAX_ATTEMPTS) await verifications.consume(open.id, clock.now());
        await deps.throttle.fail({ identifier: `verify:${index}`, address: null });
        throw invalid;
      }
      const now = clock.now();
      await verifications.consume(open.id, now);
      await accounts.update(account.id, { status: 'active', verified_at: now });
      await audit.record(
        { type: 'account', id: account.id, role: 'individual', requestId },
        'account.verify',
        { type: 'account', id: account.id },
        accountState(account),
        {
          ...accountState(account),
          status: 'active',
          verified_at: now.toISOString(),
        },
      );
    },

    async resend(input) {
      const identifier = requireIdentifier(input);
      const account = await accounts.findByIndex(indexOf(protector, identifier));
      if (account?.status === 'pending') await sendCode(account, identifier);
    },

    async profile(accountId) {
      const account = await accounts.findById(accountId);
      if (!account) throw new PisaError('NOT_FOUND', { what: 'account' });
      const memberships = await deps.memberships.listForAccount(accountId);
      return {
        id: account.id,
        email: account.email_enc === null ? null : protector.decrypt(account.email_enc, FIELD_CONTEXT.accountEmail(account.id)),
        phone: account.phone_enc === null ? null : protector.decrypt(account.phone_enc, FIELD_CONTEXT.accountPhone(account.id)),
        name: account.name_enc === null ? null : protector.decrypt(account.name_enc, FIELD_CONTEXT.accountName(account.id)),
        status: account.status,
        totp_enabled: account.totp_enabled_at !== null,
        memberships: memberships.map((m) => ({ id: m.id, role: m.role, organisation_id: m.organisation_id })),
        created_at: account.created_at,
      };
    },

    async changePassword(accountId, keepSessionId, { current, next }, actor) {
      const account = await accounts.findById(accountId);
      if (!account) throw new PisaError('NOT_FOUND', { what: 'account' });
      if (!(await hasher.verify(account.password_hash, normalisePassword(current)))) throw new PisaError('CREDENTIALS_INVALID');
      const email = account.email_enc === null ? null : protector.decrypt(account.email_enc, FIELD_CONTEXT.accountEmail(account.id));
      const phone = account.phone_enc === null ? null : protector.decrypt(account.phone_enc, FIELD_CONTEXT.accountPhone(account.id));
      const identifier: Identifier | null = email ? { kind: 'email', value: email } : phone ? { kind: 'phone', value: phone } : null;
      requireStrongPassword(next, identifier);
      await accounts.update(account.id, { password_hash: await hasher.hash(normalisePassword(next)) });
      await deps.endSessions(account.id, keepSessionId);
      await audit.record(actor, 'account.change_password', { type: 'account', id: account.id }, accountState(account), accountState(account));
    },
  };
}
