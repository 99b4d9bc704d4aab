import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { createStores } from '../../src/db/stores.js';
import { storeContracts } from './store-contracts.js';
import { MIGRATIONS_FOLDER } from './support.js';

const open = () => openDatabase({ kind: 'pglite', dataDir: 'memory://', migrationsFolder: MIGRATIONS_FOLDER });

storeContracts(open);

describe('PGlite in a data folder', () => {
  it('creates the folder and keeps the data across a reopen (migrations run once)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pisa-pglite-'));
    const dataDir = join(root, 'nested', 'data');
    try {
      const first = await openDatabase({ kind: 'pglite', dataDir, migrationsFolder: MIGRATIONS_FOLDER });
      await createStores(first.db).processors.create({ slug: 'kept', name: 'Kept', createdAt: new Date('2026-01-01T00:00:00.000Z') });
      await first.close();
      const second = await openDatabase({ kind: 'pglite', dataDir, migrationsFolder: MIGRATIONS_FOLDER });
      expect((await createStores(second.db).processors.findBySlug('kept'))?.name).toBe('Kept');
      await second.close();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('PGlite bytea codec (native hex instead of PGlite byte-by-byte)', () => {
  it('round-trips every byte value, empty values and views into larger buffers', async () => {
    const database = await open();
    try {
      const all = Uint8Array.from({ length: 256 }, (_, i) => i);
      const view = Uint8Array.of(0xff, 0xff, 1, 2, 0xfe, 0xff).subarray(2, 5);
      const result = (await database.db.execute(
        sql`select ${all}::bytea as a, ${new Uint8Array(0)}::bytea as e, ${view}::bytea as v, '\\x00ff'::bytea as literal, octet_length(${all}::bytea) as n`,
      )) as unknown as { rows: { a: Uint8Array; e: Uint8Array; v: Uint8Array; literal: Uint8Array; n: number }[] };
      const [row] = result.rows;
      expect(row?.a).toEqual(all);
      expect(row?.e).toEqual(new Uint8Array(0));
      expect(row?.v).toEqual(Uint8Array.of(1, 2, 0xfe));
      expect(row?.literal).toEqual(Uint8Array.of(0, 255));
      expect(row?.n).toBe(256);
      expect(row?.a).toBeInstanceOf(Uint8Array);
    } finally {
      await database.close();
    }
  });
});
