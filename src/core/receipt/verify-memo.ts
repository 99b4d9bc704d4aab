import { openCheckpoint } from '../log/checkpoint.js';
import { verifyInclusion } from '../log/inclusion.js';
import type { NoteVerifier } from '../log/note-keys.js';
import { createProvenNodes, type ProvenNodes, verifyInclusionWithProven } from '../log/proven-nodes.js';

// What a bulk verification (`pisa verify` over a processor's receipts) learns as it goes: receipts
// sequenced together share a checkpoint and most of their inclusion path, so each checkpoint is
// opened (signature, parse) once and each tree node is hashed once. Answers never change: a
// checkpoint is remembered by its exact text, nodes only once proven (core/log/proven-nodes.ts).

export type VerifyMemo = { readonly checkpoints: Map<string, ReturnType<typeof openCheckpoint>>; readonly nodes: ProvenNodes };

const CHECKPOINTS_KEPT = 4096;

export function createVerifyMemo(): VerifyMemo {
  return { checkpoints: new Map(), nodes: createProvenNodes() };
}

/** openCheckpoint, remembered by note text when a memo is given (the verifiers and origin are fixed per memo's user). */
export function openCheckpointWith(
  memo: VerifyMemo | undefined,
  note: string,
  verifiers: readonly NoteVerifier[],
  origin: string | undefined,
): ReturnType<typeof openCheckpoint> {
  if (memo === undefined) return openCheckpoint(note, verifiers, origin);
  let opened = memo.checkpoints.get(note);
  if (opened === undefined) {
    opened = openCheckpoint(note, verifiers, origin);
    if (memo.checkpoints.size >= CHECKPOINTS_KEPT) memo.checkpoints.clear();
    memo.checkpoints.set(note, opened);
  }
  return opened;
}

/** verifyInclusion, hashing only nodes not yet proven when a memo is given. */
export function verifyInclusionWith(
  memo: VerifyMemo | undefined,
  leafHash: Uint8Array,
  index: number,
  size: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  return memo === undefined ? verifyInclusion(leafHash, index, size, proof, root) : verifyInclusionWithProven(leafHash, index, size, proof, root, memo.nodes);
}
