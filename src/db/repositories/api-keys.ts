import { and, asc, eq, isNull } from 'drizzle-orm';
import type { ApiScope } from '../../core/auth/roles.js';
import type { ApiKeyRecord, ApiKeyStore } from '../../services/identity-ports.js';
import type { PisaDb } from '../client.js';
import { apiKeys } from '../schema/api-keys.js';

type Row = typeof apiKeys.$inferSelect;

const toRecord = (row: Row): ApiKeyRecord => ({
  id: row.id,
  organisation_id: row.organisation_id,
  name: row.name,
  prefix: row.prefix,
  scopes: row.scopes as ApiScope[],
  created_by: row.created_by,
  created_at: row.created_at.toISOString(),
  last_used_at: row.last_used_at?.toISOString() ?? null,
  revoked_at: row.revoked_at?.toISOString() ?? null,
});

export function createApiKeyStore(db: PisaDb): ApiKeyStore {
  return {
    async create(input) {
      const rows = await db
        .insert(apiKeys)
        .values({
          organisation_id: input.organisationId,
          name: input.name,
          prefix: input.prefix,
          key_hash: input.keyHash,
          scopes: [...input.scopes],
          created_by: input.createdBy,
          created_at: input.createdAt,
        })
        .returning();
      const row = rows[0];
      if (!row) throw new Error('INSERT ... RETURNING gave no row');
      return toRecord(row);
    },
    async findByHash(keyHash) {
      const rows = await db.select().from(apiKeys).where(eq(apiKeys.key_hash, keyHash));
      const row = rows[0];
      return row ? { ...toRecord(row), key_hash: row.key_hash } : null;
    },
    async findById(id) {
      const rows = await db.select().from(apiKeys).where(eq(apiKeys.id, id));
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async listForOrganisation(organisationId) {
      const rows = await db.select().from(apiKeys).where(eq(apiKeys.organisation_id, organisationId)).orderBy(asc(apiKeys.created_at), asc(apiKeys.id));
      return rows.map(toRecord);
    },
    async revoke(id, at) {
      await db
        .update(apiKeys)
        .set({ revoked_at: at })
        .where(and(eq(apiKeys.id, id), isNull(apiKeys.revoked_at)));
      const rows = await db.select().from(apiKeys).where(eq(apiKeys.id, id));
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async markUsed(id, at) {
      await db.update(apiKeys).set({ last_used_at: at }).where(eq(apiKeys.id, id));
    },
  };
}
