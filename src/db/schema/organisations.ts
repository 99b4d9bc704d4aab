import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from '../../core/auth/roles.js';
import { accounts } from './accounts.js';

/** A processor organisation: the company whose people (members) and servers (API keys) act for its processors. */
export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  created_at: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/** A role held by an account; one person may hold several. Organisation roles name their organisation. */
export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    account_id: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ROLES }).notNull(),
    organisation_id: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    created_at: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [
    unique('memberships_account_role_organisation').on(table.account_id, table.role, table.organisation_id).nullsNotDistinct(),
    index('memberships_organisation').on(table.organisation_id),
    check('memberships_organisation_roles', sql`(${table.role} in ('owner', 'privacy_officer', 'staff')) = (${table.organisation_id} is not null)`),
  ],
);

/**
 * An invitation to a role, sent to an email address or mobile number (kept only as its blind
 * index); accepted by the signed-in account holding that identifier with the token sent there.
 */
export const invitations = pgTable('invitations', {
  id: uuid('id').primaryKey().defaultRandom(),
  token_hash: text('token_hash').notNull().unique(),
  role: text('role', { enum: ROLES }).notNull(),
  organisation_id: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
  identifier_index: text('identifier_index').notNull(),
  created_by: uuid('created_by'),
  created_at: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  expires_at: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  accepted_by: uuid('accepted_by'),
  accepted_at: timestamp('accepted_at', { withTimezone: true, mode: 'date' }),
});
