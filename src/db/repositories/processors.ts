import { asc, eq, inArray } from 'drizzle-orm';
import type { ProcessorRecord, ProcessorStore } from '../../services/ports.js';
import type { PisaDb } from '../client.js';
import { processors } from '../schema/processors.js';

type Row = typeof processors.$inferSelect;

const toRecord = (row: Row): ProcessorRecord => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  organisation_id: row.organisation_id,
  created_at: row.created_at.toISOString(),
});

export function createProcessorStore(db: PisaDb): ProcessorStore {
  return {
    async create({ slug, name, organisationId, createdAt }) {
      // ON CONFLICT DO NOTHING: a taken slug returns no row instead of aborting with an error.
      const rows = await db
        .insert(processors)
        .values({ slug, name, organisation_id: organisationId ?? null, created_at: createdAt })
        .onConflictDoNothing({ target: processors.slug })
        .returning();
      const row = rows[0];
      return row ? toRecord(row) : null;
    },
    async list(filter = {}) {
      const ids = filter.organisationIds;
      if (ids !== undefined && ids.length === 0) return [];
      const query = db.select().from(processors);
      const rows = await (ids === undefined ? query : query.where(inArray(processors.organisation_id, [...ids]))).orderBy(asc(processors.slug));
      return rows.map(toRecord);
    },
    async setOrganisation(id, organisationId) {
      const rows = await db.update(processors).set({ organisation_id: organisationId }).where(eq(processors.id, id)).returning();
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async findById(id) {
      const rows = await db.select().from(processors).where(eq(processors.id, id));
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async findBySlug(slug) {
      const rows = await db.select().from(processors).where(eq(processors.slug, slug));
      return rows[0] ? toRecord(rows[0]) : null;
    },
  };
}
