import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A personal-information processor (个人信息处理者) whose declarations PISA keeps. */
export const processors = pgTable('processors', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  created_at: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
});
