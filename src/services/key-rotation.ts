import type { Actor, AuditService } from './audit.js';
import { FIELD_CONTEXT, type FieldProtector, type IndexDomain } from './field-protector.js';
import type { AccountPatch, AccountRecord, AccountStore, OutboxStore } from './identity-ports.js';
import type { UnitOfWork } from './unit-of-work.js';

/** How many stored values each key protects or indexes (what `pisa keys status` prints). */
export type KeyUsage = Readonly<Record<string, number>>;

export type RotationReport = {
  readonly active_key: string;
  /** Values re-encrypted under the active key. */
  readonly reencrypted: number;
  /** Values that could not be decrypted (an unknown key, tampering): left as they are, and counted. */
  readonly unreadable: number;
  readonly before: KeyUsage;
  readonly after: KeyUsage;
  readonly active_index_key: string;
  /** Blind indexes re-computed under the active index key. */
  readonly reindexed: number;
  readonly index_before: KeyUsage;
  readonly index_after: KeyUsage;
};

export type RotationOptions = {
  /** Accounts per transaction (default 500): each batch commits on its own, so lookups keep working throughout. */
  readonly batchSize?: number;
  /** Called after each batch has committed, with the number of accounts done so far. */
  readonly onBatch?: (accountsDone: number) => void | Promise<void>;
};

export type KeyRotationService = {
  usage(): Promise<KeyUsage>;
  /** Stored blind indexes per index key. */
  indexUsage(): Promise<KeyUsage>;
  /**
   * Re-encrypts every value not under the active data key and re-computes every blind index not
   * under the active index key (from the decrypted value), in batches; afterwards older keys can
   * be retired. Lookups search under every configured index key, so they work during the rotation.
   */
  rotate(actor: Actor, options?: RotationOptions): Promise<RotationReport>;
};

const ACCOUNT_FIELDS = [
  ['email_enc', FIELD_CONTEXT.accountEmail],
  ['phone_enc', FIELD_CONTEXT.accountPhone],
  ['name_enc', FIELD_CONTEXT.accountName],
  ['totp_secret_enc', FIELD_CONTEXT.accountTotp],
  ['totp_pending_enc', FIELD_CONTEXT.accountTotpPending],
] as const satisfies readonly (readonly [keyof AccountRecord & keyof AccountPatch, (id: string) => string])[];

/** The blind indexes of an account and the encrypted value each is computed from. */
const ACCOUNT_INDEXES = [
  ['email_index', 'email_enc', 'email', FIELD_CONTEXT.accountEmail],
  ['phone_index', 'phone_enc', 'phone', FIELD_CONTEXT.accountPhone],
] as const satisfies readonly (readonly [keyof AccountPatch, keyof AccountRecord, IndexDomain, (id: string) => string])[];

const DEFAULT_BATCH = 500;

export function createKeyRotationService(deps: {
  accounts: AccountStore;
  outbox: OutboxStore;
  protector: FieldProtector;
  audit: AuditService;
  unitOfWork: UnitOfWork;
}): KeyRotationService {
  const { accounts, outbox, protector, unitOfWork } = deps;

  const keyIdOrNull = (stored: string): string | null => {
    try {
      return protector.keyIdOf(stored);
    } catch {
      return null;
    }
  };

  /** Counts per key id over every account page (and the outbox, for data keys). */
  const countAll = async (each: (account: AccountRecord, count: (id: string) => void) => void, withOutbox: boolean): Promise<KeyUsage> => {
    const counts: Record<string, number> = {};
    const count = (id: string) => {
      counts[id] = (counts[id] ?? 0) + 1;
    };
    for (let after: string | null = null; ; ) {
      const page = await accounts.listPage(after, DEFAULT_BATCH);
      for (const account of page) each(account, count);
      const last = page.at(-1);
      if (!last) break;
      after = last.id;
    }
    if (withOutbox)
      for (const message of await outbox.listAll())
        for (const stored of [message.recipient_enc, message.params_enc]) if (stored !== null) count(keyIdOrNull(stored) ?? '(not an encrypted value)');
    return counts;
  };

  const usage = () =>
    countAll((account, count) => {
      for (const [field] of ACCOUNT_FIELDS) {
        const stored = account[field];
        if (stored !== null) count(keyIdOrNull(stored) ?? '(not an encrypted value)');
      }
    }, true);

  const indexUsage = () =>
    countAll((account, count) => {
      for (const [field] of ACCOUNT_INDEXES) {
        const stored = account[field];
        if (stored !== null) count(protector.indexKeyIdOf(stored) ?? '(not a blind index)');
      }
    }, false);

  const isStale = (stored: string | null): stored is string => stored !== null && keyIdOrNull(stored) !== protector.activeKeyId;

  return {
    usage,
    indexUsage,
    async rotate(actor, options = {}) {
      const batchSize = options.batchSize ?? DEFAULT_BATCH;
      const [before, indexBefore] = [await usage(), await indexUsage()];
      let unreadable = 0;
      let reencrypted = 0;
      let reindexed = 0;
      /** The plaintext of a stored value, or null (counted) when it cannot be decrypted. */
      const readable = (stored: string, context: string): string | null => {
        try {
          return protector.decrypt(stored, context);
        } catch {
          unreadable += 1;
          return null;
        }
      };

      const rotateAccount = (account: AccountRecord): AccountPatch => {
        const patch: AccountPatch = {};
        for (const [field, context] of ACCOUNT_FIELDS) {
          const stored = account[field];
          if (!isStale(stored)) continue;
          const plaintext = readable(stored, context(account.id));
          if (plaintext === null) continue;
          patch[field] = protector.encrypt(plaintext, context(account.id));
          reencrypted += 1;
        }
        for (const [indexField, sourceField, domain, context] of ACCOUNT_INDEXES) {
          const stored = account[indexField];
          const source = account[sourceField];
          if (stored === null || source === null || protector.indexKeyIdOf(stored) === protector.activeIndexKeyId) continue;
          const plaintext = readable(source, context(account.id));
          if (plaintext === null) continue;
          // Values are stored normalized (that is what was indexed), so the new index matches lookups.
          patch[indexField] = protector.index(domain, plaintext);
          reindexed += 1;
        }
        return patch;
      };

      let done = 0;
      for (let after: string | null = null; ; ) {
        const page = await accounts.listPage(after, batchSize);
        const last = page.at(-1);
        if (!last) break;
        after = last.id;
        await unitOfWork.run(async () => {
          const counts = { reencrypted, reindexed };
          for (const account of page) {
            const patch = rotateAccount(account);
            if (Object.keys(patch).length > 0) await accounts.update(account.id, patch);
          }
          await deps.audit.record(actor, 'keys.rotate_batch', { type: 'accounts', id: `${page[0]?.id ?? ''}..${last.id}` }, null, {
            reencrypted: reencrypted - counts.reencrypted,
            reindexed: reindexed - counts.reindexed,
          });
        });
        done += page.length;
        await options.onBatch?.(done);
      }

      await unitOfWork.run(async () => {
        for (const message of await outbox.listAll()) {
          if (!isStale(message.recipient_enc) && !isStale(message.params_enc)) continue;
          const rewrap = (stored: string | null, context: string): string | null => {
            if (!isStale(stored)) return stored;
            const plaintext = readable(stored, context);
            if (plaintext === null) return stored;
            reencrypted += 1;
            return protector.encrypt(plaintext, context);
          };
          const recipientEnc = rewrap(message.recipient_enc, FIELD_CONTEXT.outboxRecipient(message.id)) ?? message.recipient_enc;
          const paramsEnc = rewrap(message.params_enc, FIELD_CONTEXT.outboxParams(message.id));
          await outbox.replaceCiphertexts(message.id, { recipientEnc, paramsEnc });
        }
      });
      const [after, indexAfter] = [await usage(), await indexUsage()];
      await deps.audit.record(
        actor,
        'keys.rotate',
        { type: 'data_key', id: `${protector.activeKeyId}+${protector.activeIndexKeyId}` },
        { data: before, index: indexBefore },
        { data: after, index: indexAfter },
      );
      return {
        active_key: protector.activeKeyId,
        reencrypted,
        unreadable,
        before,
        after,
        active_index_key: protector.activeIndexKeyId,
        reindexed,
        index_before: indexBefore,
        index_after: indexAfter,
      };
    },
  };
}
