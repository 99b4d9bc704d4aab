import { and, asc, desc, eq, gt, gte, lte, type SQL, sql } from 'drizzle-orm';
import { type AuditEntry, chainNext } from '../../core/audit/chain.js';
import { fromHex } from '../../core/log/bytes.js';
import type { AuditStore } from '../../services/identity-ports.js';
import type { PisaDb } from '../client.js';
import { auditLog } from '../schema/audit-log.js';
import { enqueueLogEntry } from './transparency-log.js';

// Any constant works; appends from every PISA instance on one database take the same lock.
const AUDIT_LOCK_KEY = 73_114_211;

const toEntry = (row: typeof auditLog.$inferSelect): AuditEntry => ({
  seq: row.seq,
  at: row.at.toISOString(),
  actor_type: row.actor_type,
  actor_id: row.actor_id,
  role: row.role,
  action: row.action,
  target_type: row.target_type,
  target_id: row.target_id,
  request_id: row.request_id,
  before_hash: row.before_hash,
  after_hash: row.after_hash,
  prev_hash: row.prev_hash,
  hash: row.hash,
});

/** Append and read only: no update or delete exists here, and the database refuses them anyway. */
export function createAuditStore(db: PisaDb): AuditStore {
  return {
    append(event) {
      return db.transaction(async (tx) => {
        // Serializes appends: each reads the head and writes the next position under the lock.
        await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
        const head = (await tx.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1))[0] ?? null;
        // Millisecond ISO form, exactly what reading the row back gives, so the hash verifies.
        const entry = chainNext(head, { ...event, at: new Date(event.at).toISOString() });
        await tx.insert(auditLog).values({ ...entry, at: new Date(entry.at) });
        // Anchored in the public transparency log, in the same transaction: the chain's hashes
        // become publicly committed, so the trail cannot be rewritten unnoticed (docs/security.md).
        await enqueueLogEntry(tx, { kind: 'audit-entry', commitment: fromHex(entry.hash) as Uint8Array });
        return entry;
      });
    },
    async list(filter) {
      const conditions: SQL[] = [];
      if (filter.action !== undefined) conditions.push(eq(auditLog.action, filter.action));
      if (filter.actorId !== undefined) conditions.push(eq(auditLog.actor_id, filter.actorId));
      if (filter.targetId !== undefined) conditions.push(eq(auditLog.target_id, filter.targetId));
      if (filter.from !== undefined) conditions.push(gte(auditLog.at, filter.from));
      if (filter.to !== undefined) conditions.push(lte(auditLog.at, filter.to));
      if (filter.afterSeq !== undefined) conditions.push(gt(auditLog.seq, filter.afterSeq));
      const rows = await db
        .select()
        .from(auditLog)
        .where(and(...conditions))
        .orderBy(asc(auditLog.seq))
        .limit(filter.limit);
      return rows.map(toEntry);
    },
    async scan(afterSeq, limit) {
      const rows = await db.select().from(auditLog).where(gt(auditLog.seq, afterSeq)).orderBy(asc(auditLog.seq)).limit(limit);
      return rows.map(toEntry);
    },
  };
}
