import { bigint, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The audit trail: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE; see the
 * migration), each entry chained to the previous one by SHA-256 (src/core/audit/chain.ts).
 * The position is the primary key, so two writers can never both append entry n.
 */
export const auditLog = pgTable('audit_log', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  actor_type: text('actor_type', { enum: ['account', 'api_key', 'system'] }).notNull(),
  actor_id: text('actor_id'),
  role: text('role').notNull(),
  action: text('action').notNull(),
  target_type: text('target_type'),
  target_id: text('target_id'),
  request_id: text('request_id'),
  before_hash: text('before_hash'),
  after_hash: text('after_hash'),
  prev_hash: text('prev_hash').notNull(),
  hash: text('hash').notNull().unique(),
});
