import { and, count, eq, isNull } from 'drizzle-orm';
import type { RecoveryCodeStore } from '../../services/identity-ports.js';
import type { PisaDb } from '../client.js';
import { recoveryCodes } from '../schema/recovery-codes.js';

export function createRecoveryCodeStore(db: PisaDb): RecoveryCodeStore {
  return {
    async replace(accountId, codeHashes, createdAt) {
      await db.transaction(async (tx) => {
        // Regenerating invalidates every earlier code, used or not.
        await tx.delete(recoveryCodes).where(eq(recoveryCodes.account_id, accountId));
        if (codeHashes.length > 0)
          await tx.insert(recoveryCodes).values(codeHashes.map((code_hash) => ({ account_id: accountId, code_hash, created_at: createdAt })));
      });
    },
    async listUnused(accountId) {
      return db
        .select({ id: recoveryCodes.id, code_hash: recoveryCodes.code_hash })
        .from(recoveryCodes)
        .where(and(eq(recoveryCodes.account_id, accountId), isNull(recoveryCodes.used_at)));
    },
    async markUsed(id, at) {
      // One statement: of two concurrent uses of a code, only one sees used_at still null.
      const rows = await db
        .update(recoveryCodes)
        .set({ used_at: at })
        .where(and(eq(recoveryCodes.id, id), isNull(recoveryCodes.used_at)))
        .returning({ id: recoveryCodes.id });
      return rows.length === 1;
    },
    async countUnused(accountId) {
      const rows = await db
        .select({ n: count() })
        .from(recoveryCodes)
        .where(and(eq(recoveryCodes.account_id, accountId), isNull(recoveryCodes.used_at)));
      return rows[0]?.n ?? 0;
    },
    async deleteForAccount(accountId) {
      await db.delete(recoveryCodes).where(eq(recoveryCodes.account_id, accountId));
    },
  };
}
