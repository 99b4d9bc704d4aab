import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type AuditEvent, verifyChain } from '../../src/core/audit/chain.js';
import { type OpenDatabase, setupDatabase, uniqueSlug } from './support.js';

const at = new Date('2026-11-27T12:00:00.000Z');
/** The action this suite's trigger refuses: appending it fails inside the database, as a real fault would. */
const REFUSED = 'contract.refused_by_trigger';

const event = (action: string, targetId: string): AuditEvent => ({
  at: at.toISOString(),
  actor_type: 'system',
  actor_id: null,
  role: 'system',
  action,
  target_type: 'processor',
  target_id: targetId,
  request_id: null,
  before_hash: null,
  after_hash: null,
});

/** Units of work: a use case's writes and its audit entry commit together, on every backend. */
export function unitOfWorkContract(open: OpenDatabase): void {
  describe('UnitOfWork', () => {
    const opened = setupDatabase(open);
    const stores = () => opened().stores;

    it('rolls back every write of the unit when the audit append fails in the database', async () => {
      const db = opened().database.db;
      // Idempotent: the PostgreSQL database is shared with earlier runs.
      await db.execute(sql`
        create or replace function pisa_contract_refuse_audit() returns trigger language plpgsql as $$
        begin
          raise exception 'refused by the contract suite';
        end;
        $$`);
      await db.execute(sql`drop trigger if exists pisa_contract_refuse_audit on audit_log`);
      await db.execute(
        sql.raw(
          `create trigger pisa_contract_refuse_audit before insert on audit_log for each row when (new.action = '${REFUSED}') execute function pisa_contract_refuse_audit()`,
        ),
      );
      const slug = uniqueSlug('uow-rollback');
      const effects: string[] = [];
      await expect(
        stores().unitOfWork.run(async () => {
          const created = await stores().processors.create({ slug, name: 'Rolled back', createdAt: at });
          stores().unitOfWork.afterCommit(() => effects.push('delivered'));
          await stores().audit.append(event(REFUSED, created?.id ?? ''));
        }),
      ).rejects.toThrow();
      expect(await stores().processors.findBySlug(slug)).toBeNull();
      expect(effects).toEqual([]);
    });

    it('commits the writes and the entry together, then runs what waited for the commit', async () => {
      const slug = uniqueSlug('uow-commit');
      const effects: string[] = [];
      const entry = await stores().unitOfWork.run(async () => {
        const created = await stores().processors.create({ slug, name: 'Committed', createdAt: at });
        stores().unitOfWork.afterCommit(() => effects.push('delivered'));
        expect(effects).toEqual([]);
        return stores().audit.append(event('contract.committed', created?.id ?? ''));
      });
      expect(effects).toEqual(['delivered']);
      expect((await stores().processors.findBySlug(slug))?.id).toBe(entry.target_id);
    });

    it('joins an enclosing unit instead of committing on its own', async () => {
      const slug = uniqueSlug('uow-nested');
      await expect(
        stores().unitOfWork.run(async () => {
          await stores().unitOfWork.run(async () => {
            await stores().processors.create({ slug, name: 'Inner', createdAt: at });
          });
          throw new Error('the outer unit fails after the inner one finished');
        }),
      ).rejects.toThrow('outer unit fails');
      expect(await stores().processors.findBySlug(slug)).toBeNull();
    });

    it('keeps the audit chain whole when units commit concurrently', async () => {
      const base = uniqueSlug('uow-chain');
      const entries = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          stores().unitOfWork.run(async () => {
            const created = await stores().processors.create({ slug: `${base}-${i}`, name: `Chain ${i}`, createdAt: at });
            return stores().audit.append(event('contract.concurrent_unit', created?.id ?? ''));
          }),
        ),
      );
      const seqs = entries.map((e) => e.seq).sort((a, b) => a - b);
      expect(new Set(seqs).size).toBe(10);
      expect(verifyChain(await stores().audit.scan(0, 1_000_000)).ok).toBe(true);
    });
  });
}
