import { sha256Hex } from '../crypto/hashing.js';
import { canonicalJson } from './canonical-json.js';

/** Who acted: a signed-in person, a processor's API key, or PISA itself (demo seed, key rotation). */
export const ACTOR_TYPES = ['account', 'api_key', 'system'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** What an audit entry records. Ids only: personal information never enters the trail. */
export type AuditEvent = {
  /** ISO 8601 instant, UTC, with milliseconds. */
  readonly at: string;
  readonly actor_type: ActorType;
  readonly actor_id: string | null;
  /** The role the action was allowed under ("admin", "owner", "api_key", "individual", "system"). */
  readonly role: string;
  /** Dotted verb: "processor.create", "session.sign_in", "api_key.revoke", ... */
  readonly action: string;
  readonly target_type: string | null;
  readonly target_id: string | null;
  readonly request_id: string | null;
  /** SHA-256 of the canonical JSON of the target before and after the action; null when absent. */
  readonly before_hash: string | null;
  readonly after_hash: string | null;
};

/** A stored entry: its position, the previous entry's hash and its own. */
export type AuditEntry = AuditEvent & { readonly seq: number; readonly prev_hash: string; readonly hash: string };

/** The prev_hash of entry 1. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields hashed, in a fixed set: anything else on a row (ids, extras) is not part of the chain. */
function hashedFields(seq: number, event: AuditEvent): Record<string, string | number | null> {
  return {
    seq,
    at: event.at,
    actor_type: event.actor_type,
    actor_id: event.actor_id,
    role: event.role,
    action: event.action,
    target_type: event.target_type,
    target_id: event.target_id,
    request_id: event.request_id,
    before_hash: event.before_hash,
    after_hash: event.after_hash,
  };
}

/** entry hash = SHA-256(prev_hash || canonical JSON of the entry, its position included). */
export function hashEntry(prevHash: string, seq: number, event: AuditEvent): string {
  return sha256Hex(prevHash + canonicalJson(hashedFields(seq, event)));
}

/** The next entry after `previous` (or the first one when there is none). */
export function chainNext(previous: Pick<AuditEntry, 'seq' | 'hash'> | null, event: AuditEvent): AuditEntry {
  const seq = (previous?.seq ?? 0) + 1;
  const prevHash = previous?.hash ?? GENESIS_HASH;
  return { ...event, seq, prev_hash: prevHash, hash: hashEntry(prevHash, seq, event) };
}

/** SHA-256 of a state's canonical JSON, or null for "no state" (before a create, after a delete). */
export function stateHash(state: unknown): string | null {
  return state === null || state === undefined ? null : sha256Hex(canonicalJson(state));
}

/** Where a verification stands: the last entry checked (position 0 and the genesis hash at the start). */
export type ChainCursor = { readonly seq: number; readonly hash: string };
export const CHAIN_START: ChainCursor = { seq: 0, hash: GENESIS_HASH };

export type ChainBreak = { readonly ok: false; readonly broken_at: number; readonly reason: 'sequence' | 'prev_hash' | 'hash' };

/**
 * Checks entries that follow `cursor`: positions must continue it one by one, each prev_hash must
 * be the hash before it, each hash must match its content. Returns the cursor after the last
 * entry, or the first break; any edit, insertion, deletion or reordering breaks the chain there.
 */
export function checkChainSegment(cursor: ChainCursor, entries: Iterable<AuditEntry>): { readonly ok: true; readonly cursor: ChainCursor } | ChainBreak {
  let current = cursor;
  for (const entry of entries) {
    const expected = current.seq + 1;
    if (entry.seq !== expected) return { ok: false, broken_at: expected, reason: 'sequence' };
    if (entry.prev_hash !== current.hash) return { ok: false, broken_at: entry.seq, reason: 'prev_hash' };
    if (hashEntry(current.hash, entry.seq, entry) !== entry.hash) return { ok: false, broken_at: entry.seq, reason: 'hash' };
    current = { seq: entry.seq, hash: entry.hash };
  }
  return { ok: true, cursor: current };
}

export type ChainVerdict = { readonly ok: true; readonly entries: number; readonly head: string } | (ChainBreak & { readonly entries: number });

/** Verifies a whole chain held in memory (the service verifies page by page with checkChainSegment). */
export function verifyChain(entries: Iterable<AuditEntry>): ChainVerdict {
  const result = checkChainSegment(CHAIN_START, entries);
  return result.ok ? { ok: true, entries: result.cursor.seq, head: result.cursor.hash } : { ...result, entries: result.broken_at - 1 };
}
