import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Messages to send (verification codes, invitations), written in the same request that needs
 * them and delivered by the dispatcher through the configured transport. Recipient and content
 * are encrypted like any other personal information; the content is erased once sent.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey(),
    channel: text('channel', { enum: ['email', 'sms'] }).notNull(),
    recipient_enc: text('recipient_enc').notNull(),
    template: text('template').notNull(),
    params_enc: text('params_enc'),
    created_at: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    sent_at: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
    attempts: integer('attempts').notNull().default(0),
  },
  (table) => [index('outbox_unsent').on(table.sent_at, table.created_at)],
);
