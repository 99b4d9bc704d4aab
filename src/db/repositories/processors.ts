import { asc, eq } from 'drizzle-orm';
import type { ProcessorRecord, ProcessorStore } from '../../services/ports.js';
import type { PisaDb } from '../client.js';
import { processors } from '../schema/processors.js';

type Row = typeof processors.$inferSelect;

const toRecord = (row: Row): ProcessorRecord => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  created_at: row.created_at.toISOString(),
});

export function createProcessorStore(db: PisaDb): ProcessorStore {
  return {
    async create({ slug, name, createdAt }) {
      // ON CONFLICT DO NOTHING: a taken slug returns no row instead of aborting with an error.
      const rows = await db.insert(processors).values({ slug, name, created_at: createdAt }).onConflictDoNothing({ target: processors.slug }).returning();
      const row = rows[0];
      return row ? toRecord(row) : null;
    },
    async list() {
      const rows = await db.select().from(processors).orderBy(asc(processors.slug));
      return rows.map(toRecord);
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
