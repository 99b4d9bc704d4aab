import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';

/** One-time codes that confirm an email address or mobile number; stored as a keyed hash. */
export const verificationCodes = pgTable(
  'verification_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    account_id: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    channel: text('channel', { enum: ['email', 'phone'] }).notNull(),
    code_hash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    created_at: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    expires_at: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    consumed_at: timestamp('consumed_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [index('verification_codes_account').on(table.account_id)],
);

/**
 * Failed sign-in attempts per key (a blind index of the identifier, or of the client address):
 * what lockout and back-off are computed from, shared by every instance using the database.
 */
export const authThrottles = pgTable('auth_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  window_started_at: timestamp('window_started_at', { withTimezone: true, mode: 'date' }).notNull(),
  locked_until: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
});
