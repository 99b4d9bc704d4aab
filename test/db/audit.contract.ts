import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type AuditEvent, GENESIS_HASH, verifyChain } from '../../src/core/audit/chain.js';
import { type OpenDatabase, setupDatabase } from './support.js';

const event = (action: string, at = '2026-11-27T12:00:00.123Z'): AuditEvent => ({
  at,
  actor_type: 'account',
  actor_id: '00000000-0000-4000-8000-000000000001',
  role: 'admin',
  action,
  target_type: 'processor',
  target_id: '00000000-0000-4000-8000-000000000002',
  request_id: 'req-1',
  before_hash: null,
  after_hash: 'a'.repeat(64),
});

/** The audit trail's store: append-only by trigger, chained, verifiable, on every backend. */
export function auditStoreContract(open: OpenDatabase): void {
  describe('AuditStore', () => {
    const opened = setupDatabase(open);
    const db = () => opened().database;

    it('chains each entry to the one before, and the chain verifies', async () => {
      const audit = opened().stores.audit;
      const first = await audit.append(event('contract.first'));
      const second = await audit.append(event('contract.second'));
      expect(second.seq).toBe(first.seq + 1);
      expect(second.prev_hash).toBe(first.hash);
      const all = await audit.scan(0, 100_000);
      if (all[0]?.seq === 1) expect(all[0].prev_hash).toBe(GENESIS_HASH);
      expect(verifyChain(all).ok).toBe(true);
    });

    it('gives concurrent appends distinct consecutive positions', async () => {
      const audit = opened().stores.audit;
      const entries = await Promise.all(Array.from({ length: 8 }, (_, i) => audit.append(event(`contract.concurrent_${i}`))));
      const seqs = entries.map((e) => e.seq).sort((x, y) => x - y);
      expect(new Set(seqs).size).toBe(8);
      expect(verifyChain(await audit.scan(0, 100_000)).ok).toBe(true);
    });

    it('refuses UPDATE, DELETE and TRUNCATE at the database, whoever asks', async () => {
      const audit = opened().stores.audit;
      const entry = await audit.append(event('contract.protected'));
      await expect(db().db.execute(sql`update audit_log set action = 'rewritten' where seq = ${entry.seq}`)).rejects.toThrow();
      await expect(db().db.execute(sql`delete from audit_log where seq = ${entry.seq}`)).rejects.toThrow();
      await expect(db().db.execute(sql`truncate audit_log`)).rejects.toThrow();
      const [kept] = await audit.list({ afterSeq: entry.seq - 1, limit: 1 });
      expect(kept?.action).toBe('contract.protected');
    });

    it('filters by action, actor, target and time, in order', async () => {
      const audit = opened().stores.audit;
      // A fresh action name: the PostgreSQL database is shared with earlier runs, whose entries stay.
      const action = `contract.filtered_${randomUUID().replaceAll('-', '')}`;
      await audit.append(event(action, '2030-01-01T00:00:00.000Z'));
      const found = await audit.list({ action, from: new Date('2029-12-31T00:00:00.000Z'), limit: 10 });
      expect(found.map((e) => e.action)).toEqual([action]);
      expect(found[0]?.at).toBe('2030-01-01T00:00:00.000Z');
    });
  });
}
