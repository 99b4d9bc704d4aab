import { and, count, desc, eq, gte, isNull, sql } from 'drizzle-orm';
import type { ThrottleStore, VerificationStore } from '../../services/identity-ports.js';
import type { PisaDb } from '../client.js';
import { authThrottles, verificationCodes } from '../schema/verification.js';

export function createVerificationStore(db: PisaDb): VerificationStore {
  return {
    async issue(input) {
      await db.transaction(async (tx) => {
        // Only the latest code works: older open ones are closed as it is issued.
        await tx
          .update(verificationCodes)
          .set({ consumed_at: input.createdAt })
          .where(and(eq(verificationCodes.account_id, input.accountId), eq(verificationCodes.channel, input.channel), isNull(verificationCodes.consumed_at)));
        await tx.insert(verificationCodes).values({
          account_id: input.accountId,
          channel: input.channel,
          code_hash: input.codeHash,
          created_at: input.createdAt,
          expires_at: input.expiresAt,
        });
      });
    },
    async findOpen(accountId, channel) {
      const rows = await db
        .select()
        .from(verificationCodes)
        .where(and(eq(verificationCodes.account_id, accountId), eq(verificationCodes.channel, channel), isNull(verificationCodes.consumed_at)))
        .orderBy(desc(verificationCodes.created_at))
        .limit(1);
      const row = rows[0];
      return row
        ? {
            id: row.id,
            account_id: row.account_id,
            channel: row.channel,
            code_hash: row.code_hash,
            attempts: row.attempts,
            expires_at: row.expires_at.toISOString(),
          }
        : null;
    },
    async countAttempt(id) {
      const rows = await db
        .update(verificationCodes)
        .set({ attempts: sql`${verificationCodes.attempts} + 1` })
        .where(eq(verificationCodes.id, id))
        .returning({ attempts: verificationCodes.attempts });
      return rows[0]?.attempts ?? Number.MAX_SAFE_INTEGER;
    },
    async consume(id, at) {
      await db.update(verificationCodes).set({ consumed_at: at }).where(eq(verificationCodes.id, id));
    },
    async countIssuedSince(accountId, since) {
      const rows = await db
        .select({ n: count() })
        .from(verificationCodes)
        .where(and(eq(verificationCodes.account_id, accountId), gte(verificationCodes.created_at, since)));
      return rows[0]?.n ?? 0;
    },
  };
}

export function createThrottleStore(db: PisaDb): ThrottleStore {
  const toState = (row: typeof authThrottles.$inferSelect) => ({
    failures: row.failures,
    window_started_at: row.window_started_at.toISOString(),
    locked_until: row.locked_until?.toISOString() ?? null,
  });
  return {
    async get(key) {
      const rows = await db.select().from(authThrottles).where(eq(authThrottles.key, key));
      return rows[0] ? toState(rows[0]) : null;
    },
    async recordFailure(key, at, windowStart) {
      // One statement, so concurrent failures each count: a window older than windowStart restarts at 1.
      const rows = await db
        .insert(authThrottles)
        .values({ key, failures: 1, window_started_at: at })
        .onConflictDoUpdate({
          target: authThrottles.key,
          set: {
            failures: sql`case when ${authThrottles.window_started_at} < ${windowStart} then 1 else ${authThrottles.failures} + 1 end`,
            window_started_at: sql`case when ${authThrottles.window_started_at} < ${windowStart} then ${at} else ${authThrottles.window_started_at} end`,
          },
        })
        .returning();
      const row = rows[0];
      if (!row) throw new Error('INSERT ... RETURNING gave no row');
      return toState(row);
    },
    async lockUntil(key, until) {
      await db.update(authThrottles).set({ locked_until: until }).where(eq(authThrottles.key, key));
    },
    async clear(key) {
      await db.delete(authThrottles).where(eq(authThrottles.key, key));
    },
  };
}
