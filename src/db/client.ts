import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { Client, Pool } from 'pg';
import { openMigratedPglite } from './pglite/open.js';
import { PgliteThreadClient } from './pglite/thread-client.js';
import { queueQueries } from './queued-queries.js';

export type DatabaseKind = 'pglite' | 'postgres';

export type DatabaseConfig = (
  | {
      readonly kind: 'pglite';
      /** A data folder (created when missing), or "memory://" for a throwaway in-memory database. */
      readonly dataDir: string;
      /**
       * Run PGlite in a worker thread (the server does): its WASM work then overlaps the main
       * thread's. Needs the compiled worker (dist/); in-process otherwise.
       */
      readonly thread?: boolean;
    }
  | { readonly kind: 'postgres'; readonly url: string }
) & {
  /** The drizzle/ folder of generated migrations; main finds it from the package root. */
  readonly migrationsFolder: string;
};

/** The query builder both drivers share; repositories are written against this alone. */
export type PisaDb = PgDatabase<PgQueryResultHKT>;

export type Database = {
  readonly kind: DatabaseKind;
  readonly db: PisaDb;
  close(): Promise<void>;
};

// Any constant works; it only has to be the same for every PISA instance sharing a database.
const MIGRATION_LOCK_KEY = 73_114_210;

async function openPgliteThread(dataDir: string, migrationsFolder: string): Promise<Database> {
  const client = await PgliteThreadClient.open({ dataDir, migrationsFolder });
  // Duck-typed: drizzle's PGlite driver calls query and transaction only.
  const db = drizzlePglite({ client: client as unknown as PGlite });
  return { kind: 'pglite', db, close: () => client.close() };
}

async function openPglite(dataDir: string, migrationsFolder: string): Promise<Database> {
  const client = await openMigratedPglite(dataDir, migrationsFolder);
  return { kind: 'pglite', db: drizzlePglite({ client }), close: () => client.close() };
}

/**
 * Migrates through one dedicated session holding an advisory lock, so that several instances
 * (or test runs) starting together against one database do not apply the same migration twice.
 */
async function migratePostgres(url: string, migrationsFolder: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrateNodePg(drizzleNodePg({ client }), { migrationsFolder });
  } finally {
    // Ending the session also releases the advisory lock.
    await client.end();
  }
}

/** How long an idle PostgreSQL connection is kept open. */
export const POOL_IDLE_MS = 5 * 60 * 1000;

async function openPostgres(url: string, migrationsFolder: string): Promise<Database> {
  await migratePostgres(url, migrationsFolder);
  // Idle connections stay for POOL_IDLE_MS (node-postgres closes them after 10 s): under steady
  // load the pool hands out its most recently used clients, so the others idled out and were
  // reconnected in the next burst, each new backend loading its catalogs first. At 500 consents/s
  // after a full-load run that stalled every request for 100-300 ms: p99 129-257 ms with 10 s,
  // 20-58 ms with 5 minutes (bench:consent's paced run, four runs each).
  const pool = new Pool({ connectionString: url, idleTimeoutMillis: POOL_IDLE_MS });
  // An idle client losing its connection emits 'error' on the pool, which would otherwise crash
  // the process; the next query that needs a connection reports the failure instead.
  pool.on('error', () => {});
  pool.on('connect', queueQueries);
  const db = drizzleNodePg({ client: pool });
  return { kind: 'postgres', db, close: () => pool.end() };
}

/**
 * The one place that picks the driver: PGlite (embedded, a folder or memory) or PostgreSQL
 * through node-postgres. Migrations run before the handle is returned.
 */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === 'postgres') return openPostgres(config.url, config.migrationsFolder);
  return config.thread === true ? openPgliteThread(config.dataDir, config.migrationsFolder) : openPglite(config.dataDir, config.migrationsFolder);
}

/** A trivial round trip, for health checks. */
export async function pingDatabase(db: PisaDb): Promise<void> {
  await db.execute(sql`select 1`);
}
