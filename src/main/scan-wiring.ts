import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Stores } from '../db/stores.js';
import { createScanFiles, uploadsDirOf } from '../io/scan/scan-files.js';
import { createInProcessQueue } from '../jobs/in-process-queue.js';
import { openPgBossQueue } from '../jobs/pg-boss-queue.js';
import type { ScanWorkQueue } from '../jobs/scan-jobs.js';
import type { AuditService } from '../services/audit.js';
import type { FieldProtector } from '../services/field-protector.js';
import type { Clock } from '../services/ports.js';
import type { ScanFiles, ScanQueue } from '../services/scan-ports.js';
import { createScanService, type ScanService, type ScanSettings } from '../services/scans.js';
import type { Config } from './config.js';

/** What server scans need beyond the stores: the files, the queue and the sizes. */
export type ScanWiring = { readonly files: ScanFiles; readonly queue: ScanQueue; readonly settings: ScanSettings };

export const MIB = 1024 * 1024;
export const DEFAULT_SCAN_SETTINGS: ScanSettings = { chunkBytes: 64 * MIB, uploadLimit: 256 * MIB };

/**
 * The datasets root and the uploads folder of a data folder; for `memory://` (nothing on disk)
 * a folder in the system's temporary directory, per process.
 */
export function scanFolders(dataDir: string, datasetsDir: string | undefined): { datasetsDir: string; uploadsDir: string } {
  const onDisk = dataDir.startsWith('memory://') ? join(tmpdir(), `pisa-${process.pid}`) : dataDir;
  return { datasetsDir: datasetsDir ?? join(onDisk, 'datasets'), uploadsDir: uploadsDirOf(onDisk) };
}

/** No datasets and a queue that keeps nothing: for wirings that never run scans (the CLI's key admin, most tests). */
export function idleScanWiring(): ScanWiring {
  const folders = scanFolders('memory://', join(tmpdir(), 'pisa-no-datasets'));
  return { files: createScanFiles({ ...folders, offThread: false }), queue: { enqueue: async () => {} }, settings: DEFAULT_SCAN_SETTINGS };
}

/** The scan service over the stores (shared by `pisa serve`, `pisa worker` and the tests). */
export function createScanServiceFor(
  stores: Stores,
  deps: { readonly protector: FieldProtector; readonly audit: Pick<AuditService, 'record'>; readonly clock: Clock; readonly wiring: ScanWiring },
): ScanService {
  return createScanService({
    scans: stores.scans,
    processors: stores.processors,
    declarations: stores.declarations,
    files: deps.wiring.files,
    queue: deps.wiring.queue,
    protector: deps.protector,
    audit: deps.audit,
    unitOfWork: stores.unitOfWork,
    clock: deps.clock,
    settings: deps.wiring.settings,
  });
}

/** Where scans run: folders, sizes, and how many scan jobs this process works on at once. */
export type ScanPlatformOptions = {
  readonly datasetsDir: string;
  readonly uploadsDir: string;
  readonly settings: ScanSettings;
  /** Jobs this process runs at once; 0 leaves them to `pisa worker` (PostgreSQL only: the embedded database runs at least 1). */
  readonly workers: number;
  /** Each chunk in a worker thread (built code); false runs chunks on the calling thread (tests from source). */
  readonly offThread: boolean;
};

/** The queue for the database in use: pg-boss on PostgreSQL, in-process on PGlite (ADR 0004). */
export async function openScanQueue(databaseUrl: string | null, onError: (error: unknown) => void): Promise<ScanWorkQueue> {
  return databaseUrl === null ? createInProcessQueue(onError) : openPgBossQueue({ url: databaseUrl, pollingSeconds: 1, onError });
}

/**
 * Starts this process's scan workers. On the embedded database the queue lives in memory, so
 * scans a restart interrupted are queued again first.
 */
export async function startScanWorkers(queue: ScanWorkQueue, scans: ScanService, workers: number, embedded: boolean): Promise<void> {
  const count = embedded ? Math.max(1, workers) : workers;
  if (count === 0) return;
  await queue.work((job) => scans.runJob(job), count);
  if (embedded) await scans.resume();
}

/** Server-scan options from the configuration (`pisa serve` and `pisa worker`). */
export function scanPlatformOptions(
  config: Pick<Config, 'PISA_DATASETS_DIR' | 'PISA_SCAN_WORKERS' | 'PISA_SCAN_CHUNK_MB' | 'PISA_SCAN_UPLOAD_MB'>,
  dataDir: string,
): ScanPlatformOptions {
  return {
    ...scanFolders(dataDir, config.PISA_DATASETS_DIR),
    settings: { chunkBytes: config.PISA_SCAN_CHUNK_MB * MIB, uploadLimit: config.PISA_SCAN_UPLOAD_MB * MIB },
    workers: config.PISA_SCAN_WORKERS,
    offThread: true,
  };
}
