import { and, desc, eq } from 'drizzle-orm';
import type { EvaluationRecord, EvaluationStore } from '../../services/ports.js';
import type { PisaDb } from '../client.js';
import { declarationVersions } from '../schema/declaration-versions.js';
import { evaluations } from '../schema/evaluations.js';

type Row = typeof evaluations.$inferSelect;

const toRecord = (row: Row, version: number): EvaluationRecord => ({
  id: row.id,
  processor_id: row.processor_id,
  declaration_version_id: row.declaration_version_id,
  version,
  as_of: row.as_of,
  jurisdictions: row.jurisdictions,
  packs: row.packs,
  findings: row.findings,
  summary: row.summary,
  created_at: row.created_at.toISOString(),
});

export function createEvaluationStore(db: PisaDb): EvaluationStore {
  const selectWithVersion = () =>
    db
      .select({ evaluation: evaluations, version: declarationVersions.version })
      .from(evaluations)
      .innerJoin(declarationVersions, eq(declarationVersions.id, evaluations.declaration_version_id));

  return {
    add(input) {
      return db.transaction(async (tx) => {
        // The version must belong to the processor: evaluations never cross processors.
        const owned = await tx
          .select({ version: declarationVersions.version })
          .from(declarationVersions)
          .where(and(eq(declarationVersions.id, input.declarationVersionId), eq(declarationVersions.processor_id, input.processorId)));
        const version = owned[0]?.version;
        if (version === undefined) throw new Error(`declaration version ${input.declarationVersionId} does not belong to processor ${input.processorId}`);
        const inserted = await tx
          .insert(evaluations)
          .values({
            processor_id: input.processorId,
            declaration_version_id: input.declarationVersionId,
            as_of: input.asOf,
            jurisdictions: [...input.jurisdictions],
            packs: [...input.packs],
            findings: [...input.findings],
            summary: input.summary,
            created_at: input.createdAt,
          })
          .returning();
        const row = inserted[0];
        if (!row) throw new Error('INSERT ... RETURNING gave no row');
        return toRecord(row, version);
      });
    },
    async list(processorId) {
      const rows = await selectWithVersion().where(eq(evaluations.processor_id, processorId)).orderBy(desc(evaluations.created_at), desc(evaluations.id));
      return rows.map((r) => toRecord(r.evaluation, r.version));
    },
    async find(id) {
      const rows = await selectWithVersion().where(eq(evaluations.id, id));
      const row = rows[0];
      return row ? toRecord(row.evaluation, row.version) : null;
    },
  };
}
