import type { Principal } from '../core/auth/principal.js';
import type { ApiScope } from '../core/auth/roles.js';
import { constantTimeEqual, sha256Hex } from '../core/crypto/hashing.js';
import { randomToken } from '../core/crypto/tokens.js';
import { PisaError } from '../core/errors/pisa-error.js';
import type { Actor, AuditService } from './audit.js';
import type { ApiKeyRecord, ApiKeyStore } from './identity-ports.js';
import type { Clock } from './ports.js';
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

export function createApiKeyService(deps: { store: ApiKeyStore; audit: AuditService; unitOfWork: UnitOfWork; clock: Clock }): ApiKeyService {
  const { store, audit, unitOfWork, clock } = deps;
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
      return unitOfWork.run(async () => {
        const after = await store.revoke(id, clock.now());
        if (!after) throw new PisaError('NOT_FOUND', { what: `API key "${id}"` });
        await audit.record(actor, 'api_key.revoke', { type: 'api_key', id }, keyState(before), keyState(after));
        return after;
      });
    },
    async authenticate(key) {
      if (!KEY_PATTERN.test(key)) return null;
      const hash = sha256Hex(key);
      const found = await store.findByHash(hash);
      // The lookup is by hash; the constant-time comparison is a second, explicit check.
      if (!found || !constantTimeEqual(found.key_hash, hash) || found.revoked_at !== null) return null;
      const now = clock.now();
      if (found.last_used_at === null || now.getTime() - Date.parse(found.last_used_at) > TOUCH_INTERVAL_MS) await store.markUsed(found.id, now);
      return { kind: 'api_key', key_id: found.id, organisation_id: found.organisation_id, scopes: found.scopes };
    },
  };
}
