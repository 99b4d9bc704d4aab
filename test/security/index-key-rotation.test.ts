import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type KeyFile, newKeyMaterial, parseKeyFile, parseKeyringSpec } from '../../src/core/crypto/keyring.js';
import { openDatabase } from '../../src/db/client.js';
import { createStores } from '../../src/db/stores.js';
import { loadCommonPasswords } from '../../src/main/common-passwords.js';
import { readConfig } from '../../src/main/config.js';
import { openKeyAdmin } from '../../src/main/key-admin.js';
import { createServices } from '../../src/main/services.js';
import { createDevTransport } from '../../src/services/dev-transport.js';
import { createFieldProtector } from '../../src/services/field-protector.js';
import { CLOCK, createTestAccount, TEST_PASSWORD, testPacks } from '../http/helper.js';

// Data written before index keys had ids (bare-hex blind indexes under the key file's
// `index_key`, or a bare PISA_INDEX_KEY) rotates to a new, named index key, and the people in
// it can still sign in with their email address or mobile number afterwards.

const MIGRATIONS = join(import.meta.dirname, '../../drizzle');
// Each case opens the embedded database in a folder several times (migrations each time): slow on a busy machine.
const root = mkdtempSync(join(tmpdir(), 'pisa-index-keys-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function signInWorks(dataDir: string, keyring: ReturnType<typeof parseKeyFile>, identifier: string): Promise<boolean> {
  const database = await openDatabase({ kind: 'pglite', dataDir, migrationsFolder: MIGRATIONS });
  try {
    const { services } = createServices(createStores(database.db), {
      compiled: await testPacks(),
      clock: CLOCK,
      keyring,
      transport: createDevTransport(() => {}),
      commonPasswords: loadCommonPasswords(),
      argon2: { memoryCost: 4096, timeCost: 1, parallelism: 1 },
      autoDrain: false,
    });
    const issued = await services.sessions.signIn({ identifier, password: TEST_PASSWORD }, { address: null, requestId: null }, null);
    return issued.stage === 'full';
  } finally {
    await database.close();
  }
}

async function seed(dataDir: string, keyring: ReturnType<typeof parseKeyFile>, input: { email?: string; phone?: string }) {
  const database = await openDatabase({ kind: 'pglite', dataDir, migrationsFolder: MIGRATIONS });
  const stores = createStores(database.db);
  const protector = createFieldProtector(keyring);
  const account = await createTestAccount({ stores, protector }, input);
  const row = await stores.accounts.findById(account.id);
  await database.close();
  return row;
}

describe('rotating the blind-index key of data from before index key ids', () => {
  it('re-indexes bare-hex indexes of a key file under a new named key; sign-in works before and after', { timeout: 180_000 }, async () => {
    const dataDir = join(root, 'legacy-file');
    mkdirSync(dataDir, { recursive: true });
    const legacy: KeyFile = { version: 1, active: 'k1', keys: { k1: newKeyMaterial() }, index_key: newKeyMaterial() };
    writeFileSync(join(dataDir, 'data-key.json'), JSON.stringify(legacy), { mode: 0o600 });
    const before = parseKeyFile(JSON.stringify(legacy));
    const row = await seed(dataDir, before, { phone: '+8613912345678' });
    expect(row?.phone_index).toMatch(/^[0-9a-f]{64}$/);
    expect(await signInWorks(dataDir, before, '13912345678')).toBe(true);

    const admin = await openKeyAdmin({ data: dataDir }, readConfig({}));
    try {
      expect(admin.activeIndex).toBe('i0');
      expect(await admin.indexUsage()).toEqual({ i0: 1 });
      const { added, report } = await admin.rotate();
      expect(added).toEqual({ dataKey: 'k2', indexKey: 'i1' });
      expect(report.index_after).toEqual({ i1: 1 });
    } finally {
      await admin.close();
    }
    const rotated = parseKeyFile(readFileSync(join(dataDir, 'data-key.json'), 'utf8'));
    expect([...rotated.indexKeys.keys()]).toEqual(['i1', 'i0']);
    expect(await signInWorks(dataDir, rotated, '+86 139 1234 5678')).toBe(true);
  });

  it('re-indexes under the first key of PISA_INDEX_KEY when the keys come from the environment', { timeout: 180_000 }, async () => {
    const dataDir = join(root, 'legacy-env');
    const [dataKey, oldIndex, newIndex] = [newKeyMaterial(), newKeyMaterial(), newKeyMaterial()];
    const before = parseKeyringSpec(`k1:${dataKey}`, oldIndex);
    await seed(dataDir, before, { email: 'env.rotation@example.com' });
    const env = { PISA_DATA_KEY: `k1:${dataKey}`, PISA_INDEX_KEY: `i1:${newIndex},${oldIndex}` };
    const admin = await openKeyAdmin({ data: dataDir }, readConfig(env));
    try {
      const { added, report } = await admin.rotate();
      expect(added).toBeNull();
      expect(report.reindexed).toBe(1);
      expect(report.index_before).toEqual({ i0: 1 });
      expect(report.index_after).toEqual({ i1: 1 });
    } finally {
      await admin.close();
    }
    const after = parseKeyringSpec(`k1:${dataKey}`, `i1:${newIndex}`);
    expect(await signInWorks(dataDir, after, 'Env.Rotation@example.com')).toBe(true);
  });
});
