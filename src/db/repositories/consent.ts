import { and, asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { ConsentEventRecord, ConsentStore, ReceiptRecord } from '../../services/consent-ports.js';
import type { PisaDb } from '../client.js';
import { consentEvents, consentReceipts } from '../schema/consent.js';
import { enqueueLogEntries } from './transparency-log.js';

type EventRow = typeof consentEvents.$inferSelect;
type ReceiptRow = typeof consentReceipts.$inferSelect;

const toEvent = (row: EventRow): ConsentEventRecord => ({
  seq: row.seq,
  receipt_id: row.receipt_id,
  processor_id: row.processor_id,
  purpose_id: row.purpose_id,
  action: row.action,
  method: row.method,
  actor_kind: row.actor_kind,
  notice_hash: row.notice_hash,
  occurred_at: row.occurred_at.toISOString(),
});

const toReceipt = (row: ReceiptRow): ReceiptRecord => ({
  id: row.id,
  processor_id: row.processor_id,
  account_id: row.account_id,
  notice_hash: row.notice_hash,
  payload: row.payload,
  jws: row.jws,
  salt: row.salt,
  log_entry_id: row.log_entry_id,
  created_at: row.created_at.toISOString(),
});

export function createConsentStore(db: PisaDb): ConsentStore {
  return {
    async recordMany(records) {
      if (records.length === 0) return [];
      return db.transaction(async (tx) => {
        const entryIds = await enqueueLogEntries(
          tx,
          records.map((r) => ({ kind: 'consent-receipt' as const, commitment: r.commitment })),
        );
        await tx.insert(consentReceipts).values(
          records.map((r, i) => ({
            id: r.receiptId,
            processor_id: r.processorId,
            subject_index: r.subjectIndex,
            account_id: r.accountId,
            notice_hash: r.noticeHash,
            payload: r.payload,
            jws: r.jws,
            salt: r.salt,
            log_entry_id: entryIds[i] as string,
            created_at: r.occurredAt,
          })),
        );
        const events = records.flatMap((r) =>
          r.events.map((e) => ({
            receipt_id: r.receiptId,
            processor_id: r.processorId,
            subject_index: r.subjectIndex,
            purpose_id: e.purposeId,
            action: e.action,
            method: e.method,
            actor_kind: e.actorKind,
            notice_hash: r.noticeHash,
            occurred_at: r.occurredAt,
          })),
        );
        if (events.length > 0) await tx.insert(consentEvents).values(events);
        return entryIds;
      });
    },
    async events(processorId, subjectIndex, purposeId) {
      const bySubject = and(eq(consentEvents.processor_id, processorId), eq(consentEvents.subject_index, subjectIndex));
      const where = purposeId === undefined ? bySubject : and(bySubject, eq(consentEvents.purpose_id, purposeId));
      const rows = await db.select().from(consentEvents).where(where).orderBy(asc(consentEvents.seq));
      return rows.map(toEvent);
    },
    async receipt(id) {
      const rows = await db.select().from(consentReceipts).where(eq(consentReceipts.id, id));
      return rows[0] ? toReceipt(rows[0]) : null;
    },
    async receiptsOfAccount(accountId, limit) {
      const rows = await db
        .select()
        .from(consentReceipts)
        .where(eq(consentReceipts.account_id, accountId))
        .orderBy(desc(consentReceipts.created_at))
        .limit(limit);
      return rows.map(toReceipt);
    },
    async countByDay(processorId, from, to) {
      const day = sql<string>`to_char(${consentEvents.occurred_at} at time zone 'UTC', 'YYYY-MM-DD')`;
      const rows = await db
        .select({ day, purpose_id: consentEvents.purpose_id, action: consentEvents.action, count: sql<number>`count(*)::int` })
        .from(consentEvents)
        .where(and(eq(consentEvents.processor_id, processorId), gte(consentEvents.occurred_at, from), lt(consentEvents.occurred_at, to)))
        .groupBy(day, consentEvents.purpose_id, consentEvents.action)
        .orderBy(day, consentEvents.purpose_id, consentEvents.action);
      return rows.map((r) => ({ day: r.day, purpose_id: r.purpose_id, action: r.action, count: Number(r.count) }));
    },
  };
}
