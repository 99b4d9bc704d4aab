import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { CompiledPacks } from '../core/rules/compile.js';
import { openDatabase } from '../db/client.js';
import { createStores } from '../db/stores.js';
import { type AppServices, buildApp } from '../http/app.js';
import { packageRoot } from '../io/package-root.js';
import { defaultRulesDir, loadCompiledPacks } from '../io/rule-packs.js';
import { createCheckService } from '../services/check.js';
import { createDeclarationService } from '../services/declarations.js';
import { createEvaluationService } from '../services/evaluations.js';
import { createHealthService } from '../services/health.js';
import type { Clock } from '../services/ports.js';
import { createProcessorService } from '../services/processors.js';

export type Platform = {
  readonly app: FastifyInstance;
  readonly services: AppServices;
  readonly database: 'pglite' | 'postgres';
  close(): Promise<void>;
};

export type PlatformOptions = {
  /** A postgres:// URL, or null for the embedded database in `dataDir` ('memory://' for none on disk). */
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  readonly rulesDirs: readonly string[];
  readonly logLevel: string;
  readonly clock: Clock;
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
  const { clock } = options;
  const services: AppServices = {
    processors: createProcessorService({ processors: stores.processors, clock }),
    declarations: createDeclarationService({ processors: stores.processors, declarations: stores.declarations, clock }),
    evaluations: createEvaluationService({
      processors: stores.processors,
      declarations: stores.declarations,
      evaluations: stores.evaluations,
      compiled,
      clock,
    }),
    check: createCheckService({ compiled, clock }),
    health: createHealthService({ probe: stores.probe }),
  };
  const app = buildApp({
    services,
    compiled,
    version: readVersion(),
    database: database.kind,
    logger: options.logLevel === 'silent' ? false : { level: options.logLevel },
    webRoot: join(root, 'dist/web'),
  });
  return {
    app,
    services,
    database: database.kind,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
