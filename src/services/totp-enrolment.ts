import { matchTotp, newTotpSecret, totpUri } from '../core/crypto/totp.js';
import { PisaError } from '../core/errors/pisa-error.js';
import { accountState } from './accounts.js';
import type { Actor, AuditService } from './audit.js';
import { FIELD_CONTEXT, type FieldProtector } from './field-protector.js';
import type { AccountStore } from './identity-ports.js';
import type { Clock } from './ports.js';

export type TotpEnrolment = { readonly secret: string; readonly otpauth_uri: string };

export type TotpService = {
  /** A new secret, shown once (as an otpauth:// URI for the app), pending until confirmed. Throws TOTP_ALREADY_ENROLLED. */
  begin(accountId: string, actor: Actor): Promise<TotpEnrolment>;
  /** Confirms the pending secret with a code from the app; throws TOTP_NOT_PENDING or TOTP_INVALID. */
  confirm(accountId: string, code: string, actor: Actor): Promise<void>;
};

export function createTotpService(deps: { accounts: AccountStore; protector: FieldProtector; audit: AuditService; clock: Clock }): TotpService {
  const { accounts, protector, audit, clock } = deps;
  return {
    async begin(accountId, actor) {
      const account = await accounts.findById(accountId);
      if (!account) throw new PisaError('NOT_FOUND', { what: 'account' });
      if (account.totp_enabled_at !== null) throw new PisaError('TOTP_ALREADY_ENROLLED');
      const secret = newTotpSecret();
      await accounts.update(accountId, { totp_pending_enc: protector.encrypt(secret, FIELD_CONTEXT.accountTotpPending(accountId)) });
      const label =
        account.email_enc !== null
          ? protector.decrypt(account.email_enc, FIELD_CONTEXT.accountEmail(accountId))
          : account.phone_enc !== null
            ? protector.decrypt(account.phone_enc, FIELD_CONTEXT.accountPhone(accountId))
            : accountId;
      await audit.record(actor, 'account.totp_begin', { type: 'account', id: accountId });
      return { secret, otpauth_uri: totpUri(secret, label) };
    },
    async confirm(accountId, code, actor) {
      const account = await accounts.findById(accountId);
      if (!account) throw new PisaError('NOT_FOUND', { what: 'account' });
      if (account.totp_enabled_at !== null) throw new PisaError('TOTP_ALREADY_ENROLLED');
      if (account.totp_pending_enc === null) throw new PisaError('TOTP_NOT_PENDING');
      const secret = protector.decrypt(account.totp_pending_enc, FIELD_CONTEXT.accountTotpPending(accountId));
      const step = matchTotp(secret, code, clock.now().getTime(), null);
      if (step === null) throw new PisaError('TOTP_INVALID');
      const now = clock.now();
      await accounts.update(accountId, {
        totp_secret_enc: protector.encrypt(secret, FIELD_CONTEXT.accountTotp(accountId)),
        totp_pending_enc: null,
        totp_enabled_at: now,
        totp_last_step: step,
      });
      await audit.record(actor, 'account.totp_enable', { type: 'account', id: accountId }, accountState(account), {
        ...accountState(account),
        totp_enabled: true,
      });
    },
  };
}
