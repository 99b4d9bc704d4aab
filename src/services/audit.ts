import { type ActorType, type AuditEntry, CHAIN_START, type ChainCursor, type ChainVerdict, checkChainSegment, stateHash } from '../core/audit/chain.js';
import type { AuditFilter, AuditStore } from './identity-ports.js';
import type { Clock } from './ports.js';

/** Who does something, under which role, in which request: every state-changing use case takes one. */
export type Actor = {
  readonly type: ActorType;
  readonly id: string | null;
  readonly role: string;
  readonly requestId: string | null;
};

/** PISA itself: the demo seed, key rotation, lockouts. */
export const systemActor = (requestId: string | null = null): Actor => ({ type: 'system', id: null, role: 'system', requestId });

export type AuditTarget = { readonly type: string; readonly id: string } | null;

export type AuditService = {
  /**
   * Appends an entry. `before` and `after` are the target's state (without personal
   * information: ids, statuses, hashes) and are stored only as SHA-256 of their canonical JSON.
   */
  record(actor: Actor, action: string, target: AuditTarget, before?: unknown, after?: unknown): Promise<AuditEntry>;
  list(filter: AuditFilter): Promise<AuditEntry[]>;
  /** Recomputes the whole chain from the first entry, page by page. */
  verify(): Promise<ChainVerdict>;
};

const VERIFY_PAGE = 1000;

export function createAuditService(deps: { store: AuditStore; clock: Clock }): AuditService {
  const { store, clock } = deps;
  return {
    record(actor, action, target, before = null, after = null) {
      return store.append({
        at: clock.now().toISOString(),
        actor_type: actor.type,
        actor_id: actor.id,
        role: actor.role,
        action,
        target_type: target?.type ?? null,
        target_id: target?.id ?? null,
        request_id: actor.requestId,
        before_hash: stateHash(before),
        after_hash: stateHash(after),
      });
    },
    list: (filter) => store.list(filter),
    async verify() {
      let cursor: ChainCursor = CHAIN_START;
      for (;;) {
        const page = await store.scan(cursor.seq, VERIFY_PAGE);
        if (page.length === 0) return { ok: true, entries: cursor.seq, head: cursor.hash };
        const result = checkChainSegment(cursor, page);
        if (!result.ok) return { ...result, entries: result.broken_at - 1 };
        cursor = result.cursor;
      }
    },
  };
}
