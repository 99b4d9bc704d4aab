import type { Principal } from '../core/auth/principal.js';
import type { ApiScope } from '../core/auth/roles.js';
import { constantTimeEqual, sha256Hex } from '../core/crypto/hashing.js';
import { randomToken } from '../core/crypto/tokens.js';
import { PisaError } from '../core/errors/pisa-error.js';
import type { Actor, AuditService } from './audit.js';
import type { ApiKeyRecord, ApiKeyStore } from './identity-ports.js';
import type { Clock } from './ports.js';
import { createTtlCache } from './ttl-cache.js';
import type { UnitOfWork } from './unit-of-work.js';

/** "pisa_" and 256 random bits: recognisable in secret scanners, unguessable. */
const KEY_PATTERN = /^pisa_[A-Za-z0-9_-]{43}$/;
const PREFIX_LENGTH = 12;
const TOUCH_INTERVAL_MS = 60_000;

export type CreatedApiKey = { readonly record: ApiKeyRecord; readonly key: string };

export type ApiKeyService = {
  /** The key is in the result only: PISA keeps its SHA-256 and cannot show it again. */
  create(organisationId: string, input: { name: string; scopes: readonly ApiScope[] }, actor: Actor): Promise<CreatedApiKey>;
  list(organisationId: string): Promise<ApiKeyRecord[]>;
  revoke(id: string, actor: Actor): Promise<ApiKeyRecord>;
  /** The principal of a key from an Authorization header, or null when it is unknown or revoked. */
  authenticate(key: string): Promise<Extract<Principal, { kind: 'api_key' }> | null>;
};

const keyState = (r: ApiKeyRecord) => ({ id: r.id, organisation_id: r.organisation_id, scopes: r.scopes, revoked_at: r.revoked_at });

/**
 * `cacheMs`: how long a key's lookup is reused (every request of a processor's server carries its
 * key). A revocation takes effect at once in the process that made it and within `cacheMs` in
 * other processes sharing the database (docs/security.md).
 */
export function createApiKeyService(deps: { store: ApiKeyStore; audit: AuditService; unitOfWork: UnitOfWork; clock: Clock; cacheMs?: number }): ApiKeyService {
  const { store, audit, unitOfWork, clock } = deps;
  const known = createTtlCache<string, ApiKeyRecord & { readonly key_hash: string }>({
    ttlMs: deps.cacheMs ?? 0,
    maxEntries: 10_000,
    now: () => clock.now().getTime(),
  });
  return {
    async create(organisationId, { name, scopes }, actor) {
      const key = `pisa_${randomToken(32)}`;
      return unitOfWork.run(async () => {
        const record = await store.create({
          organisationId,
          name,
          prefix: key.slice(0, PREFIX_LENGTH),
          keyHash: sha256Hex(key),
          scopes: [...new Set(scopes)].sort(),
          createdBy: actor.type === 'account' ? actor.id : null,
          createdAt: clock.now(),
        });
        await audit.record(actor, 'api_key.create', { type: 'api_key', id: record.id }, null, keyState(record));
        return { record, key };
      });
    },
    list: (organisationId) => store.listForOrganisation(organisationId),
    async revoke(id, actor) {
      const before = await store.findById(id);
      if (!before) throw new PisaError('NOT_FOUND', { what: `API key "${id}"` });
      const revoked = await unitOfWork.run(async () => {
        const after = await store.revoke(id, clock.now());
        if (!after) throw new PisaError('NOT_FOUND', { what: `API key "${id}"` });
        await audit.record(actor, 'api_key.revoke', { type: 'api_key', id }, keyState(before), keyState(after));
        return after;
      });
      // After the commit: a lookup racing with the revocation may have cached the key just before.
      known.deleteWhere((record) => record.id === id);
      return revoked;
    },
    async authenticate(key) {
      if (!KEY_PATTERN.test(key)) return null;
      const hash = sha256Hex(key);
      const found = known.get(hash) ?? (await store.findByHash(hash));
      // The lookup is by hash; the constant-time comparison is a second, explicit check.
      if (!found || !constantTimeEqual(found.key_hash, hash) || found.revoked_at !== null) return null;
      const now = clock.now();
      let current = found;
      if (found.last_used_at === null || now.getTime() - Date.parse(found.last_used_at) > TOUCH_INTERVAL_MS) {
        await store.markUsed(found.id, now);
        current = { ...found, last_used_at: now.toISOString() };
      }
      known.set(hash, current);
      return { kind: 'api_key', key_id: found.id, organisation_id: found.organisation_id, scopes: found.scopes };
    },
  };
}
