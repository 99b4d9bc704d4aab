import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';

/** API keys of processor organisations' servers: only the SHA-256 of each key is stored. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisation_id: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    // The first characters of the key, shown in lists so people can tell keys apart.
    prefix: text('prefix').notNull(),
    key_hash: text('key_hash').notNull().unique(),
    scopes: text('scopes').array().notNull(),
    // The account that created it; null when PISA itself did (demo seed).
    created_by: uuid('created_by'),
    created_at: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    last_used_at: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    revoked_at: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [index('api_keys_organisation').on(table.organisation_id)],
);
