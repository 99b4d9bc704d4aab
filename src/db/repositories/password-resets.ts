import { and, count, eq, gt, gte, isNull } from 'drizzle-orm';
import type { PasswordResetStore } from '../../services/identity-ports.js';
import type { PisaDb } from '../client.js';
import { passwordResets } from '../schema/password-resets.js';

export function createPasswordResetStore(db: PisaDb): PasswordResetStore {
  return {
    async issue(input) {
      await db.transaction(async (tx) => {
        // Only the latest token works: older open ones are closed as it is issued.
        await tx
          .update(passwordResets)
          .set({ used_at: input.createdAt })
          .where(and(eq(passwordResets.account_id, input.accountId), isNull(passwordResets.used_at)));
        await tx.insert(passwordResets).values({
          account_id: input.accountId,
          token_hash: input.tokenHash,
          created_at: input.createdAt,
          expires_at: input.expiresAt,
        });
      });
    },
    async consume(tokenHash, at) {
      // One statement: of two concurrent uses of a token, only one sees used_at still null.
      const rows = await db
        .update(passwordResets)
        .set({ used_at: at })
        .where(and(eq(passwordResets.token_hash, tokenHash), isNull(passwordResets.used_at), gt(passwordResets.expires_at, at)))
        .returning({ account_id: passwordResets.account_id });
      return rows[0]?.account_id ?? null;
    },
    async countIssuedSince(accountId, since) {
      const rows = await db
        .select({ n: count() })
        .from(passwordResets)
        .where(and(eq(passwordResets.account_id, accountId), gte(passwordResets.created_at, since)));
      return rows[0]?.n ?? 0;
    },
  };
}
