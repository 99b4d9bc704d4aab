import { describe, expect, it } from 'vitest';
import { type ApiKeyService, createApiKeyService } from './api-keys.js';
import { systemActor } from './audit.js';
import type { ApiKeyRecord, ApiKeyStore } from './identity-ports.js';
import { IMMEDIATE_UNIT_OF_WORK } from './unit-of-work.js';

type Row = { -readonly [K in keyof ApiKeyRecord]: ApiKeyRecord[K] } & { key_hash: string };

/** An in-memory key store that counts lookups, so the cache's effect is visible. */
function memoryStore() {
  const rows: Row[] = [];
  const calls = { findByHash: 0, markUsed: 0 };
  const store: ApiKeyStore = {
    create: async (input) => {
      const row: Row = {
        id: `key-${rows.length + 1}`,
        organisation_id: input.organisationId,
        name: input.name,
        prefix: input.prefix,
        key_hash: input.keyHash,
        scopes: input.scopes,
        created_by: input.createdBy,
        created_at: input.createdAt.toISOString(),
        last_used_at: null,
        revoked_at: null,
      };
      rows.push(row);
      return row;
    },
    findByHash: async (hash) => {
      calls.findByHash += 1;
      const row = rows.find((r) => r.key_hash === hash);
      return row ? { ...row } : null;
    },
    findById: async (id) => rows.find((r) => r.id === id) ?? null,
    listForOrganisation: async (organisationId) => rows.filter((r) => r.organisation_id === organisationId),
    revoke: async (id, at) => {
      const row = rows.find((r) => r.id === id);
      if (!row) return null;
      row.revoked_at ??= at.toISOString();
      return { ...row };
    },
    markUsed: async (id, at) => {
      calls.markUsed += 1;
      const row = rows.find((r) => r.id === id);
      if (row) row.last_used_at = at.toISOString();
    },
  };
  return { store, calls };
}

function setup(cacheMs: number) {
  let now = Date.parse('2026-11-27T00:00:00.000Z');
  const { store, calls } = memoryStore();
  const service: ApiKeyService = createApiKeyService({
    store,
    audit: { record: async () => ({}) as never, list: async () => [], verify: async () => ({}) as never },
    unitOfWork: IMMEDIATE_UNIT_OF_WORK,
    clock: { now: () => new Date(now) },
    cacheMs,
  });
  return { service, calls, advance: (ms: number) => (now += ms) };
}

describe('API key authentication with a lookup cache', () => {
  it('asks the store once per cache period, and again after it', async () => {
    const { service, calls, advance } = setup(5_000);
    const { key } = await service.create('org-1', { name: 'server', scopes: ['consent:collect'] }, systemActor());
    for (let i = 0; i < 10; i++) expect(await service.authenticate(key)).toMatchObject({ organisation_id: 'org-1', scopes: ['consent:collect'] });
    expect(calls.findByHash).toBe(1);
    advance(5_001);
    await service.authenticate(key);
    expect(calls.findByHash).toBe(2);
  });

  it('refuses a revoked key at once in the process that revoked it', async () => {
    const { service } = setup(5_000);
    const created = await service.create('org-1', { name: 'server', scopes: ['consent:collect'] }, systemActor());
    expect(await service.authenticate(created.key)).not.toBeNull();
    await service.revoke(created.record.id, systemActor());
    expect(await service.authenticate(created.key)).toBeNull();
  });

  it('still records the last use about once a minute while cached', async () => {
    const { service, calls, advance } = setup(5_000);
    const { key } = await service.create('org-1', { name: 'server', scopes: ['consent:read'] }, systemActor());
    for (let second = 0; second < 180; second++) {
      await service.authenticate(key);
      advance(1_000);
    }
    expect(calls.markUsed).toBeGreaterThanOrEqual(3);
    expect(calls.markUsed).toBeLessThanOrEqual(4);
  });

  it('asks the store every time with the cache off, and never accepts an unknown key', async () => {
    const { service, calls } = setup(0);
    const { key } = await service.create('org-1', { name: 'server', scopes: ['consent:read'] }, systemActor());
    await service.authenticate(key);
    await service.authenticate(key);
    expect(calls.findByHash).toBe(2);
    expect(await service.authenticate(`pisa_${'A'.repeat(43)}`)).toBeNull();
  });
});
