import type { LogEntry } from '../core/log/log-entry.js';
import type { BundleWrite, SequencerState, TileWrite } from '../core/log/sequencer.js';
import type { TileCoord } from '../core/log/tiles.js';

// The port of the transparency log; src/db implements it.

export type PendingLogEntry = { readonly id: string; readonly entry: Uint8Array };

/** What a sequencing step sees: the log as stored, and the pending entries it takes (oldest first). */
export type LogBatchInput = { readonly state: SequencerState; readonly entries: readonly PendingLogEntry[] };

/** What a sequencing step writes: new tiles and bundles, and the signed checkpoint of the new size. */
export type LogBatchOutput = {
  readonly tiles: readonly TileWrite[];
  readonly bundles: readonly BundleWrite[];
  readonly checkpoint: { readonly size: number; readonly root: Uint8Array; readonly note: string; readonly createdAt: Date };
};

export interface TransparencyLogStore {
  /** Adds entries waiting to be sequenced (in the caller's unit of work when there is one); their ids, in order. */
  enqueue(entries: readonly LogEntry[]): Promise<string[]>;
  /**
   * One sequencing step in one transaction, under the log's lock (two sequencers never interleave):
   * reads the stored state and up to `maxEntries` pending entries, calls `integrate`, then writes its
   * tiles, bundles and checkpoint and gives the entries their indices. A crash leaves the old state
   * or the new one. Null, writing nothing, when no entry was pending.
   */
  sequence(maxEntries: number, integrate: (input: LogBatchInput) => LogBatchOutput): Promise<{ readonly size: number; readonly count: number } | null>;
  /** The newest checkpoint, or null before the first batch. */
  latestCheckpoint(): Promise<{ readonly size: number; readonly note: string } | null>;
  /**
   * Tiles by place, each from the narrowest stored tile of that place at least `width` wide, cut to
   * `width` hashes (narrower tiles are prefixes of wider ones); null where none is stored.
   */
  readTiles(tiles: readonly TileCoord[]): Promise<(Uint8Array | null)[]>;
  /** The first `width` entries of bundle `index`, from the narrowest stored bundle at least that wide; null when none. */
  readBundle(index: number, width: number): Promise<Uint8Array | null>;
  /** The index of each known entry (null while pending); unknown ids are absent. */
  positions(entryIds: readonly string[]): Promise<ReadonlyMap<string, number | null>>;
}
