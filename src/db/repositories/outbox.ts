import { asc, eq, isNull, sql } from 'drizzle-orm';
import type { OutboxRecord, OutboxStore } from '../../services/identity-ports.js';
import type { PisaDb } from '../client.js';
import { outbox } from '../schema/outbox.js';

const toRecord = (row: typeof outbox.$inferSelect): OutboxRecord => ({
  id: row.id,
  channel: row.channel,
  recipient_enc: row.recipient_enc,
  template: row.template,
  params_enc: row.params_enc,
  attempts: row.attempts,
  created_at: row.created_at.toISOString(),
});

export function createOutboxStore(db: PisaDb): OutboxStore {
  return {
    async enqueue(input) {
      await db.insert(outbox).values({
        id: input.id,
        channel: input.channel,
        recipient_enc: input.recipientEnc,
        template: input.template,
        params_enc: input.paramsEnc,
        created_at: input.createdAt,
      });
    },
    async pending(limit) {
      const rows = await db.select().from(outbox).where(isNull(outbox.sent_at)).orderBy(asc(outbox.created_at), asc(outbox.id)).limit(limit);
      return rows.map(toRecord);
    },
    async markSent(id, at) {
      await db.update(outbox).set({ sent_at: at, params_enc: null }).where(eq(outbox.id, id));
    },
    async markFailed(id) {
      await db
        .update(outbox)
        .set({ attempts: sql`${outbox.attempts} + 1` })
        .where(eq(outbox.id, id));
    },
    async listAll() {
      const rows = await db.select().from(outbox).orderBy(asc(outbox.created_at), asc(outbox.id));
      return rows.map(toRecord);
    },
    async replaceCiphertexts(id, { recipientEnc, paramsEnc }) {
      await db.update(outbox).set({ recipient_enc: recipientEnc, params_enc: paramsEnc }).where(eq(outbox.id, id));
    },
  };
}
