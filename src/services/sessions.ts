import { normalisePassword } from '../core/auth/password-policy.js';
import type { Principal, SessionStage } from '../core/auth/principal.js';
import { deriveCsrfToken, sha256Hex } from '../core/crypto/hashing.js';
import type { PasswordHasher } from '../core/crypto/password-hash.js';
import { randomToken } from '../core/crypto/tokens.js';
import { matchTotp } from '../core/crypto/totp.js';
import { PisaError } from '../core/errors/pisa-error.js';
import type { Actor, AuditService } from './audit.js';
import { FIELD_CONTEXT, type FieldProtector } from './field-protector.js';
import { contactOf, indexesOf, indexOf, parseSignInIdentifier } from './identifiers.js';
import type { AccountRecord, AccountStore, MembershipStore, RecoveryCodeStore, SessionRecord, SessionStore } from './identity-ports.js';
import { channelFor, type Outbox } from './outbox.js';
import type { Clock } from './ports.js';
import { redeemRecoveryCode } from './recovery-codes.js';
import type { SignInThrottle } from './throttle.js';
import type { UnitOfWork } from './unit-of-work.js';

/** Session lifetimes (ASVS 3.3.2, level 2: re-authenticate after 12 hours, or 30 minutes idle). */
export type SessionPolicy = {
  readonly idleSeconds: number;
  readonly absoluteSeconds: number;
  /** How long a password-only session may wait for its TOTP code. */
  readonly mfaPendingSeconds: number;
};

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleSeconds: 30 * 60, absoluteSeconds: 12 * 3600, mfaPendingSeconds: 5 * 60 };

/** A new session: the token goes into the cookie, the CSRF token to the client; neither is stored. */
export type IssuedSession = {
  readonly token: string;
  readonly csrf_token: string;
  readonly stage: SessionStage;
  readonly account_id: string;
  readonly expires_at: string;
};

/** Where a request comes from, for throttling (the address only as a blind index) and the audit trail. */
export type RequestMeta = { readonly address: string | null; readonly requestId: string | null };

export type SessionService = {
  /** Password step. Throws SIGN_IN_THROTTLED, CREDENTIALS_INVALID or ACCOUNT_UNVERIFIED; ends `previousToken`'s session (rotation). */
  signIn(input: { identifier: string; password: string }, meta: RequestMeta, previousToken: string | null): Promise<IssuedSession>;
  /** TOTP step of a `mfa_pending` session: a new, full session replaces it. Throws TOTP_INVALID. */
  completeTotp(principal: AccountPrincipal, code: string, meta: RequestMeta): Promise<IssuedSession>;
  /**
   * The same step with one of the account's recovery codes instead of the app (the code is used
   * up, and the holder is told). Throws RECOVERY_CODE_INVALID.
   */
  completeWithRecoveryCode(principal: AccountPrincipal, code: string, meta: RequestMeta): Promise<IssuedSession>;
  /** The principal of a session token, or null when it is unknown, expired or idle too long. */
  authenticate(token: string): Promise<AccountPrincipal | null>;
  /** A new full session with the second factor verified, replacing `principal`'s (after TOTP enrolment). */
  reissue(principal: AccountPrincipal, mfa: boolean, actor: Actor): Promise<IssuedSession>;
  signOut(principal: AccountPrincipal, actor: Actor): Promise<void>;
  /** Ends every session of the account, this one included; the number ended. */
  signOutEverywhere(principal: AccountPrincipal, actor: Actor): Promise<number>;
  list(accountId: string): Promise<SessionRecord[]>;
};

export type AccountPrincipal = Extract<Principal, { kind: 'account' }>;

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** last_seen_at is written at most once a minute per session, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

export type SessionDeps = {
  readonly accounts: AccountStore;
  readonly sessions: SessionStore;
  readonly memberships: MembershipStore;
  readonly recoveryCodes: RecoveryCodeStore;
  readonly outbox: Outbox;
  readonly unitOfWork: UnitOfWork;
  readonly protector: FieldProtector;
  readonly hasher: PasswordHasher;
  readonly throttle: SignInThrottle;
  readonly audit: AuditService;
  readonly clock: Clock;
  readonly policy: SessionPolicy;
};

export function createSessionService(deps: SessionDeps): SessionService {
  const { accounts, sessions, protector, hasher, throttle, audit, clock, policy, unitOfWork } = deps;

  const issue = async (accountId: string, stage: SessionStage, mfa: boolean): Promise<IssuedSession & { id: string }> => {
    const token = randomToken(32);
    const now = clock.now();
    const lifetime = stage === 'mfa_pending' ? policy.mfaPendingSeconds : policy.absoluteSeconds;
    const record = await sessions.create({
      tokenHash: sha256Hex(token),
      accountId,
      stage,
      mfa,
      createdAt: now,
      expiresAt: new Date(now.getTime() + lifetime * 1000),
    });
    return { id: record.id, token, csrf_token: deriveCsrfToken(token), stage, account_id: accountId, expires_at: record.expires_at };
  };

  const endToken = async (token: string | null) => {
    if (token === null || !TOKEN_PATTERN.test(token)) return;
    const found = await sessions.findByTokenHash(sha256Hex(token));
    if (found) await sessions.delete(found.id);
  };

  const sessionActor = (accountId: string, requestId: string | null): Actor => ({ type: 'account', id: accountId, role: 'individual', requestId });

  /** The second step of sign-in (TOTP or recovery code), its failures counted under one key per account. */
  const secondStep = async (
    principal: AccountPrincipal,
    meta: RequestMeta,
    failure: 'TOTP_INVALID' | 'RECOVERY_CODE_INVALID',
    accept: (account: AccountRecord) => Promise<boolean>,
    action: string,
  ): Promise<IssuedSession> => {
    const throttleKeys = { identifier: `totp:${principal.account_id}`, address: meta.address === null ? null : protector.index('ip', meta.address) };
    const wait = await throttle.retryAfter(throttleKeys);
    if (wait > 0) throw new PisaError('SIGN_IN_THROTTLED', { retry_after: wait });
    const account = await accounts.findById(principal.account_id);
    const issued =
      account && account.totp_secret_enc !== null
        ? await unitOfWork.run(async () => {
            if (!(await accept(account))) return null;
            await throttle.succeed(`totp:${principal.account_id}`);
            await sessions.delete(principal.session_id);
            const full = await issue(account.id, 'full', true);
            await audit.record(sessionActor(account.id, meta.requestId), action, { type: 'session', id: full.id });
            return full;
          })
        : null;
    if (issued === null) {
      await throttle.fail(throttleKeys);
      throw new PisaError(failure);
    }
    return issued;
  };

  return {
    async signIn({ identifier: raw, password }, meta, previousToken) {
      const identifier = parseSignInIdentifier(raw);
      // Unparseable input is throttled under a key of its own, like any unknown identifier.
      const index = identifier ? indexOf(protector, identifier) : protector.index('email', raw.trim().toLowerCase());
      const keys = { identifier: index, address: meta.address === null ? null : protector.index('ip', meta.address) };
      const wait = await throttle.retryAfter(keys);
      if (wait > 0) throw new PisaError('SIGN_IN_THROTTLED', { retry_after: wait });
      const account: AccountRecord | null = identifier ? await accounts.findByIndex(indexesOf(protector, identifier)) : null;
      if (!account) {
        // The same argon2 work as a real check: timing does not reveal whether the account exists.
        await hasher.dummyVerify(normalisePassword(password));
        await throttle.fail(keys);
        throw new PisaError('CREDENTIALS_INVALID');
      }
      const ok = await hasher.verify(account.password_hash, normalisePassword(password));
      if (!ok || account.status === 'disabled') {
        await unitOfWork.run(async () => {
          if (await throttle.fail(keys))
            await audit.record({ type: 'system', id: null, role: 'system', requestId: meta.requestId }, 'account.lockout', { type: 'account', id: account.id });
        });
        throw new PisaError('CREDENTIALS_INVALID');
      }
      if (account.status === 'pending') throw new PisaError('ACCOUNT_UNVERIFIED');
      const rehash = hasher.needsRehash(account.password_hash) ? await hasher.hash(normalisePassword(password)) : null;
      return unitOfWork.run(async () => {
        await throttle.succeed(index);
        if (rehash !== null) await accounts.update(account.id, { password_hash: rehash });
        await endToken(previousToken);
        const stage: SessionStage = account.totp_enabled_at === null ? 'full' : 'mfa_pending';
        const issued = await issue(account.id, stage, false);
        await audit.record(sessionActor(account.id, meta.requestId), stage === 'full' ? 'session.sign_in' : 'session.password_verified', {
          type: 'session',
          id: issued.id,
        });
        return issued;
      });
    },

    completeTotp: (principal, code, meta) =>
      secondStep(
        principal,
        meta,
        'TOTP_INVALID',
        async (account) => {
          const secret = protector.decrypt(account.totp_secret_enc ?? '', FIELD_CONTEXT.accountTotp(account.id));
          const step = matchTotp(secret, code, clock.now().getTime(), account.totp_last_step);
          return step !== null && (await accounts.claimTotpStep(account.id, step));
        },
        'session.sign_in',
      ),

    completeWithRecoveryCode: (principal, code, meta) =>
      secondStep(
        principal,
        meta,
        'RECOVERY_CODE_INVALID',
        async (account) => {
          if (!(await redeemRecoveryCode(deps.recoveryCodes, account.id, code, clock.now()))) return false;
          const contact = contactOf(protector, account);
          if (contact) await deps.outbox.enqueue(channelFor(contact), contact.value, 'security_notice', { event: 'recovery_code_used' });
          return true;
        },
        'session.sign_in_recovery_code',
      ),

    async authenticate(token) {
      if (!TOKEN_PATTERN.test(token)) return null;
      const session = await sessions.findByTokenHash(sha256Hex(token));
      if (!session) return null;
      const now = clock.now().getTime();
      const idle = now - Date.parse(session.last_seen_at) > policy.idleSeconds * 1000;
      if (now >= Date.parse(session.expires_at) || (session.stage === 'full' && idle)) {
        await sessions.delete(session.id);
        return null;
      }
      const account = await accounts.findById(session.account_id);
      if (account?.status !== 'active') return null;
      if (now - Date.parse(session.last_seen_at) > TOUCH_INTERVAL_MS) await sessions.touch(session.id, new Date(now));
      const memberships = await deps.memberships.listForAccount(account.id);
      return {
        kind: 'account',
        account_id: account.id,
        session_id: session.id,
        stage: session.stage,
        mfa: session.mfa,
        memberships: memberships.map((m) => ({ id: m.id, role: m.role, organisation_id: m.organisation_id })),
      };
    },

    reissue: (principal, mfa, actor) =>
      unitOfWork.run(async () => {
        await sessions.delete(principal.session_id);
        const issued = await issue(principal.account_id, 'full', mfa);
        await audit.record(actor, 'session.rotate', { type: 'session', id: issued.id });
        return issued;
      }),

    signOut: (principal, actor) =>
      unitOfWork.run(async () => {
        await sessions.delete(principal.session_id);
        await audit.record(actor, 'session.sign_out', { type: 'session', id: principal.session_id });
      }),

    signOutEverywhere: (principal, actor) =>
      unitOfWork.run(async () => {
        const ended = await sessions.deleteForAccount(principal.account_id);
        await audit.record(actor, 'session.sign_out_everywhere', { type: 'account', id: principal.account_id });
        return ended;
      }),

    list: (accountId) => sessions.listForAccount(accountId),
  };
}
