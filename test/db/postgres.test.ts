import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { storeContracts } from './store-contracts.js';
import { MIGRATIONS_FOLDER } from './support.js';

// The same contract suites against PostgreSQL. CI must provide DATABASE_URL, so there a missing
// one fails the file; on a laptop without PostgreSQL the suites run against PGlite instead,
// with a warning, rather than being skipped (a skipped check would hide a broken adapter).
const url = process.env['DATABASE_URL'];
const isCi = Boolean(process.env['CI']);
const warnings: string[] = [];
process.on('warning', (warning) => warnings.push(warning.message));

if (url) {
  const open = () => openDatabase({ kind: 'postgres', url, migrationsFolder: MIGRATIONS_FOLDER });
  describe('PostgreSQL (DATABASE_URL)', () => {
    it('migrates safely when several instances open the database at once', async () => {
      const opened = await Promise.all([open(), open(), open()]);
      expect(opened.map((d) => d.kind)).toEqual(['postgres', 'postgres', 'postgres']);
      await Promise.all(opened.map((d) => d.close()));
    });
    it('keeps an idle connection past the 10 s node-postgres would close it after (no reconnect after a lull)', { timeout: 30_000 }, async () => {
      const database = await open();
      try {
        const backend = async () => ((await database.db.execute(sql`select pg_backend_pid() as pid`)) as { rows: { pid: number }[] }).rows[0]?.pid;
        const first = await backend();
        await new Promise((resolve) => setTimeout(resolve, 10_500));
        expect(await backend()).toBe(first);
      } finally {
        await database.close();
      }
    });
    storeContracts(open);
    it("runs statements sent together on one connection in order, without node-postgres's deprecated queue (pg 9 refuses it)", async () => {
      const database = await openDatabase({ kind: 'postgres', url, migrationsFolder: MIGRATIONS_FOLDER });
      try {
        const rows = (result: unknown) => (result as { rows: { n: number }[] }).rows;
        const answers = await database.db.transaction(async (tx) =>
          Promise.all([1, 2, 3, 4, 5].map((n) => tx.execute(sql`select ${n}::int as n, pg_sleep(${(5 - n) / 200})`))),
        );
        expect(answers.map((a) => rows(a)[0]?.n)).toEqual([1, 2, 3, 4, 5]);
        await expect(
          database.db.transaction(async (tx) => Promise.all([tx.execute(sql`select 1`), tx.execute(sql`select 1 / 0`), tx.execute(sql`select 3`)])),
        ).rejects.toThrow(/Failed query: select 1 \/ 0/);
        // The connection is usable afterwards (its queue did not stall on the failure).
        expect(rows(await database.db.execute(sql`select 7::int as n`))[0]?.n).toBe(7);
        // Node prints a deprecation once per process: none since this file started (the contract
        // suites above run the log sequencer, which sends its statements together too).
        await new Promise((resolve) => setImmediate(resolve));
        expect(warnings.filter((w) => w.includes('already executing a query'))).toEqual([]);
      } finally {
        await database.close();
      }
    });
  });
} else if (isCi) {
  describe('PostgreSQL', () => {
    it('needs DATABASE_URL in CI', () => {
      expect.fail('DATABASE_URL is not set: CI must provide a PostgreSQL database for test/db/postgres.test.ts');
    });
  });
} else {
  console.warn('test/db/postgres.test.ts: DATABASE_URL is not set; running the PostgreSQL suites against PGlite instead');
  describe('PostgreSQL stand-in: PGlite (DATABASE_URL unset)', () => {
    storeContracts(() => openDatabase({ kind: 'pglite', dataDir: 'memory://', migrationsFolder: MIGRATIONS_FOLDER }));
  });
}
