import { desc, eq } from 'drizzle-orm';
import type { NoticeRecord, NoticeStore, NoticeSummary } from '../../services/consent-ports.js';
import type { PisaDb } from '../client.js';
import { notices } from '../schema/consent.js';
import { processors } from '../schema/processors.js';

type Row = typeof notices.$inferSelect;

const SUMMARY_COLUMNS = {
  id: notices.id,
  processor_id: notices.processor_id,
  version: notices.version,
  content_hash: notices.content_hash,
  declaration_version_id: notices.declaration_version_id,
  created_at: notices.created_at,
};

const toSummary = (row: Pick<Row, keyof typeof SUMMARY_COLUMNS>): NoticeSummary => ({
  id: row.id,
  processor_id: row.processor_id,
  version: row.version,
  content_hash: row.content_hash,
  declaration_version_id: row.declaration_version_id,
  created_at: row.created_at.toISOString(),
});

const toRecord = (row: Row): NoticeRecord => ({ ...toSummary(row), notice: row.notice });

export function createNoticeStore(db: PisaDb): NoticeStore {
  return {
    publish(input) {
      return db.transaction(async (tx) => {
        // The processor row lock serializes publications: versions stay consecutive.
        const locked = await tx.select({ id: processors.id }).from(processors).where(eq(processors.id, input.processorId)).for('update');
        if (locked.length === 0) return null;
        const latest = await tx.select().from(notices).where(eq(notices.processor_id, input.processorId)).orderBy(desc(notices.version)).limit(1);
        const previous = latest[0] ? toRecord(latest[0]) : null;
        if (previous?.content_hash === input.contentHash) return { record: previous, created: false, previous };
        const inserted = await tx
          .insert(notices)
          .values({
            processor_id: input.processorId,
            version: (previous?.version ?? 0) + 1,
            content_hash: input.contentHash,
            declaration_version_id: input.declarationVersionId,
            notice: input.notice,
            created_at: input.createdAt,
          })
          .returning();
        const row = inserted[0];
        if (!row) throw new Error('INSERT ... RETURNING gave no row');
        return { record: toRecord(row), created: true, previous };
      });
    },
    async list(processorId) {
      const rows = await db.select(SUMMARY_COLUMNS).from(notices).where(eq(notices.processor_id, processorId)).orderBy(desc(notices.version));
      return rows.map(toSummary);
    },
    async latest(processorId) {
      const rows = await db.select().from(notices).where(eq(notices.processor_id, processorId)).orderBy(desc(notices.version)).limit(1);
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async findByHash(contentHash) {
      const rows = await db.select().from(notices).where(eq(notices.content_hash, contentHash)).limit(1);
      return rows[0] ? toRecord(rows[0]) : null;
    },
  };
}
