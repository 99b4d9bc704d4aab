import type { Actor, AuditService } from './audit.js';
import { FIELD_CONTEXT, type FieldProtector } from './field-protector.js';
import type { AccountPatch, AccountRecord, AccountStore, OutboxStore } from './identity-ports.js';

/** How many encrypted values each key protects (what `pisa keys status` prints). */
export type KeyUsage = Readonly<Record<string, number>>;

export type RotationReport = {
  readonly active_key: string;
  /** Values re-encrypted under the active key. */
  readonly reencrypted: number;
  /** Values that could not be decrypted (an unknown key, tampering): left as they are, and counted. */
  readonly unreadable: number;
  readonly before: KeyUsage;
  readonly after: KeyUsage;
};

export type KeyRotationService = {
  usage(): Promise<KeyUsage>;
  /** Re-encrypts every value not under the active key; afterwards older keys can be retired. */
  rotate(actor: Actor): Promise<RotationReport>;
};

const ACCOUNT_FIELDS = [
  ['email_enc', FIELD_CONTEXT.accountEmail],
  ['phone_enc', FIELD_CONTEXT.accountPhone],
  ['name_enc', FIELD_CONTEXT.accountName],
  ['totp_secret_enc', FIELD_CONTEXT.accountTotp],
  ['totp_pending_enc', FIELD_CONTEXT.accountTotpPending],
] as const satisfies readonly (readonly [keyof AccountRecord & keyof AccountPatch, (id: string) => string])[];

export function createKeyRotationService(deps: {
  accounts: AccountStore;
  outbox: OutboxStore;
  protector: FieldProtector;
  audit: AuditService;
}): KeyRotationService {
  const { accounts, outbox, protector } = deps;

  const usage = async (): Promise<KeyUsage> => {
    const counts: Record<string, number> = {};
    const count = (stored: string | null) => {
      if (stored === null) return;
      const id = keyIdOrNull(stored) ?? '(not an encrypted value)';
      counts[id] = (counts[id] ?? 0) + 1;
    };
    for (const account of await accounts.listAll()) for (const [field] of ACCOUNT_FIELDS) count(account[field]);
    for (const message of await outbox.listAll()) {
      count(message.recipient_enc);
      count(message.params_enc);
    }
    return counts;
  };

  const keyIdOrNull = (stored: string): string | null => {
    try {
      return protector.keyIdOf(stored);
    } catch {
      return null;
    }
  };
  const isStale = (stored: string | null): stored is string => stored !== null && keyIdOrNull(stored) !== protector.activeKeyId;
  let unreadable = 0;
  /** The value under the active key, or the value unchanged (counted) when it cannot be decrypted. */
  const rewrap = (stored: string, context: string): string => {
    try {
      return protector.encrypt(protector.decrypt(stored, context), context);
    } catch {
      unreadable += 1;
      return stored;
    }
  };

  return {
    usage,
    async rotate(actor) {
      const before = await usage();
      unreadable = 0;
      let reencrypted = 0;
      for (const account of await accounts.listAll()) {
        const patch: AccountPatch = {};
        for (const [field, context] of ACCOUNT_FIELDS) {
          const stored = account[field];
          if (!isStale(stored)) continue;
          const rewrapped = rewrap(stored, context(account.id));
          if (rewrapped === stored) continue;
          patch[field] = rewrapped;
          reencrypted += 1;
        }
        await accounts.update(account.id, patch);
      }
      for (const message of await outbox.listAll()) {
        if (!isStale(message.recipient_enc) && !isStale(message.params_enc)) continue;
        const recipientEnc = isStale(message.recipient_enc) ? rewrap(message.recipient_enc, FIELD_CONTEXT.outboxRecipient(message.id)) : message.recipient_enc;
        const paramsEnc = isStale(message.params_enc) ? rewrap(message.params_enc, FIELD_CONTEXT.outboxParams(message.id)) : message.params_enc;
        reencrypted += Number(recipientEnc !== message.recipient_enc) + Number(paramsEnc !== message.params_enc);
        await outbox.replaceCiphertexts(message.id, { recipientEnc, paramsEnc });
      }
      const after = await usage();
      await deps.audit.record(actor, 'keys.rotate', { type: 'data_key', id: protector.activeKeyId }, before, after);
      return { active_key: protector.activeKeyId, reencrypted, unreadable, before, after };
    },
  };
}
