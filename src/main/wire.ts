import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Keyring } from '../core/crypto/keyring.js';
import type { CompiledPacks } from '../core/rules/compile.js';
import { openDatabase } from '../db/client.js';
import { createStores, type Stores } from '../db/stores.js';
import { type AppServices, buildApp, DEFAULT_SECURITY, type SecuritySettings } from '../http/app.js';
import type { LogSettings } from '../http/logging.js';
import { packageRoot } from '../io/package-root.js';
import { defaultRulesDir, loadCompiledPacks } from '../io/rule-packs.js';
import type { FieldProtector } from '../services/field-protector.js';
import type { KeyRotationService } from '../services/key-rotation.js';
import type { MessageTransport, Outbox } from '../services/outbox.js';
import type { Clock } from '../services/ports.js';
import type { SessionPolicy } from '../services/sessions.js';
import { loadCommonPasswords } from './common-passwords.js';
import { createServices } from './services.js';

export type Platform = {
  readonly app: FastifyInstance;
  readonly services: AppServices;
  readonly stores: Stores;
  readonly outbox: Outbox;
  readonly keyRotation: KeyRotationService;
  readonly protector: FieldProtector;
  readonly database: 'pglite' | 'postgres';
  close(): Promise<void>;
};

export type PlatformOptions = {
  /** A postgres:// URL, or null for the embedded database in `dataDir` ('memory://' for none on disk). */
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  readonly rulesDirs: readonly string[];
  readonly logLevel: string;
  readonly logStream?: LogSettings['stream'];
  readonly clock: Clock;
  readonly keyring: Keyring;
  readonly transport: MessageTransport;
  readonly security?: SecuritySettings;
  readonly sessionPolicy?: SessionPolicy;
  readonly onOutboxError?: (error: unknown) => void;
};

export function readVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** The composition root: packs, database, stores, services and the HTTP app, wired once. */
export async function createPlatform(options: PlatformOptions): Promise<Platform> {
  const root = packageRoot();
  const compiled: CompiledPacks = await loadCompiledPacks([defaultRulesDir(), ...options.rulesDirs]);
  const migrationsFolder = join(root, 'drizzle');
  const database = await openDatabase(
    options.databaseUrl === null
      ? { kind: 'pglite', dataDir: options.dataDir, migrationsFolder }
      : { kind: 'postgres', url: options.databaseUrl, migrationsFolder },
  );
  const stores = createStores(database.db);
  const bundle = createServices(stores, {
    compiled,
    clock: options.clock,
    keyring: options.keyring,
    transport: options.transport,
    commonPasswords: loadCommonPasswords(root),
    ...(options.sessionPolicy ? { sessionPolicy: options.sessionPolicy } : {}),
    ...(options.onOutboxError ? { onOutboxError: options.onOutboxError } : {}),
  });
  const app = buildApp({
    services: bundle.services,
    compiled,
    version: readVersion(),
    database: database.kind,
    logger: options.logLevel === 'silent' ? false : { level: options.logLevel, stream: options.logStream },
    webRoot: join(root, 'dist/web'),
    security: options.security ?? DEFAULT_SECURITY,
  });
  return {
    app,
    services: bundle.services,
    stores,
    outbox: bundle.outbox,
    keyRotation: bundle.keyRotation,
    protector: bundle.protector,
    database: database.kind,
    async close() {
      await app.close();
      await bundle.outbox.drain();
      await database.close();
    },
  };
}
