import { decodeBase64, encodeBase64 } from './base64.js';
import { type CheckpointFailure, type OpenedCheckpoint, openCheckpoint } from './checkpoint.js';
import { HASH_SIZE, hashLeaf } from './hashing.js';
import { verifyInclusion } from './inclusion.js';
import type { NoteVerifier } from './note-keys.js';
import { isSize } from './tree-size.js';

// c2sp.org/tlog-proof@v1: a self-contained, offline-verifiable proof that an entry is in the log.
//
//   c2sp.org/tlog-proof@v1
//   extra <base64>            (optional, not authenticated)
//   index <n>
//   <base64 hash>             (the inclusion path, leaf's sibling first; zero or more lines)
//                             (empty line)
//   <the checkpoint, verbatim, signatures included>

export const TLOG_PROOF_HEADER = 'c2sp.org/tlog-proof@v1';
/** A path never has more hashes than a tree has levels (sizes are below 2^64). */
const MAX_PATH = 64;

export type TlogProof = {
  readonly index: number;
  readonly hashes: readonly Uint8Array[];
  /** The signed checkpoint note, verbatim. */
  readonly checkpoint: string;
  readonly extra: Uint8Array | null;
};

export function formatTlogProof(proof: TlogProof): string {
  if (!isSize(proof.index) || proof.hashes.length > MAX_PATH || proof.hashes.some((h) => h.length !== HASH_SIZE)) throw new RangeError('invalid tlog-proof');
  const extra = proof.extra === null ? '' : `extra ${encodeBase64(proof.extra)}\n`;
  const hashes = proof.hashes.map((hash) => `${encodeBase64(hash)}\n`).join('');
  return `${TLOG_PROOF_HEADER}\n${extra}index ${proof.index}\n${hashes}\n${proof.checkpoint}`;
}

/** Parses a tlog-proof strictly (the checkpoint is checked when verifying); null when malformed. */
export function parseTlogProof(text: string): TlogProof | null {
  const lines = text.split('\n');
  let at = 0;
  if (lines[at++] !== TLOG_PROOF_HEADER) return null;
  let extra: Uint8Array | null = null;
  if (lines[at]?.startsWith('extra ')) {
    extra = decodeBase64((lines[at] as string).slice('extra '.length));
    if (extra === null) return null;
    at++;
  }
  const indexMatch = /^index (0|[1-9][0-9]*)$/.exec(lines[at++] ?? '');
  if (indexMatch === null) return null;
  const index = Number(indexMatch[1]);
  if (!isSize(index)) return null;
  const hashes: Uint8Array[] = [];
  while (at < lines.length && lines[at] !== '') {
    const hash = decodeBase64(lines[at++] as string);
    if (hash === null || hash.length !== HASH_SIZE || hashes.length === MAX_PATH) return null;
    hashes.push(hash);
  }
  if (at >= lines.length) return null;
  const checkpoint = lines.slice(at + 1).join('\n');
  if (checkpoint.length === 0) return null;
  return { index, hashes, checkpoint, extra };
}

export type TlogProofFailure = CheckpointFailure | 'PROOF_MALFORMED' | 'PROOF_INCLUSION';

/**
 * Verifies a tlog-proof for `entry` (its exact bytes): the checkpoint's signature by a trusted
 * key (and its origin, when given), then the inclusion path against the checkpoint's root.
 */
export function verifyTlogProof(
  text: string,
  entry: Uint8Array,
  verifiers: readonly NoteVerifier[],
  origin?: string,
): (OpenedCheckpoint & { readonly index: number }) | { readonly ok: false; readonly reason: TlogProofFailure } {
  const proof = parseTlogProof(text);
  if (proof === null) return { ok: false, reason: 'PROOF_MALFORMED' };
  const opened = openCheckpoint(proof.checkpoint, verifiers, origin);
  if (!opened.ok) return opened;
  const { size, root } = opened.checkpoint;
  if (!verifyInclusion(hashLeaf(entry), proof.index, size, proof.hashes, root)) return { ok: false, reason: 'PROOF_INCLUSION' };
  return { ...opened, index: proof.index };
}
