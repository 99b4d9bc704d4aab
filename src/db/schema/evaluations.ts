import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Finding } from '../../core/rules/finding.js';
import type { Summary } from '../../core/rules/summary.js';
import type { PackVersion } from '../../services/ports.js';
import { declarationVersions } from './declaration-versions.js';
import { processors } from './processors.js';

/** A stored evaluation: findings of one declaration version under the packs (and versions) in force. */
export const evaluations = pgTable(
  'evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    processor_id: uuid('processor_id')
      .notNull()
      .references(() => processors.id, { onDelete: 'cascade' }),
    declaration_version_id: uuid('declaration_version_id')
      .notNull()
      .references(() => declarationVersions.id, { onDelete: 'cascade' }),
    as_of: date('as_of', { mode: 'string' }).notNull(),
    jurisdictions: text('jurisdictions').array().notNull(),
    packs: jsonb('packs').$type<PackVersion[]>().notNull(),
    findings: jsonb('findings').$type<Finding[]>().notNull(),
    summary: jsonb('summary').$type<Summary>().notNull(),
    created_at: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [index('evaluations_processor_created').on(table.processor_id, table.created_at)],
);
