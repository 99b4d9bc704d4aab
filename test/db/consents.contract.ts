import { randomBytes, randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { encodeLogEntry } from '../../src/core/log/log-entry.js';
import { consentEvents, consentReceipts } from '../../src/db/schema/consent.js';
import { logEntries } from '../../src/db/schema/transparency-log.js';
import type { NewConsentEvent, NewConsentRecord } from '../../src/services/consent-ports.js';
import { createProcessor, type OpenDatabase, setupDatabase } from './support.js';

const AT = new Date('2026-11-27T08:00:00.000Z');

function record(
  processorId: string,
  events: readonly NewConsentEvent[] = [{ purposeId: 'newsletter', action: 'grant', method: 'widget', actorKind: 'self' }],
): NewConsentRecord {
  return {
    receiptId: `r-${randomUUID()}`,
    processorId,
    subjectIndex: randomBytes(16).toString('hex'),
    accountId: null,
    noticeHash: `sha256:${'a'.repeat(64)}`,
    payload: { schema: 'pisa-receipt/1', note: '说明 — notice' },
    jws: 'header.payload.signature',
    salt: 'A'.repeat(43),
    commitment: new Uint8Array(randomBytes(32)),
    occurredAt: AT,
    events,
  };
}

/** The consent store: a batch of receipts, their events and their log entries lands whole or not at all. */
export function consentStoreContract(open: OpenDatabase): void {
  describe('consent store', () => {
    const db = setupDatabase(open);

    it('stores a batch with one log entry per receipt, ids in record order, events and receipts readable', async () => {
      const { stores, database } = db();
      const processor = await createProcessor(stores, 'consents');
      const records = [
        record(processor.id),
        record(processor.id, [
          { purposeId: 'newsletter', action: 'refuse', method: 'api', actorKind: 'self' },
          { purposeId: 'sensitive:location', action: 'grant', method: 'api', actorKind: 'guardian' },
        ]),
        record(processor.id),
      ];
      const ids = await stores.consents.recordMany(records);
      expect(ids).toHaveLength(3);
      expect(ids.map(Number)).toEqual([...ids.map(Number)].sort((a, b) => a - b));
      const entries = await database.db
        .select({ id: logEntries.id, entry: logEntries.entry, seq: logEntries.seq })
        .from(logEntries)
        .where(inArray(logEntries.id, ids.map(Number)));
      const byId = new Map(entries.map((e) => [String(e.id), e]));
      records.forEach((r, i) => {
        const stored = byId.get(ids[i] as string);
        expect(stored?.seq).toBeNull();
        expect(stored?.entry).toEqual(encodeLogEntry({ kind: 'consent-receipt', commitment: r.commitment }));
      });
      const second = records[1] as NewConsentRecord;
      const receipt = await stores.consents.receipt(second.receiptId);
      expect(receipt).toMatchObject({
        id: second.receiptId,
        processor_id: processor.id,
        log_entry_id: ids[1],
        payload: second.payload,
        jws: second.jws,
        created_at: AT.toISOString(),
      });
      const events = await stores.consents.events(processor.id, second.subjectIndex);
      expect(events.map((e) => [e.purpose_id, e.action, e.method, e.actor_kind, e.receipt_id])).toEqual([
        ['newsletter', 'refuse', 'api', 'self', second.receiptId],
        ['sensitive:location', 'grant', 'api', 'guardian', second.receiptId],
      ]);
    });

    it('stores nothing of a batch when one record is refused (an existing receipt id)', async () => {
      const { stores, database } = db();
      const processor = await createProcessor(stores, 'consents-atomic');
      const first = record(processor.id);
      await stores.consents.recordMany([first]);
      const count = async () => {
        const result = (await database.db.execute(
          sql`select (select count(*) from ${logEntries})::int as entries, (select count(*) from ${consentReceipts})::int as receipts, (select count(*) from ${consentEvents})::int as events`,
        )) as unknown as { rows: { entries: number; receipts: number; events: number }[] };
        return result.rows[0];
      };
      const before = await count();
      const fresh = record(processor.id);
      await expect(stores.consents.recordMany([fresh, { ...record(processor.id), receiptId: first.receiptId }])).rejects.toThrow();
      expect(await count()).toEqual(before);
      expect(await stores.consents.receipt(fresh.receiptId)).toBeNull();
    });

    it('writes a large batch whole (once over 30,000 bind parameters) and keeps record and event order', async () => {
      const { stores } = db();
      const processor = await createProcessor(stores, 'consents-large');
      const many: NewConsentEvent[] = Array.from({ length: 120 }, (_, i) => ({ purposeId: `p${i}`, action: 'grant', method: 'api', actorKind: 'self' }));
      const records = Array.from({ length: 40 }, () => record(processor.id, many)); // 40 x 120 events
      const ids = await stores.consents.recordMany(records);
      expect(ids.map(Number)).toEqual([...ids.map(Number)].sort((a, b) => a - b));
      expect(new Set(ids).size).toBe(40);
      const last = records[39] as NewConsentRecord;
      expect((await stores.consents.receipt(last.receiptId))?.log_entry_id).toBe(ids[39]);
      const events = await stores.consents.events(processor.id, last.subjectIndex);
      expect(events.map((e) => e.purpose_id)).toEqual(many.map((e) => e.purposeId));
      // Events are numbered in record order across the batch.
      const firstSeq = (await stores.consents.events(processor.id, (records[0] as NewConsentRecord).subjectIndex)).at(-1)?.seq as number;
      expect(firstSeq).toBeLessThan((events[0] as { seq: number }).seq);
    });

    it('keeps every character of the text it stores (quotes, backslashes, newlines, non-ASCII)', async () => {
      const { stores } = db();
      const processor = await createProcessor(stores, 'consents-text');
      const tricky = 'a "quoted" \\ back\\slash\nnew line\ttab — 说明 😀 \u007f';
      const base = record(processor.id, [{ purposeId: `p "${tricky}"`, action: 'grant', method: 'api', actorKind: 'self' }]);
      const stored = {
        ...base,
        payload: { schema: 'pisa-receipt/1', note: tricky, nested: { list: [tricky, 1, true, null] } },
        jws: `h.${tricky}.s`,
        salt: tricky,
      };
      const account = randomUUID();
      const ofAccount = { ...record(processor.id), accountId: account };
      await stores.consents.recordMany([stored, ofAccount]);
      const receipt = await stores.consents.receipt(stored.receiptId);
      expect(receipt).toMatchObject({ payload: stored.payload, jws: stored.jws, salt: stored.salt, account_id: null });
      expect((await stores.consents.receiptsOfAccount(account, 10)).map((r) => r.id)).toEqual([ofAccount.receiptId]);
      const events = await stores.consents.events(processor.id, stored.subjectIndex);
      expect(events.map((e) => e.purpose_id)).toEqual([`p "${tricky}"`]);
    });
  });
}
