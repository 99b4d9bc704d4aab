import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { byteaCodec } from './codec.js';

/** Opens PGlite (creating the data folder) with PISA's bytea codec and runs the migrations; closed again if they fail. */
export async function openMigratedPglite(dataDir: string, migrationsFolder: string): Promise<PGlite> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir, byteaCodec);
  try {
    await migrate(drizzle({ client }), { migrationsFolder });
  } catch (error) {
    await client.close();
    throw error;
  }
  return client;
}
