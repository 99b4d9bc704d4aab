import { type AuthzOptions, needsMfa } from '../core/auth/policy.js';
import { hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from '../core/crypto/recovery-codes.js';
import { matchTotp, newTotpSecret, totpUri } from '../core/crypto/totp.js';
import { PisaError } from '../core/errors/pisa-error.js';
import { accountState } from './accounts.js';
import type { Actor, AuditService } from './audit.js';
import { FIELD_CONTEXT, type FieldProtector } from './field-protector.js';
import { contactOf } from './identifiers.js';
import type { AccountRecord, AccountStore, MembershipStore, RecoveryCodeStore } from './identity-ports.js';
import { channelFor, type Outbox, type SecurityEvent } from './outbox.js';
import type { Clock } from './ports.js';
import { redeemRecoveryCode } from './recovery-codes.js';
import type { SignInThrottle } from './throttle.js';
import type { UnitOfWork } from './unit-of-work.js';

export type TotpEnrolment = { readonly secret: string; readonly otpauth_uri: string };

/** Recovery codes as they are shown: once, right after they are made. */
export type RecoveryCodes = { readonly recovery_codes: readonly string[] };

export type TotpService = {
  /** A new secret, shown once (as an otpauth:// URI for the app), pending until confirmed. Throws TOTP_ALREADY_ENROLLED. */
  begin(accountId: string, actor: Actor): Promise<TotpEnrolment>;
  /** Confirms the pending secret with a code from the app; the ten recovery codes, shown once. Throws TOTP_NOT_PENDING or TOTP_INVALID. */
  confirm(accountId: string, code: string, actor: Actor): Promise<RecoveryCodes>;
  /**
   * Removes the authenticator app and its recovery codes, given a current code from the app or a
   * recovery code. Throws TOTP_NOT_ENROLLED, TOTP_INVALID, or TOTP_REQUIRED for a role that needs it.
   */
  disable(accountId: string, code: string, actor: Actor): Promise<void>;
  /** New recovery codes (every earlier one stops working), given a current code or a recovery code. */
  regenerateRecoveryCodes(accountId: string, code: string, actor: Actor): Promise<RecoveryCodes>;
};

export type TotpDeps = {
  readonly accounts: AccountStore;
  readonly memberships: MembershipStore;
  readonly recoveryCodes: RecoveryCodeStore;
  readonly protector: FieldProtector;
  readonly outbox: Outbox;
  readonly audit: AuditService;
  readonly throttle: SignInThrottle;
  readonly unitOfWork: UnitOfWork;
  readonly clock: Clock;
  /** Which roles need the second factor (the same options the access policy uses). */
  readonly authz: AuthzOptions;
};

export function createTotpService(deps: TotpDeps): TotpService {
  const { accounts, protector, audit, clock, unitOfWork } = deps;

  const requireAccount = async (accountId: string): Promise<AccountRecord> => {
    const account = await accounts.findById(accountId);
    if (!account) throw new PisaError('NOT_FOUND', { what: 'account' });
    return account;
  };

  /** Ten new codes stored (hashed) in place of the old ones; call inside a unit of work. */
  const issueCodes = async (accountId: string, actor: Actor): Promise<string[]> => {
    const codes = newRecoveryCodes();
    const hashes = codes.map((code) => hashRecoveryCode(normaliseRecoveryCode(code) ?? ''));
    await deps.recoveryCodes.replace(accountId, hashes, clock.now());
    await audit.record(actor, 'account.recovery_codes_generate', { type: 'account', id: accountId }, null, { count: codes.length });
    return codes;
  };

  const notify = async (account: AccountRecord, event: SecurityEvent) => {
    const contact = contactOf(protector, account);
    if (contact) await deps.outbox.enqueue(channelFor(contact), contact.value, 'security_notice', { event });
  };

  /**
   * Checks a code from the app (each time step accepted once) or a recovery code (used up), for
   * changes to the second factor itself; failures count towards the same lockout as sign-in's
   * TOTP step, so a stolen session cannot guess its way to removing the factor.
   */
  const checkSecondFactor = async (account: AccountRecord, code: string): Promise<void> => {
    if (account.totp_enabled_at === null || account.totp_secret_enc === null) throw new PisaError('TOTP_NOT_ENROLLED');
    const keys = { identifier: `totp:${account.id}`, address: null };
    const wait = await deps.throttle.retryAfter(keys);
    if (wait > 0) throw new PisaError('SIGN_IN_THROTTLED', { retry_after: wait });
    let ok: boolean;
    if (/^\d{6}$/.test(code)) {
      const secret = protector.decrypt(account.totp_secret_enc, FIELD_CONTEXT.accountTotp(account.id));
      const step = matchTotp(secret, code, clock.now().getTime(), account.totp_last_step);
      ok = step !== null && (await accounts.claimTotpStep(account.id, step));
    } else {
      ok = await redeemRecoveryCode(deps.recoveryCodes, account.id, code, clock.now());
    }
    if (!ok) {
      await deps.throttle.fail(keys);
      throw new PisaError('TOTP_INVALID');
    }
    await deps.throttle.succeed(`totp:${account.id}`);
  };

  return {
    async begin(accountId, actor) {
      const account = await requireAccount(accountId);
      if (account.totp_enabled_at !== null) throw new PisaError('TOTP_ALREADY_ENROLLED');
      const secret = newTotpSecret();
      const label = contactOf(protector, account)?.value ?? accountId;
      await unitOfWork.run(async () => {
        await accounts.update(accountId, { totp_pending_enc: protector.encrypt(secret, FIELD_CONTEXT.accountTotpPending(accountId)) });
        await audit.record(actor, 'account.totp_begin', { type: 'account', id: accountId });
      });
      return { secret, otpauth_uri: totpUri(secret, label) };
    },

    async confirm(accountId, code, actor) {
      const account = await requireAccount(accountId);
      if (account.totp_enabled_at !== null) throw new PisaError('TOTP_ALREADY_ENROLLED');
      if (account.totp_pending_enc === null) throw new PisaError('TOTP_NOT_PENDING');
      const secret = protector.decrypt(account.totp_pending_enc, FIELD_CONTEXT.accountTotpPending(accountId));
      const step = matchTotp(secret, code, clock.now().getTime(), null);
      if (step === null) throw new PisaError('TOTP_INVALID');
      const now = clock.now();
      const codes = await unitOfWork.run(async () => {
        await accounts.update(accountId, {
          totp_secret_enc: protector.encrypt(secret, FIELD_CONTEXT.accountTotp(accountId)),
          totp_pending_enc: null,
          totp_enabled_at: now,
          totp_last_step: step,
        });
        await notify(account, 'totp_enabled');
        await audit.record(actor, 'account.totp_enable', { type: 'account', id: accountId }, accountState(account), {
          ...accountState(account),
          totp_enabled: true,
        });
        return issueCodes(accountId, actor);
      });
      return { recovery_codes: codes };
    },

    async disable(accountId, code, actor) {
      const account = await requireAccount(accountId);
      const required = (await deps.memberships.listForAccount(accountId)).find((m) => needsMfa(m.role, deps.authz));
      if (required) throw new PisaError('TOTP_REQUIRED', { role: required.role });
      await checkSecondFactor(account, code);
      await unitOfWork.run(async () => {
        await accounts.update(accountId, { totp_secret_enc: null, totp_pending_enc: null, totp_enabled_at: null, totp_last_step: null });
        await deps.recoveryCodes.deleteForAccount(accountId);
        await notify(account, 'totp_disabled');
        await audit.record(actor, 'account.totp_disable', { type: 'account', id: accountId }, accountState(account), {
          ...accountState(account),
          totp_enabled: false,
        });
      });
    },

    async regenerateRecoveryCodes(accountId, code, actor) {
      const account = await requireAccount(accountId);
      await checkSecondFactor(account, code);
      const codes = await unitOfWork.run(async () => {
        await notify(account, 'recovery_codes_generated');
        return issueCodes(accountId, actor);
      });
      return { recovery_codes: codes };
    },
  };
}
