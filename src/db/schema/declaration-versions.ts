import { integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { Declaration } from '../../core/declaration/schema.js';
import { processors } from './processors.js';

/**
 * Every imported declaration, never overwritten: versions count 1, 2, 3 per processor, and the
 * unique (processor_id, version) pair is the backstop if two imports ever raced past the row lock.
 */
export const declarationVersions = pgTable(
  'declaration_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    processor_id: uuid('processor_id')
      .notNull()
      .references(() => processors.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    // The text as uploaded, so the stored version can be shown and re-parsed exactly.
    source_text: text('source_text').notNull(),
    source_format: text('source_format', { enum: ['yaml', 'json'] }).notNull(),
    // The normalized declaration (defaults filled) that evaluations run on.
    declaration: jsonb('declaration').$type<Declaration>().notNull(),
    content_hash: text('content_hash').notNull(),
    created_at: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [unique('declaration_versions_processor_version').on(table.processor_id, table.version)],
);
