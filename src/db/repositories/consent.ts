import { and, asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { encodeLogEntry } from '../../core/log/log-entry.js';
import type { ConsentEventRecord, ConsentStore, NewConsentRecord, ReceiptRecord } from '../../services/consent-ports.js';
import type { PisaDb } from '../client.js';
import { consentEvents, consentReceipts } from '../schema/consent.js';
import { logEntries } from '../schema/transparency-log.js';

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

/**
 * Log entries, receipts and events of a batch in ONE statement (data-modifying CTEs): atomic on
 * its own, one round trip, one parse. The rows travel as two JSON parameters read back with
 * json_to_recordset, so the statement's text is the same whatever the batch holds. With a VALUES
 * row per record (11 parameters each, 9 per event) a batch of 32 was a new statement of about 640
 * parameters to build, send, parse and plan, and a large batch had to be split under PostgreSQL's
 * 65,535-parameter limit: 15 % more time per consent in batches of 32, measured in-process on
 * PGlite (docs/benchmarks.md). Entry ids and event sequence numbers are drawn in record order.
 */
async function insertConsents(db: PisaDb, records: readonly NewConsentRecord[]): Promise<string[]> {
  const rows = records.map((r, ord) => ({
    ord,
    receipt_id: r.receiptId,
    processor_id: r.processorId,
    subject_index: r.subjectIndex,
    account_id: r.accountId,
    notice_hash: r.noticeHash,
    payload: r.payload,
    jws: r.jws,
    salt: r.salt,
    entry: logEntryHex(r.commitment),
    occurred_at: r.occurredAt.toISOString(),
  }));
  const events = records.flatMap((r, ord) =>
    r.events.map((e, k) => ({
      ord: ord * 65_536 + k,
      receipt_id: r.receiptId,
      processor_id: r.processorId,
      subject_index: r.subjectIndex,
      purpose_id: e.purposeId,
      action: e.action,
      method: e.method,
      actor_kind: e.actorKind,
      notice_hash: r.noticeHash,
      occurred_at: r.occurredAt.toISOString(),
    })),
  );
  const result = (await db.execute(sql`
    with v as (
      select nextval(pg_get_serial_sequence('log_entries', 'id')) as entry_id, x.*
      from (
        select * from json_to_recordset(${JSON.stringify(rows)}::json) as r(
          ord int, receipt_id text, processor_id uuid, subject_index text, account_id uuid, notice_hash text,
          payload jsonb, jws text, salt text, entry text, occurred_at timestamptz)
        order by ord
      ) as x
    ),
    entries as (insert into ${logEntries} (id, entry, kind) select entry_id, decode(entry, 'hex'), 'consent-receipt' from v),
    receipts as (
      insert into ${consentReceipts} (id, processor_id, subject_index, account_id, notice_hash, payload, jws, salt, log_entry_id, created_at)
      select receipt_id, processor_id, subject_index, account_id, notice_hash, payload, jws, salt, entry_id::text, occurred_at from v
    ),
    ev as (
      insert into ${consentEvents} (receipt_id, processor_id, subject_index, purpose_id, action, method, actor_kind, notice_hash, occurred_at)
      select receipt_id, processor_id, subject_index, purpose_id, action, method, actor_kind, notice_hash, occurred_at
      from json_to_recordset(${JSON.stringify(events)}::json) as e(
        ord bigint, receipt_id text, processor_id uuid, subject_index text, purpose_id text, action text, method text, actor_kind text,
        notice_hash text, occurred_at timestamptz)
      order by ord
    )
    select entry_id from v order by ord`)) as { rows: { entry_id: string | number }[] };
  return result.rows.map((row) => String(row.entry_id));
}

const logEntryHex = (commitment: Uint8Array): string => {
  const bytes = encodeLogEntry({ kind: 'consent-receipt', commitment });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
};

export function createConsentStore(db: PisaDb): ConsentStore {
  return {
    async recordMany(records) {
      if (records.length === 0) return [];
      return insertConsents(db, records);
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
