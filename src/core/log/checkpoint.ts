import { decodeBase64, encodeBase64 } from './base64.js';
import { HASH_SIZE } from './hashing.js';
import type { NoteVerifier, Signer } from './note-keys.js';
import { type NoteFailure, openNote, signNote } from './signed-note.js';
import { isSize } from './tree-size.js';

// c2sp.org/tlog-checkpoint: the text of a signed note, `<origin>\n<size>\n<base64 root>\n` and
// optional extension lines. PISA emits none (monitors cannot audit them); parsing tolerates them.

export type Checkpoint = {
  readonly origin: string;
  readonly size: number;
  readonly root: Uint8Array;
  /** Extension lines after the root, as found (never emitted by PISA). */
  readonly extensions: readonly string[];
};

/** The checkpoint text (not signed): origin, decimal size, padded base64 root, each line ending in "\n". */
export function formatCheckpoint(checkpoint: { readonly origin: string; readonly size: number; readonly root: Uint8Array }): string {
  const { origin, size, root } = checkpoint;
  if (origin.length === 0 || origin.includes('\n') || !isSize(size) || root.length !== HASH_SIZE) throw new RangeError('invalid checkpoint');
  return `${origin}\n${size}\n${encodeBase64(root)}\n`;
}

/** Signs a checkpoint with the log's key (whose name should equal the origin). */
export function signCheckpoint(checkpoint: { readonly origin: string; readonly size: number; readonly root: Uint8Array }, signer: Signer): string {
  return signNote(formatCheckpoint(checkpoint), [signer]);
}

/** Parses checkpoint text strictly: non-empty origin, canonical decimal size, 32-byte root; null otherwise. */
export function parseCheckpoint(text: string): Checkpoint | null {
  if (!text.endsWith('\n')) return null;
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3 || lines.some((line) => line.length === 0)) return null;
  const [origin, sizeText, rootText, ...extensions] = lines as [string, string, string, ...string[]];
  // Canonical decimal: no sign, no leading zero, no separators.
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText)) return null;
  const size = Number(sizeText);
  const root = decodeBase64(rootText);
  if (!isSize(size) || root === null || root.length !== HASH_SIZE) return null;
  return { origin, size, root, extensions };
}

export type OpenedCheckpoint = { readonly ok: true; readonly checkpoint: Checkpoint; readonly note: string; readonly verifiedBy: readonly string[] };
export type CheckpointFailure = NoteFailure | 'CHECKPOINT_MALFORMED' | 'CHECKPOINT_ORIGIN';

/** Verifies a signed checkpoint with trusted verifiers and parses it; checks the origin when given. */
export function openCheckpoint(
  note: string,
  verifiers: readonly NoteVerifier[],
  origin?: string,
): OpenedCheckpoint | { readonly ok: false; readonly reason: CheckpointFailure } {
  const opened = openNote(note, verifiers);
  if (!opened.ok) return opened;
  const checkpoint = parseCheckpoint(opened.text);
  if (checkpoint === null) return { ok: false, reason: 'CHECKPOINT_MALFORMED' };
  if (origin !== undefined && checkpoint.origin !== origin) return { ok: false, reason: 'CHECKPOINT_ORIGIN' };
  return { ok: true, checkpoint, note, verifiedBy: opened.verifiedBy };
}
