import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Keyring } from '../core/crypto/keyring.js';
import { installNativeSha256 } from '../core/crypto/native-sha256.js';
import type { Signer } from '../core/log/note-keys.js';
import type { CompiledPacks } from '../core/rules/compile.js';
import { openDatabase } from '../db/client.js';
import { createStores, type Stores } from '../db/stores.js';
import { type AppServices, buildApp, DEFAULT_SECURITY, type SecuritySettings } from '../http/app.js';
import type { LogSettings } from '../http/logging.js';
import { packageRoot } from '../io/package-root.js';
import { defaultRulesDir, loadCompiledPacks } from '../io/rule-packs.js';
import { createScanFiles } from '../io/scan/scan-files.js';
import type { ScanWorkQueue } from '../jobs/scan-jobs.js';
import type { FieldProtector } from '../services/field-protector.js';
import type { KeyRotationService } from '../services/key-rotation.js';
import type { MessageTransport, Outbox } from '../services/outbox.js';
import type { Clock } from '../services/ports.js';
import type { SessionPolicy } from '../services/sessions.js';
import type { SequencerOptions } from '../services/transparency-log.js';
import { loadCommonPasswords } from './common-passwords.js';
import type { ReceiptKeys } from './receipt-keys.js';
import { openScanQueue, type ScanPlatformOptions, startScanWorkers } from './scan-wiring.js';
import { createServices } from './services.js';

export type Platform = {
  readonly app: FastifyInstance;
  readonly services: AppServices;
  readonly stores: Stores;
  readonly outbox: Outbox;
  readonly keyRotation: KeyRotationService;
  readonly protector: FieldProtector;
  readonly database: 'pglite' | 'postgres';
  /** The scan queue (null when scans are not wired). */
  readonly scanQueue: ScanWorkQueue | null;
  close(): Promise<void>;
};

export type PlatformOptions = {
  /** A postgres:// URL, or null for the embedded database in `dataDir` ('memory://' for none on disk). */
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  /** Run the embedded database in a worker thread (the server does; needs compiled code). */
  readonly databaseThread?: boolean;
  readonly rulesDirs: readonly string[];
  readonly logLevel: string;
  /** See ServiceOptions.authCacheMs. */
  readonly authCacheMs?: number;
  readonly logStream?: LogSettings['stream'];
  readonly clock: Clock;
  readonly keyring: Keyring;
  readonly transport: MessageTransport;
  readonly security?: SecuritySettings;
  readonly sessionPolicy?: SessionPolicy;
  readonly onOutboxError?: (error: unknown) => void;
  /** The transparency log's signing key and vkey (main/log-keys.ts); a throwaway key when absent. */
  readonly logKey?: { readonly signer: Signer; readonly vkey: string };
  /** The receipt-signing key (main/receipt-keys.ts); a throwaway key when absent. */
  readonly receiptKeys?: ReceiptKeys;
  /** Runs the log's background sequencer (pisa serve); close() stops it. */
  readonly sequencer?: SequencerOptions;
  /** Server scans; without it scans are recorded but never run. */
  readonly scans?: ScanPlatformOptions;
  readonly onScanError?: (error: unknown) => void;
};

export function readVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** The composition root: packs, database, stores, services and the HTTP app, wired once. */
export async function createPlatform(options: PlatformOptions): Promise<Platform> {
  // Receipt commitments and the sequencer's tree hash with node:crypto in the server.
  installNativeSha256();
  const root = packageRoot();
  const compiled: CompiledPacks = await loadCompiledPacks([defaultRulesDir(), ...options.rulesDirs]);
  const migrationsFolder = join(root, 'drizzle');
  const database = await openDatabase(
    options.databaseUrl === null
      ? { kind: 'pglite', dataDir: options.dataDir, migrationsFolder, thread: options.databaseThread === true }
      : { kind: 'postgres', url: options.databaseUrl, migrationsFolder },
  );
  const stores = createStores(database.db);
  const scanOptions = options.scans;
  const queue = scanOptions ? await openScanQueue(options.databaseUrl, options.onScanError ?? (() => {})) : null;
  const bundle = createServices(stores, {
    ...(scanOptions && queue
      ? {
          scans: {
            files: createScanFiles({ datasetsDir: scanOptions.datasetsDir, uploadsDir: scanOptions.uploadsDir, offThread: scanOptions.offThread }),
            queue,
            settings: scanOptions.settings,
          },
        }
      : {}),
    compiled,
    clock: options.clock,
    keyring: options.keyring,
    transport: options.transport,
    commonPasswords: loadCommonPasswords(root),
    authz: (options.security ?? DEFAULT_SECURITY).authz,
    ...(options.sessionPolicy ? { sessionPolicy: options.sessionPolicy } : {}),
    ...(options.onOutboxError ? { onOutboxError: options.onOutboxError } : {}),
    ...(options.logKey ? { logKey: options.logKey } : {}),
    ...(options.receiptKeys ? { receiptKeys: options.receiptKeys } : {}),
    ...(options.authCacheMs !== undefined ? { authCacheMs: options.authCacheMs } : {}),
  });
  const app = buildApp({
    services: bundle.services,
    compiled,
    version: readVersion(),
    database: database.kind,
    logger: options.logLevel === 'silent' ? false : { level: options.logLevel, stream: options.logStream },
    webRoot: join(root, 'dist/web'),
    widgetRoot: join(root, 'dist/widget'),
    security: options.security ?? DEFAULT_SECURITY,
  });
  const stopSequencer = options.sequencer ? bundle.services.transparencyLog.startSequencer(options.sequencer) : async () => {};
  if (scanOptions && queue) await startScanWorkers(queue, bundle.services.scans, scanOptions.workers, database.kind === 'pglite');
  return {
    app,
    services: bundle.services,
    stores,
    outbox: bundle.outbox,
    keyRotation: bundle.keyRotation,
    protector: bundle.protector,
    database: database.kind,
    scanQueue: queue,
    async close() {
      await app.close();
      // Consents accepted before close are stored before the database goes.
      await bundle.services.consents.drain();
      // A batch in flight commits (or not) before the database closes; pending entries wait for the next start.
      await stopSequencer();
      // Running scan jobs finish their chunk first (the queue keeps the rest for later).
      await queue?.stop();
      await bundle.outbox.drain();
      await database.close();
    },
  };
}
