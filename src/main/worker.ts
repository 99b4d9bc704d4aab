import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Outcome } from '../cli/outcome.js';
import { type Database, openDatabase } from '../db/client.js';
import { createStores } from '../db/stores.js';
import { packageRoot } from '../io/package-root.js';
import { createScanFiles } from '../io/scan/scan-files.js';
import { untilStopSignal } from '../io/stop-signals.js';
import { openPgBossQueue } from '../jobs/pg-boss-queue.js';
import type { ScanWorkQueue } from '../jobs/scan-jobs.js';
import { createAuditService } from '../services/audit.js';
import { createFieldProtector } from '../services/field-protector.js';
import { readConfig } from './config.js';
import { keyFilePath, loadKeys } from './keys.js';
import { createScanServiceFor, scanPlatformOptions } from './scan-wiring.js';

/**
 * `pisa worker`: works on the scan jobs of the PostgreSQL queue until SIGINT/SIGTERM, then
 * finishes the chunks it holds. It needs the server's database, data key (the chunks' partial
 * results are encrypted with it) and, at the same paths, the datasets and uploads folders.
 */
export async function runWorker(options: { concurrency: number; data?: string | undefined }, out: (text: string) => void): Promise<Outcome> {
  const config = readConfig();
  const url = config.DATABASE_URL;
  if (url === undefined)
    return {
      kind: 'bad-input',
      reason: 'pisa worker needs DATABASE_URL (a PostgreSQL database shared with pisa serve); the embedded database runs scans inside pisa serve',
      issues: [],
    };
  const dataDir = options.data ?? config.PISA_DATA_DIR;
  // A worker never makes keys of its own: partials it encrypted with another key could not be merged.
  if (config.PISA_DATA_KEY === undefined && !existsSync(keyFilePath(config, dataDir)))
    return {
      kind: 'bad-input',
      reason: `pisa worker needs the server's data key: set PISA_DATA_KEY and PISA_INDEX_KEY, or PISA_DATA_KEY_FILE (no key file at ${keyFilePath(config, dataDir)})`,
      issues: [],
    };
  const scanOptions = scanPlatformOptions(config, dataDir);
  const report = (error: unknown) => process.stderr.write(`pisa worker: ${error instanceof Error ? error.message : String(error)}\n`);
  let opened: { keys: ReturnType<typeof loadKeys>; database: Database; queue: ScanWorkQueue };
  let database: Database | null = null;
  try {
    const keys = loadKeys(config, dataDir, true);
    database = await openDatabase({ kind: 'postgres', url, migrationsFolder: join(packageRoot(), 'drizzle') });
    opened = { keys, database, queue: await openPgBossQueue({ url, pollingSeconds: 1, onError: report }) };
  } catch (error) {
    await database?.close();
    return { kind: 'bad-input', reason: `cannot start: ${error instanceof Error ? error.message : String(error)}`, issues: [] };
  }
  const { keys, queue } = opened;
  const stores = createStores(database.db);
  const clock = { now: () => new Date() };
  const scans = createScanServiceFor(stores, {
    protector: createFieldProtector(keys.keyring),
    audit: createAuditService({ store: stores.audit, clock }),
    clock,
    wiring: {
      files: createScanFiles({ datasetsDir: scanOptions.datasetsDir, uploadsDir: scanOptions.uploadsDir, offThread: true }),
      queue,
      settings: scanOptions.settings,
    },
  });
  await queue.work((job) => scans.runJob(job), options.concurrency);
  out(
    `pisa worker: scanning chunks from PostgreSQL, ${options.concurrency} at a time (datasets: ${scanOptions.datasetsDir}); Ctrl-C stops after the running chunks\n`,
  );
  await untilStopSignal();
  await queue.stop();
  await opened.database.close();
  return { kind: 'clean' };
}
