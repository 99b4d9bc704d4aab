import { bigint, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ACCOUNT_LANGUAGES } from '../../core/auth/preferences.js';

/**
 * A person's account. Contact data is stored only encrypted (AES-256-GCM, `*_enc`, key id inside
 * each value); lookups go through keyed blind indexes (HMAC-SHA-256, `*_index`), never plaintext.
 */
export const accounts = pgTable('accounts', {
  // Chosen by the service before inserting: the id is part of each encrypted field's context.
  id: uuid('id').primaryKey(),
  email_index: text('email_index').unique(),
  email_enc: text('email_enc'),
  phone_index: text('phone_index').unique(),
  phone_enc: text('phone_enc'),
  name_enc: text('name_enc'),
  // argon2id, PHC string format.
  password_hash: text('password_hash').notNull(),
  status: text('status', { enum: ['pending', 'active', 'disabled'] }).notNull(),
  verified_at: timestamp('verified_at', { withTimezone: true, mode: 'date' }),
  totp_secret_enc: text('totp_secret_enc'),
  // A secret shown at enrolment and not yet confirmed with a code.
  totp_pending_enc: text('totp_pending_enc'),
  totp_enabled_at: timestamp('totp_enabled_at', { withTimezone: true, mode: 'date' }),
  // The last TOTP time step accepted: codes at or before it are refused (no replay).
  totp_last_step: bigint('totp_last_step', { mode: 'number' }),
  // The web app's language for this person, applied at sign-in; null until they choose one.
  language: text('language', { enum: ACCOUNT_LANGUAGES }),
  created_at: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
});
