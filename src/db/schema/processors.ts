import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';

/** A personal-information processor (个人信息处理者) whose declarations PISA keeps. */
export const processors = pgTable(
  'processors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    // The organisation whose members and API keys act for this processor; null until linked.
    organisation_id: uuid('organisation_id').references(() => organisations.id),
    created_at: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [index('processors_organisation').on(table.organisation_id)],
);
