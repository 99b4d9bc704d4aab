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
import { addKeysToFile, keyFilePath, loadKeys } from './keys.js';

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
      unitOfWork: stores.unitOfWork,
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
    get activeIndex() {
      return loaded.keyring.activeIndex.id;
    },
    get indexKeyIds() {
      return [...loaded.keyring.indexKeys.keys()];
    },
    usage: () => serviceFor().usage(),
    indexUsage: () => serviceFor().indexUsage(),
    async rotate() {
      const added = loaded.source.kind === 'file' ? addKeysToFile(keyFilePath(config, dataDir)) : null;
      ({ loaded, source } = describe());
      return { added, report: await serviceFor().rotate(systemActor()) };
    },
    close: () => database.close(),
  };
}

/** Key material for the environment form: "k<date>:<base64>" and "i<date>:<base64>". */
export function newEnvironmentKeys(): { dataKey: string; indexKey: string } {
  const date = new Date().toISOString().slice(0, 10).replaceAll('-', '');
  return { dataKey: `k${date}:${newKeyMaterial()}`, indexKey: `i${date}:${newKeyMaterial()}` };
}
