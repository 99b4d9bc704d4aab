import { and, asc, eq, ne } from 'drizzle-orm';
import type { SessionRecord, SessionStore } from '../../services/identity-ports.js';
import type { PisaDb } from '../client.js';
import { sessions } from '../schema/sessions.js';

type Row = typeof sessions.$inferSelect;

const toRecord = (row: Row): SessionRecord => ({
  id: row.id,
  account_id: row.account_id,
  stage: row.stage,
  mfa: row.mfa,
  created_at: row.created_at.toISOString(),
  last_seen_at: row.last_seen_at.toISOString(),
  expires_at: row.expires_at.toISOString(),
});

export function createSessionStore(db: PisaDb): SessionStore {
  return {
    async create(input) {
      const rows = await db
        .insert(sessions)
        .values({
          token_hash: input.tokenHash,
          account_id: input.accountId,
          stage: input.stage,
          mfa: input.mfa,
          created_at: input.createdAt,
          last_seen_at: input.createdAt,
          expires_at: input.expiresAt,
        })
        .returning();
      const row = rows[0];
      if (!row) throw new Error('INSERT ... RETURNING gave no row');
      return toRecord(row);
    },
    async findByTokenHash(tokenHash) {
      const rows = await db.select().from(sessions).where(eq(sessions.token_hash, tokenHash));
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async touch(id, at) {
      await db.update(sessions).set({ last_seen_at: at }).where(eq(sessions.id, id));
    },
    async delete(id) {
      const rows = await db.delete(sessions).where(eq(sessions.id, id)).returning({ id: sessions.id });
      return rows.length > 0;
    },
    async deleteForAccount(accountId, exceptId) {
      const byAccount = eq(sessions.account_id, accountId);
      const rows = await db
        .delete(sessions)
        .where(exceptId === undefined ? byAccount : and(byAccount, ne(sessions.id, exceptId)))
        .returning({ id: sessions.id });
      return rows.length;
    },
    async listForAccount(accountId) {
      const rows = await db.select().from(sessions).where(eq(sessions.account_id, accountId)).orderBy(asc(sessions.created_at));
      return rows.map(toRecord);
    },
  };
}
