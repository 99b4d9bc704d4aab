import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { answer } from '../../src/db/pglite/answer.js';
import { openMigratedPglite } from '../../src/db/pglite/open.js';
import { PgliteThreadClient } from '../../src/db/pglite/thread-client.js';
import { createStores } from '../../src/db/stores.js';
import { storeContracts } from './store-contracts.js';
import { MIGRATIONS_FOLDER } from './support.js';

/** The driver error under drizzle's wrapper: what crossed the thread. */
async function causeOf(query: Promise<unknown>): Promise<unknown> {
  const error = await query.then(
    () => null,
    (failure: unknown) => failure,
  );
  return error instanceof Error ? error.cause : error;
}

// The same store suites as pglite.test.ts, with PGlite in a worker thread (as `pisa serve` runs it).
const open = () => openDatabase({ kind: 'pglite', dataDir: 'memory://', migrationsFolder: MIGRATIONS_FOLDER, thread: true });

storeContracts(open);

describe('PGlite in a worker thread', () => {
  it('reports database errors with their SQLSTATE code and keeps the data stored before them', async () => {
    const database = await open();
    try {
      await database.db.execute(sql`create table kept (id int primary key)`);
      await database.db.execute(sql`insert into kept values (1)`);
      expect(await causeOf(database.db.execute(sql`insert into kept values (1)`))).toMatchObject({ code: '23505', constraint: 'kept_pkey' });
      const rows = (await database.db.execute(sql`select count(*)::int as n from kept`)) as unknown as { rows: { n: number }[] };
      expect(rows.rows[0]?.n).toBe(1);
    } finally {
      await database.close();
    }
  });

  it('refuses a statement of a transaction when none is open (its BEGIN, sent ahead, failed) instead of running it alone', async () => {
    const client = await openMigratedPglite('memory://', MIGRATIONS_FOLDER);
    try {
      await client.exec('create table alone (n int)');
      const insert = { id: 1, kind: 'query', sql: 'insert into alone values (1)', params: [], rowMode: 'object', asText: [], inTransaction: true } as const;
      await expect(answer(client, insert)).rejects.toThrow(/did not begin/);
      await expect(answer(client, { id: 2, kind: 'exec', sql: 'insert into alone values (2)', inTransaction: true })).rejects.toThrow(/did not begin/);
      expect((await client.query('select count(*)::int as n from alone')).rows).toEqual([{ n: 0 }]);
      await client.exec('BEGIN');
      await answer(client, insert);
      await client.exec('COMMIT');
      expect((await client.query('select count(*)::int as n from alone')).rows).toEqual([{ n: 1 }]);
    } finally {
      await client.close();
    }
  });

  it('holds other statements back while a transaction is open, and rolls back a failed one whole', async () => {
    const database = await open();
    try {
      await database.db.execute(sql`create table seen (n int)`);
      const order: string[] = [];
      let outside: Promise<unknown> = Promise.resolve();
      const inside = database.db.transaction(async (tx) => {
        await tx.execute(sql`insert into seen values (1)`);
        // Issued while the transaction is open: it must run after COMMIT, not inside it.
        outside = database.db.execute(sql`select count(*)::int as n from seen`).then((r) => {
          order.push(`outside saw ${(r as unknown as { rows: { n: number }[] }).rows[0]?.n}`);
        });
        await tx.execute(sql`insert into seen values (2)`);
        order.push('inside done');
      });
      await inside;
      await outside;
      expect(order).toEqual(['inside done', 'outside saw 2']);
      const failed = database.db.transaction(async (tx) => {
        await tx.execute(sql`insert into seen values (3)`);
        await tx.execute(sql`select 1/0`);
      });
      expect(await causeOf(failed)).toMatchObject({ code: '22012', message: 'division by zero' });
      const rows = (await database.db.execute(sql`select count(*)::int as n from seen`)) as unknown as { rows: { n: number }[] };
      expect(rows.rows[0]?.n).toBe(2);
    } finally {
      await database.close();
    }
  });

  it('keeps a data folder across a reopen and refuses statements after close', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const root = mkdtempSync(join(tmpdir(), 'pisa-pglite-thread-'));
    try {
      const dataDir = join(root, 'data');
      const first = await openDatabase({ kind: 'pglite', dataDir, migrationsFolder: MIGRATIONS_FOLDER, thread: true });
      await createStores(first.db).processors.create({ slug: 'kept', name: 'Kept', createdAt: new Date('2026-01-01T00:00:00.000Z') });
      await first.close();
      expect(await causeOf(first.db.execute(sql`select 1`))).toMatchObject({ message: 'the database is closed' });
      const second = await openDatabase({ kind: 'pglite', dataDir, migrationsFolder: MIGRATIONS_FOLDER, thread: true });
      expect((await createStores(second.db).processors.findBySlug('kept'))?.name).toBe('Kept');
      await second.close();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('passes PostgreSQL text through for the types asked, and refuses parsers that would have to run here', async () => {
    const client = await PgliteThreadClient.open({ dataDir: 'memory://', migrationsFolder: MIGRATIONS_FOLDER });
    try {
      const asText = await client.query("select '2026-11-27 08:00:00+00'::timestamptz as t, 7 as n", [], { parsers: { 1184: (value) => value } });
      expect(asText.rows).toEqual([{ t: '2026-11-27 08:00:00+00', n: 7 }]);
      const parsed = await client.query("select '2026-11-27 08:00:00+00'::timestamptz as t");
      expect(parsed.rows).toEqual([{ t: new Date('2026-11-27T08:00:00.000Z') }]);
      await expect(client.query('select 1', [], { parsers: { 23: (value) => Number(value) * 2 } })).rejects.toThrow(/only pass-through parsers/);
    } finally {
      await client.close();
    }
  });
});
