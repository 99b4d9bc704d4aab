import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { parseDeclaration } from '../../src/core/declaration/parse.js';
import type { Declaration } from '../../src/core/declaration/schema.js';
import type { Database } from '../../src/db/client.js';
import { createStores, type Stores } from '../../src/db/stores.js';

export const MIGRATIONS_FOLDER = join(import.meta.dirname, '../../drizzle');

/** How a backend file hands a fresh database to the shared suites. */
export type OpenDatabase = () => Promise<Database>;

/**
 * A slug no other test (or earlier run against the same PostgreSQL) has used: the real database
 * is shared, so every test isolates its own rows by creating its own processors.
 */
export const uniqueSlug = (label: string): string => `${label}-${randomUUID().slice(0, 8)}`;

/** A valid, normalized declaration (defaults filled) as the store receives it. */
export function sampleDeclaration(name = 'Contract Co.'): Declaration {
  const parsed = parseDeclaration({
    processor: { name, jurisdictions: ['CN'] },
    activities: [{ id: 'signup', purpose: 'Create an account', legal_basis: 'contract', data: ['mobile_phone'], necessary: true }],
  });
  if (!parsed.ok) throw new Error(`sample declaration is invalid: ${JSON.stringify(parsed.issues)}`);
  return parsed.declaration;
}

/** Opens the database before the suite and closes it after; the getter is valid inside tests. */
export function setupStores(open: OpenDatabase): () => Stores {
  let database: Database | undefined;
  let stores: Stores | undefined;
  beforeAll(async () => {
    database = await open();
    stores = createStores(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });
  return () => {
    if (!stores) throw new Error('the database is not open yet');
    return stores;
  };
}

export async function createProcessor(stores: Stores, label: string) {
  const created = await stores.processors.create({ slug: uniqueSlug(label), name: `${label} Ltd.`, createdAt: new Date('2026-01-02T03:04:05.678Z') });
  if (!created) throw new Error('unique slug was taken');
  return created;
}

/** Like setupStores, for suites that also need the raw database (SQL the stores never issue). */
export function setupDatabase(open: OpenDatabase): () => { database: Database; stores: Stores } {
  let opened: { database: Database; stores: Stores } | undefined;
  beforeAll(async () => {
    const database = await open();
    opened = { database, stores: createStores(database.db) };
  });
  afterAll(async () => {
    await opened?.database.close();
  });
  return () => {
    if (!opened) throw new Error('the database is not open yet');
    return opened;
  };
}
