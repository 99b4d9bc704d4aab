import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { registerKeys } from '../../src/cli/commands/keys.js';
import { runCli } from '../../src/cli/program.js';
import { parseKeyFile } from '../../src/core/crypto/keyring.js';
import { openDatabase } from '../../src/db/client.js';
import { createStores } from '../../src/db/stores.js';
import { readConfig } from '../../src/main/config.js';
import { newEnvironmentKeys, openKeyAdmin } from '../../src/main/key-admin.js';
import { loadKeys } from '../../src/main/keys.js';
import { createFieldProtector, FIELD_CONTEXT } from '../../src/services/field-protector.js';
import { createTestAccount, setupTestContext, TEST_PASSWORD } from '../http/helper.js';

const ctx = setupTestContext();
const MIGRATIONS = join(import.meta.dirname, '../../drizzle');

const EMAIL = 'zhang.xiaoming@example.cn';
const PHONE = '13712345678';
const NAME = '张小明';

async function everyTable(): Promise<string> {
  const tables = ['accounts', 'sessions', 'verification_codes', 'outbox', 'audit_log', 'invitations', 'memberships', 'api_keys', 'auth_throttles'];
  const dumps = await Promise.all(tables.map((t) => ctx().db.execute(sql.raw(`select * from ${t}`))));
  return JSON.stringify(dumps.map((d) => (d as unknown as { rows: unknown[] }).rows));
}

describe('personal information at rest', () => {
  it('is never stored in clear: email, mobile number, name, password, codes, tokens', async () => {
    await ctx().raw.inject({ method: 'POST', url: '/api/auth/register', payload: { email: EMAIL, password: TEST_PASSWORD, name: NAME } });
    await ctx().raw.inject({ method: 'POST', url: '/api/auth/register', payload: { phone: PHONE, password: TEST_PASSWORD, name: NAME } });
    await ctx().raw.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { identifier: EMAIL, password: 'a wrong password!!' } });
    await ctx().outbox.drain();
    const codes = ctx()
      .sent.map((m) => m.params['code'])
      .filter((c): c is string => c !== undefined);
    const dump = await everyTable();
    for (const secret of [EMAIL, 'zhang.xiaoming', PHONE, NAME, TEST_PASSWORD, ...codes]) expect(dump, secret).not.toContain(secret);
    expect(dump).toContain('pisa1.');
  });

  it('is found through the keyed blind index, not plaintext', async () => {
    const account = await createTestAccount(ctx(), { email: 'blind@example.com' });
    const index = ctx().protector.index('email', 'blind@example.com');
    expect((await ctx().stores.accounts.findByIndex(index))?.id).toBe(account.id);
    const raw = await ctx().db.execute(sql`select email_index from accounts where id = ${account.id}`);
    expect(JSON.stringify(raw)).not.toContain('blind');
  });

  it('cannot be moved from one account to another (the ciphertext is bound to its row)', async () => {
    const a = await createTestAccount(ctx(), { email: 'first@example.com' });
    const b = await createTestAccount(ctx(), { email: 'second@example.com' });
    const aRow = await ctx().stores.accounts.findById(a.id);
    expect(() => ctx().protector.decrypt(aRow?.email_enc ?? '', FIELD_CONTEXT.accountEmail(b.id))).toThrow();
  });
});

describe('the data key', () => {
  const root = mkdtempSync(join(tmpdir(), 'pisa-keys-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const config = readConfig({});

  it('is generated in the data folder on first start, readable by its owner only, and reused after', () => {
    const dataDir = join(root, 'first');
    const first = loadKeys(config, dataDir, false);
    expect(first.source).toEqual({ kind: 'file', path: join(dataDir, 'data-key.json'), created: true });
    expect(statSync(join(dataDir, 'data-key.json')).mode & 0o777).toBe(0o600);
    const second = loadKeys(config, dataDir, false);
    expect(second.source).toMatchObject({ created: false });
    expect(second.keyring.active.key.equals(first.keyring.active.key)).toBe(true);
  });

  it('comes from PISA_DATA_KEY and PISA_INDEX_KEY when set (both, or a configuration error naming the missing one)', () => {
    const { dataKey, indexKey } = newEnvironmentKeys();
    const fromEnv = loadKeys(readConfig({ PISA_DATA_KEY: dataKey, PISA_INDEX_KEY: indexKey }), join(root, 'env'), true);
    expect(fromEnv.source).toEqual({ kind: 'env' });
    expect(() => readConfig({ PISA_DATA_KEY: dataKey })).toThrow(/PISA_INDEX_KEY: is required with PISA_DATA_KEY/);
    expect(() => readConfig({ PISA_DATA_KEY: dataKey })).not.toThrow(new RegExp(dataKey.slice(4, 20)));
  });

  // Opens the embedded database in a folder three times (migrations each time): slow on a busy machine.
  it('rotates with `pisa keys rotate`: a new active key, every value re-encrypted, old values still readable', { timeout: 180_000 }, async () => {
    const dataDir = join(root, 'rotate');
    const keys = loadKeys(config, dataDir, false);
    const database = await openDatabase({ kind: 'pglite', dataDir, migrationsFolder: MIGRATIONS });
    const stores = createStores(database.db);
    const protector = createFieldProtector(keys.keyring);
    const account = await createTestAccount({ stores, protector }, { email: 'rotate.me@example.com', name: '轮换', totp: true });
    await database.close();

    let out = '';
    const collect = (text: string) => {
      out += text;
    };
    const run = (argv: string[]) =>
      runCli(argv, {
        stdout: collect,
        stderr: collect,
        today: () => '2026-11-27',
        version: '0.0.0-test',
        loadPacks: () => Promise.reject(new Error('not used')),
        register: (program, finish) =>
          registerKeys(
            program,
            { stdout: collect, stderr: collect, openKeyAdmin: (o) => openKeyAdmin(o, readConfig({})), newKeyMaterial: newEnvironmentKeys },
            finish,
          ),
      });
    expect(await run(['keys', 'status', '--data', dataDir])).toBe(0);
    expect(out).toContain('active key: k1');
    expect(out).toMatch(/k1: 3 value\(s\)/);
    expect(out).toContain('active index key: i1');
    expect(out).toMatch(/i1: 1 value\(s\)/);
    out = '';
    expect(await run(['keys', 'rotate', '--data', dataDir])).toBe(0);
    expect(out).toContain('added key k2 and index key i2');
    expect(out).toContain('re-encrypted 3 value(s) under k2');
    expect(out).toContain('re-indexed 1 blind index(es) under i2');

    const rotated = parseKeyFile(readFileSync(join(dataDir, 'data-key.json'), 'utf8'));
    expect(rotated.active.id).toBe('k2');
    const reopened = await openDatabase({ kind: 'pglite', dataDir, migrationsFolder: MIGRATIONS });
    const row = await createStores(reopened.db).accounts.findById(account.id);
    const after = createFieldProtector(rotated);
    expect(after.keyIdOf(row?.email_enc ?? '')).toBe('k2');
    expect(after.decrypt(row?.email_enc ?? '', FIELD_CONTEXT.accountEmail(account.id))).toBe('rotate.me@example.com');
    expect(after.decrypt(row?.name_enc ?? '', FIELD_CONTEXT.accountName(account.id))).toBe('轮换');
    // The blind index was re-computed under the new index key, and lookups find the account by it.
    expect(row?.email_index).toBe(after.index('email', 'rotate.me@example.com'));
    expect(after.indexKeyIdOf(row?.email_index ?? '')).toBe('i2');
    expect((await createStores(reopened.db).accounts.findByIndex(after.indexes('email', 'rotate.me@example.com')))?.id).toBe(account.id);
    const audit = await createStores(reopened.db).audit.list({ action: 'keys.rotate', limit: 5 });
    expect(audit).toHaveLength(1);
    await reopened.close();
    expect(statSync(join(dataDir, 'data-key.json')).mode & 0o777).toBe(0o600);
  });
});
