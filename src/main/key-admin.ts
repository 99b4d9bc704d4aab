import { join } from 'node:path';
import type { KeyAdmin } from '../cli/commands/keys.js';
import { newKeyMaterial } from '../core/crypto/keyring.js';
import { openDatabase } from '../db/client.js';
import { createStores } from '../db/stores.js';
import { packageRoot } from '../io/package-root.js';
import { createAuditService, systemActor } from '../services/audit.js';
import { createFieldProtector } from '../services/field-protector.js';
import { createKeyRotationService } from '../services/key-rotation.js';
import { type Config, readConfig } from './config.js';
import { addKeyToFile, keyFilePath, loadKeys } from './keys.js';

/** Opens the keys and the database for `pisa keys` (no HTTP server). */
export async function openKeyAdmin(options: { data?: string | undefined }, config: Config = readConfig()): Promise<KeyAdmin> {
  const dataDir = options.data ?? config.PISA_DATA_DIR;
  if (dataDir.startsWith('memory://')) throw new Error('memory:// keeps no data and no keys: nothing to rotate');
  const usesPostgres = config.DATABASE_URL !== undefined;
  const describe = () => {
    const loaded = loadKeys(config, dataDir, usesPostgres);
    const source = loaded.source.kind === 'env' ? 'PISA_DATA_KEY' : loaded.source.kind === 'file' ? `key file ${loaded.source.path}` : 'memory';
    return { loaded, source };
  };
  let { loaded, source } = describe();
  const migrationsFolder = join(packageRoot(), 'drizzle');
  const database = await openDatabase(
    usesPostgres ? { kind: 'postgres', url: config.DATABASE_URL ?? '', migrationsFolder } : { kind: 'pglite', dataDir, migrationsFolder },
  );
  const stores = createStores(database.db);
  const clock = { now: () => new Date() };
  const serviceFor = () =>
    createKeyRotationService({
      accounts: stores.accounts,
      outbox: stores.outbox,
      protector: createFieldProtector(loaded.keyring),
      audit: createAuditService({ store: stores.audit, clock }),
    });
  return {
    get source() {
      return source;
    },
    get active() {
      return loaded.keyring.active.id;
    },
    get keyIds() {
      return [...loaded.keyring.keys.keys()];
    },
    usage: () => serviceFor().usage(),
    async rotate() {
      const added = loaded.source.kind === 'file' ? addKeyToFile(keyFilePath(config, dataDir)) : null;
      ({ loaded, source } = describe());
      return { added, report: await serviceFor().rotate(systemActor()) };
    },
    close: () => database.close(),
  };
}

/** Key material for the environment form: "k<date>:<base64>" and a base64 index key. */
export function newEnvironmentKeys(): { dataKey: string; indexKey: string } {
  const id = `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}`;
  return { dataKey: `${id}:${newKeyMaterial()}`, indexKey: newKeyMaterial() };
}
