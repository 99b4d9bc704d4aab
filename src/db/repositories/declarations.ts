import { and, asc, desc, eq } from 'drizzle-orm';
import type { DeclarationStore, DeclarationVersionRecord, DeclarationVersionSummary } from '../../services/ports.js';
import type { PisaDb } from '../client.js';
import { declarationVersions } from '../schema/declaration-versions.js';
import { processors } from '../schema/processors.js';

type Row = typeof declarationVersions.$inferSelect;

const SUMMARY_COLUMNS = {
  id: declarationVersions.id,
  processor_id: declarationVersions.processor_id,
  version: declarationVersions.version,
  source_format: declarationVersions.source_format,
  content_hash: declarationVersions.content_hash,
  created_at: declarationVersions.created_at,
};

const toSummary = (row: Pick<Row, keyof typeof SUMMARY_COLUMNS>): DeclarationVersionSummary => ({
  id: row.id,
  processor_id: row.processor_id,
  version: row.version,
  source_format: row.source_format,
  content_hash: row.content_hash,
  created_at: row.created_at.toISOString(),
});

const toRecord = (row: Row): DeclarationVersionRecord => ({
  ...toSummary(row),
  source_text: row.source_text,
  declaration: row.declaration,
});

export function createDeclarationStore(db: PisaDb): DeclarationStore {
  const findOne = async (processorId: string, order: 'latest' | number): Promise<DeclarationVersionRecord | null> => {
    const byProcessor = eq(declarationVersions.processor_id, processorId);
    const rows =
      order === 'latest'
        ? await db.select().from(declarationVersions).where(byProcessor).orderBy(desc(declarationVersions.version)).limit(1)
        : await db
            .select()
            .from(declarationVersions)
            .where(and(byProcessor, eq(declarationVersions.version, order)));
    return rows[0] ? toRecord(rows[0]) : null;
  };

  return {
    append(input) {
      return db.transaction(async (tx) => {
        // Locking the processor row serializes concurrent appends for it: the second waits
        // here until the first commits, then sees its version and takes the next number.
        const locked = await tx.select({ id: processors.id }).from(processors).where(eq(processors.id, input.processorId)).for('update');
        if (locked.length === 0) return null;
        const latest = await tx
          .select({ version: declarationVersions.version, content_hash: declarationVersions.content_hash })
          .from(declarationVersions)
          .where(eq(declarationVersions.processor_id, input.processorId))
          .orderBy(desc(declarationVersions.version))
          .limit(1);
        const previous = latest[0];
        const inserted = await tx
          .insert(declarationVersions)
          .values({
            processor_id: input.processorId,
            version: (previous?.version ?? 0) + 1,
            source_text: input.sourceText,
            source_format: input.sourceFormat,
            declaration: input.declaration,
            content_hash: input.contentHash,
            created_at: input.createdAt,
          })
          .returning();
        const row = inserted[0];
        if (!row) throw new Error('INSERT ... RETURNING gave no row');
        return { record: toRecord(row), previousHash: previous?.content_hash ?? null };
      });
    },
    async list(processorId) {
      const rows = await db
        .select(SUMMARY_COLUMNS)
        .from(declarationVersions)
        .where(eq(declarationVersions.processor_id, processorId))
        .orderBy(asc(declarationVersions.version));
      return rows.map(toSummary);
    },
    find: (processorId, version) => findOne(processorId, version),
    findLatest: (processorId) => findOne(processorId, 'latest'),
  };
}
