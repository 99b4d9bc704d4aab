import { normalisePassword } from '../core/auth/password-policy.js';
import { sha256Hex } from '../core/crypto/hashing.js';
import type { PasswordHasher } from '../core/crypto/password-hash.js';
import { randomToken } from '../core/crypto/tokens.js';
import { PisaError } from '../core/errors/pisa-error.js';
import { accountState, requireStrongPassword } from './accounts.js';
import type { AuditService } from './audit.js';
import type { FieldProtector } from './field-protector.js';
import { contactOf, type IdentifierInput, indexesOf, requireIdentifier } from './identifiers.js';
import type { AccountStore, PasswordResetStore, SessionStore } from './identity-ports.js';
import { channelFor, type Outbox } from './outbox.js';
import type { Clock } from './ports.js';
import type { UnitOfWork } from './unit-of-work.js';

/** How long a reset token works (ASVS 2.5.1 wants it short; it travels by email or SMS). */
export const RESET_TTL_MS = 30 * 60 * 1000;
/** Reset messages per account and hour: enough for a typo or a slow mailbox, not for flooding someone. */
const RESETS_PER_HOUR = 3;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type PasswordResetService = {
  /**
   * Sends a single-use reset token to the email address or mobile number when an active account
   * holds it. The outcome is the same whether or not one does, so it tells nobody who is registered.
   */
  request(input: IdentifierInput, requestId: string | null): Promise<void>;
  /**
   * Sets a new password with a token from `request`; every session of the account ends (the
   * authenticator app, when enrolled, is still asked for at the next sign-in). Throws
   * PASSWORD_RESET_INVALID (wrong, used, replaced or expired token) or PASSWORD_WEAK.
   */
  reset(input: { token: string; password: string }, requestId: string | null): Promise<void>;
};

export type PasswordResetDeps = {
  readonly accounts: AccountStore;
  readonly resets: PasswordResetStore;
  readonly sessions: Pick<SessionStore, 'deleteForAccount'>;
  readonly protector: FieldProtector;
  readonly hasher: PasswordHasher;
  readonly outbox: Outbox;
  readonly audit: AuditService;
  readonly unitOfWork: UnitOfWork;
  readonly clock: Clock;
  readonly isCommonPassword: (lowercased: string) => boolean;
};

export function createPasswordResetService(deps: PasswordResetDeps): PasswordResetService {
  const { accounts, resets, protector, hasher, outbox, audit, unitOfWork, clock } = deps;
  return {
    async request(input, requestId) {
      const identifier = requireIdentifier(input);
      const account = await accounts.findByIndex(indexesOf(protector, identifier));
      // Unknown, unconfirmed and disabled accounts get nothing; the caller's answer is the same.
      if (account?.status !== 'active') return;
      const now = clock.now();
      if ((await resets.countIssuedSince(account.id, new Date(now.getTime() - 3_600_000))) >= RESETS_PER_HOUR) return;
      const token = randomToken(32);
      await unitOfWork.run(async () => {
        await resets.issue({ accountId: account.id, tokenHash: sha256Hex(token), createdAt: now, expiresAt: new Date(now.getTime() + RESET_TTL_MS) });
        // To the identifier the person typed: it is the account's own (found by its blind index).
        await outbox.enqueue(channelFor(identifier), identifier.value, 'password_reset', { token, minutes: String(RESET_TTL_MS / 60_000) });
        await audit.record({ type: 'system', id: null, role: 'anonymous', requestId }, 'account.password_reset_request', { type: 'account', id: account.id });
      });
    },

    async reset({ token, password }, requestId) {
      const invalid = new PisaError('PASSWORD_RESET_INVALID');
      if (!TOKEN_PATTERN.test(token)) throw invalid;
      const passwordHash = await hasher.hash(normalisePassword(password));
      await unitOfWork.run(async () => {
        const accountId = await resets.consume(sha256Hex(token), clock.now());
        const account = accountId === null ? null : await accounts.findById(accountId);
        if (account?.status !== 'active') throw invalid;
        const contact = contactOf(protector, account);
        // Refused here, the token's use rolls back with the rest: the same link works for a better password.
        requireStrongPassword(password, contact, deps.isCommonPassword);
        await accounts.update(account.id, { password_hash: passwordHash });
        // ASVS 3.3.3: whoever knew the old password is signed out everywhere.
        await deps.sessions.deleteForAccount(account.id);
        if (contact) await outbox.enqueue(channelFor(contact), contact.value, 'security_notice', { event: 'password_reset' });
        await audit.record(
          { type: 'account', id: account.id, role: 'individual', requestId },
          'account.password_reset',
          { type: 'account', id: account.id },
          accountState(account),
          accountState(account),
        );
      });
    },
  };
}
