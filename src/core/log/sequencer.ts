import { appendToBundle, decodeEntryBundle, MAX_ENTRY_SIZE } from './entry-bundle.js';
import { EMPTY_ROOT, HASH_SIZE, hashPairInto, sha256Into } from './hashing.js';
import { foldFromRight } from './merkle.js';
import { FULL_TILE_BYTES, hashesAtLevel, subtreeOfTile, TILE_WIDTH } from './tiles.js';
import { isSize, perfectSubtrees } from './tree-size.js';

// The pure sequencer step: integrates a batch of entries into the log and says which tiles and
// entry bundles to write. Its state is the least a tiled log needs to grow: the size, the rightmost
// partial tile of each level and the partial entry bundle. Full tiles are produced exactly once;
// partial tiles only at a width the log has not had before, so a published path never gets other
// bytes (c2sp.org/tlog-tiles: every tile, partial ones included, is immutable).

export type SequencerState = {
  readonly size: number;
  /** Per level, bottom first: the hashes of that level's partial tile (empty when it has none). */
  readonly partialTiles: readonly Uint8Array[];
  /** The encoded partial entry bundle: the last size mod 256 entries. */
  readonly partialBundle: Uint8Array;
};

export const EMPTY_LOG: SequencerState = { size: 0, partialTiles: [], partialBundle: new Uint8Array(0) };

export type TileWrite = { readonly level: number; readonly index: number; readonly width: number; readonly bytes: Uint8Array };
export type BundleWrite = { readonly index: number; readonly width: number; readonly bytes: Uint8Array };

export type SequencerStep = {
  readonly state: SequencerState;
  readonly root: Uint8Array;
  readonly tiles: readonly TileWrite[];
  readonly bundles: readonly BundleWrite[];
};

/** Refuses a state whose partial tiles or bundle do not have the widths its size implies (corrupt storage). */
export function checkState(state: SequencerState): void {
  if (!isSize(state.size)) throw new RangeError(`invalid log size ${state.size}`);
  for (let level = 0; level < Math.max(state.partialTiles.length, 1) || hashesAtLevel(level, state.size) > 0; level++) {
    const expected = (hashesAtLevel(level, state.size) % TILE_WIDTH) * HASH_SIZE;
    const actual = state.partialTiles[level]?.length ?? 0;
    if (actual !== expected) throw new RangeError(`partial tile of level ${level} is ${actual} bytes; size ${state.size} needs ${expected}`);
  }
  if (decodeEntryBundle(state.partialBundle, state.size % TILE_WIDTH) === null)
    throw new RangeError(`the partial entry bundle does not hold ${state.size % TILE_WIDTH} entries`);
}

/** The root of the tree a state describes: its partial tiles, top level first, folded from the right. */
export function rootOfState(state: SequencerState): Uint8Array {
  if (state.size === 0) return EMPTY_ROOT;
  const subtrees: Uint8Array[] = [];
  for (let level = state.partialTiles.length - 1; level >= 0; level--) {
    const tile = state.partialTiles[level] as Uint8Array;
    // A partial tile starts at a multiple of 256 hashes, so its binary split is that of its width.
    for (const node of perfectSubtrees(0, tile.length / HASH_SIZE)) {
      const count = 2 ** node.height;
      subtrees.push(subtreeOfTile(tile, node.index * count, count));
    }
  }
  return foldFromRight(subtrees);
}

/** One level being filled: the rightmost tile's hashes so far, and how many full tiles precede it. */
type Level = { readonly buffer: Uint8Array; count: number; fullTiles: number };

const LEAF_INPUTS = new Map<number, Uint8Array>();

/** RFC 6962 leaf hash written into `into` at `at`, with one reused input buffer per entry length. */
function writeLeafHash(entry: Uint8Array, into: Uint8Array, at: number): void {
  let input = LEAF_INPUTS.get(entry.length);
  if (input === undefined) {
    input = new Uint8Array(entry.length + 1);
    if (LEAF_INPUTS.size < 16) LEAF_INPUTS.set(entry.length, input);
  }
  input.set(entry, 1);
  sha256Into(input, into, at);
}

/**
 * Integrates `entries` (in order) into the log `state`. Returns the new state and root, every
 * tile and bundle completed by the batch (once each), and the new partial tile of each level whose
 * width changed and the new partial bundle. Writing them, then a checkpoint of the new size and
 * root, publishes the batch.
 */
export function integrate(state: SequencerState, entries: readonly Uint8Array[]): SequencerStep {
  checkState(state);
  const levels: Level[] = [];
  const levelAt = (level: number): Level => {
    while (levels.length <= level) {
      const l = levels.length;
      const buffer = new Uint8Array(FULL_TILE_BYTES);
      const partial = state.partialTiles[l];
      if (partial !== undefined) buffer.set(partial);
      levels.push({ buffer, count: (partial?.length ?? 0) / HASH_SIZE, fullTiles: Math.floor(hashesAtLevel(l, state.size) / TILE_WIDTH) });
    }
    return levels[level] as Level;
  };
  const tiles: TileWrite[] = [];
  const bundles: BundleWrite[] = [];
  let bundle = state.partialBundle;
  let bundleEntries: Uint8Array[] = [];
  const bottom = levelAt(0);

  for (const entry of entries) {
    if (entry.length > MAX_ENTRY_SIZE) throw new RangeError(`a log entry is at most ${MAX_ENTRY_SIZE} bytes`);
    writeLeafHash(entry, bottom.buffer, bottom.count * HASH_SIZE);
    bottom.count++;
    bundleEntries.push(entry);
    if (bottom.count < TILE_WIDTH) continue;
    bundles.push({ index: bottom.fullTiles, width: TILE_WIDTH, bytes: appendToBundle(bundle, bundleEntries) });
    bundle = new Uint8Array(0);
    bundleEntries = [];
    // A full tile: publish it, hash it to one node in place, carry that node up a level (and on up
    // while levels fill).
    for (let level = 0; ; level++) {
      const current = levelAt(level);
      tiles.push({ level, index: current.fullTiles, width: TILE_WIDTH, bytes: current.buffer.slice() });
      for (let width = TILE_WIDTH; width > 1; width /= 2)
        for (let i = 0; i < width / 2; i++) hashPairInto(current.buffer, 2 * i * HASH_SIZE, current.buffer, i * HASH_SIZE);
      current.fullTiles++;
      current.count = 0;
      const above = levelAt(level + 1);
      above.buffer.set(current.buffer.subarray(0, HASH_SIZE), above.count * HASH_SIZE);
      above.count++;
      if (above.count < TILE_WIDTH) break;
    }
  }

  const size = state.size + entries.length;
  const partialTiles: Uint8Array[] = [];
  for (let level = 0; hashesAtLevel(level, size) > 0; level++) {
    const current = levelAt(level);
    const bytes = current.buffer.slice(0, current.count * HASH_SIZE);
    partialTiles.push(bytes);
    // A partial tile is written when this level gained hashes and its rightmost tile is not full.
    if (current.count > 0 && hashesAtLevel(level, size) !== hashesAtLevel(level, state.size))
      tiles.push({ level, index: current.fullTiles, width: current.count, bytes });
  }
  if (size % TILE_WIDTH !== 0 && entries.length > 0) {
    bundle = appendToBundle(bundle, bundleEntries);
    bundles.push({ index: Math.floor(size / TILE_WIDTH), width: size % TILE_WIDTH, bytes: bundle });
  } else if (size % TILE_WIDTH === 0) {
    bundle = new Uint8Array(0);
  }
  const next: SequencerState = { size, partialTiles, partialBundle: bundle };
  return { state: next, root: rootOfState(next), tiles, bundles };
}
