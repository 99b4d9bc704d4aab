import { and, asc, eq, gt, inArray, isNull, lt, or } from 'drizzle-orm';
import type { AccountRecord, AccountStore } from '../../services/identity-ports.js';
import type { PisaDb } from '../client.js';
import { accounts } from '../schema/accounts.js';

type Row = typeof accounts.$inferSelect;

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

const toRecord = (row: Row): AccountRecord => ({
  id: row.id,
  email_index: row.email_index,
  email_enc: row.email_enc,
  phone_index: row.phone_index,
  phone_enc: row.phone_enc,
  name_enc: row.name_enc,
  password_hash: row.password_hash,
  status: row.status,
  verified_at: iso(row.verified_at),
  totp_secret_enc: row.totp_secret_enc,
  totp_pending_enc: row.totp_pending_enc,
  totp_enabled_at: iso(row.totp_enabled_at),
  totp_last_step: row.totp_last_step,
  language: row.language,
  created_at: row.created_at.toISOString(),
});

export function createAccountStore(db: PisaDb): AccountStore {
  return {
    async create(input) {
      const rows = await db
        .insert(accounts)
        .values({
          id: input.id,
          email_index: input.email_index,
          email_enc: input.email_enc,
          phone_index: input.phone_index,
          phone_enc: input.phone_enc,
          name_enc: input.name_enc,
          password_hash: input.password_hash,
          status: input.status,
          verified_at: input.verifiedAt,
          created_at: input.createdAt,
        })
        // A taken email or phone index (or id) inserts nothing: the caller decides what that means.
        .onConflictDoNothing()
        .returning();
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async findById(id) {
      const rows = await db.select().from(accounts).where(eq(accounts.id, id));
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async findByIndex(index) {
      const indexes = typeof index === 'string' ? [index] : [...index];
      if (indexes.length === 0) return null;
      const rows = await db
        .select()
        .from(accounts)
        .where(or(inArray(accounts.email_index, indexes), inArray(accounts.phone_index, indexes)));
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async update(id, patch) {
      if (Object.keys(patch).length === 0) return;
      await db.update(accounts).set(patch).where(eq(accounts.id, id));
    },
    async claimTotpStep(id, step) {
      const rows = await db
        .update(accounts)
        .set({ totp_last_step: step })
        .where(and(eq(accounts.id, id), or(isNull(accounts.totp_last_step), lt(accounts.totp_last_step, step))))
        .returning({ id: accounts.id });
      return rows.length === 1;
    },
    async listAll() {
      const rows = await db.select().from(accounts).orderBy(asc(accounts.created_at), asc(accounts.id));
      return rows.map(toRecord);
    },
    async listPage(afterId, limit) {
      const query = db.select().from(accounts);
      const rows = await (afterId === null ? query : query.where(gt(accounts.id, afterId))).orderBy(asc(accounts.id)).limit(limit);
      return rows.map(toRecord);
    },
  };
}
