import { bigserial, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { declarationVersions } from './declaration-versions.js';
import { processors } from './processors.js';

/**
 * Published notice versions: immutable and content-addressed (`content_hash` over the canonical
 * notice). Versions count 1, 2, 3 per processor; the notice body is stored as generated.
 */
export const notices = pgTable(
  'notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    processor_id: uuid('processor_id')
      .notNull()
      .references(() => processors.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    content_hash: text('content_hash').notNull(),
    declaration_version_id: uuid('declaration_version_id')
      .notNull()
      .references(() => declarationVersions.id),
    notice: jsonb('notice').notNull(),
    created_at: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  // Two processors may publish word-for-word the same notice: the hash is unique per processor.
  (table) => [
    unique('notices_processor_version').on(table.processor_id, table.version),
    unique('notices_processor_hash').on(table.processor_id, table.content_hash),
    index('notices_hash').on(table.content_hash),
  ],
);

/**
 * One receipt per consent transaction (a grant/refusal of several purposes, or a withdrawal):
 * the signed payload, the salt of its public commitment and the log entry that commits to it.
 * `subject_index` is a processor-scoped SHA-256 of the subject (services/consent-subject.ts): never
 * the raw identifier. It is not keyed because the raw id is not stored, so a key could never rotate.
 */
export const consentReceipts = pgTable(
  'consent_receipts',
  {
    id: text('id').primaryKey(),
    processor_id: uuid('processor_id')
      .notNull()
      .references(() => processors.id, { onDelete: 'cascade' }),
    subject_index: text('subject_index').notNull(),
    account_id: uuid('account_id'),
    notice_hash: text('notice_hash').notNull(),
    payload: jsonb('payload').notNull(),
    jws: text('jws').notNull(),
    salt: text('salt').notNull(),
    log_entry_id: text('log_entry_id').notNull(),
    created_at: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [index('consent_receipts_subject').on(table.processor_id, table.subject_index), index('consent_receipts_account').on(table.account_id)],
);

/** Every decision on one purpose (or separate-consent item), in order: the full history. */
export const consentEvents = pgTable(
  'consent_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    receipt_id: text('receipt_id')
      .notNull()
      .references(() => consentReceipts.id),
    processor_id: uuid('processor_id')
      .notNull()
      .references(() => processors.id, { onDelete: 'cascade' }),
    subject_index: text('subject_index').notNull(),
    purpose_id: text('purpose_id').notNull(),
    action: text('action', { enum: ['grant', 'refuse', 'withdraw'] }).notNull(),
    method: text('method', { enum: ['portal', 'api', 'widget', 'gpc'] }).notNull(),
    actor_kind: text('actor_kind', { enum: ['self', 'guardian', 'parent'] }).notNull(),
    notice_hash: text('notice_hash').notNull(),
    occurred_at: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [
    index('consent_events_subject').on(table.processor_id, table.subject_index, table.purpose_id, table.seq),
    index('consent_events_processor_time').on(table.processor_id, table.occurred_at),
  ],
);
