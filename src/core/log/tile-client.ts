import { bytesEqual } from './bytes.js';
import type { Checkpoint } from './checkpoint.js';
import { verifyConsistency } from './consistency.js';
import { decodeEntryBundle } from './entry-bundle.js';
import { EMPTY_ROOT, HASH_SIZE, hashLeaf } from './hashing.js';
import { formatEntriesPath, formatTilePath } from './tile-path.js';
import { consistencyProofFromTiles, consistencyTiles, inclusionProofFromTiles, inclusionTiles, rootFromTiles } from './tile-proofs.js';
import { FULL_TILE_BYTES, subtreeOfTile, TILE_WIDTH, type TileCoord, tileKey, tilesOfTree } from './tiles.js';

// The client side of a tiled log (c2sp.org/tlog-tiles "Clients"): everything from tiles fetched
// by path, checked against a checkpoint the caller has verified. The fetch is injected: HTTP in
// the browser and `pisa verify`, files for a mirror, memory in tests.

/** Fetches a resource by its path below the log prefix (`tile/0/000.p/5`); null when it is not there. */
export type LogFetch = (path: string) => Promise<Uint8Array | null>;

export type AuditFailure = 'TILE_MISSING' | 'TILE_LENGTH' | 'TILE_MISMATCH' | 'BUNDLE_MISSING' | 'BUNDLE_MALFORMED' | 'BUNDLE_MISMATCH' | 'ROOT_MISMATCH';
export type AuditResult =
  | { readonly ok: true; readonly entries: readonly Uint8Array[] }
  | { readonly ok: false; readonly reason: AuditFailure; readonly path: string };

class AuditError extends Error {
  constructor(
    readonly reason: AuditFailure,
    readonly path: string,
  ) {
    super(`${reason} ${path}`);
  }
}

/** A tile's hashes: its partial path, or the full tile's first hashes when the partial one is gone. */
async function fetchTile(tile: TileCoord, fetch: LogFetch): Promise<Uint8Array> {
  const path = formatTilePath(tile.level, tile.index, tile.width);
  let bytes = await fetch(path);
  if (bytes === null && tile.width < TILE_WIDTH) bytes = (await fetch(formatTilePath(tile.level, tile.index)))?.subarray(0, tile.width * HASH_SIZE) ?? null;
  if (bytes === null) throw new AuditError('TILE_MISSING', path);
  if (bytes.length !== tile.width * HASH_SIZE) throw new AuditError('TILE_LENGTH', path);
  return bytes;
}

async function fetchAll(tiles: readonly TileCoord[], fetch: LogFetch): Promise<Map<string, Uint8Array>> {
  const fetched = await Promise.all(tiles.map(async (tile) => [tileKey(tile), await fetchTile(tile, fetch)] as const));
  return new Map(fetched);
}

const reader = (tiles: Map<string, Uint8Array>) => (tile: TileCoord) => {
  const bytes = tiles.get(tileKey(tile));
  if (bytes === undefined) throw new Error(`tile ${tileKey(tile)} was not fetched`);
  return bytes;
};

/**
 * A monitor's check of a whole tree (tlog-tiles "Clients"; tlog.md §5 step 6): every tile and
 * entry bundle of the tree of `checkpoint.size`, each entry against its level-0 hash, each upper
 * hash against the full tile below, and the root against the checkpoint. Gives the entries.
 */
export async function auditTiledLog(checkpoint: Pick<Checkpoint, 'size' | 'root'>, fetch: LogFetch): Promise<AuditResult> {
  try {
    const tiles = tilesOfTree(checkpoint.size);
    const fetched = await fetchAll(tiles, fetch);
    const entries: Uint8Array[] = [];
    for (const tile of tiles) {
      const bytes = fetched.get(tileKey(tile)) as Uint8Array;
      if (tile.level === 0) {
        const path = formatEntriesPath(tile.index, tile.width);
        const bundle = await fetch(path);
        if (bundle === null) throw new AuditError('BUNDLE_MISSING', path);
        const decoded = decodeEntryBundle(bundle, tile.width);
        if (decoded === null) throw new AuditError('BUNDLE_MALFORMED', path);
        decoded.forEach((entry, i) => {
          if (!bytesEqual(hashLeaf(entry), bytes.subarray(i * HASH_SIZE, (i + 1) * HASH_SIZE))) throw new AuditError('BUNDLE_MISMATCH', path);
        });
        entries.push(...decoded);
        continue;
      }
      for (let i = 0; i < tile.width; i++) {
        const below = fetched.get(tileKey({ level: tile.level - 1, index: tile.index * TILE_WIDTH + i, width: TILE_WIDTH })) as Uint8Array;
        if (below.length !== FULL_TILE_BYTES || !bytesEqual(subtreeOfTile(below, 0, TILE_WIDTH), bytes.subarray(i * HASH_SIZE, (i + 1) * HASH_SIZE)))
          throw new AuditError('TILE_MISMATCH', formatTilePath(tile.level, tile.index, tile.width));
      }
    }
    if (!bytesEqual(rootFromTiles(checkpoint.size, reader(fetched)), checkpoint.root)) return { ok: false, reason: 'ROOT_MISMATCH', path: 'checkpoint' };
    return { ok: true, entries };
  } catch (error) {
    if (error instanceof AuditError) return { ok: false, reason: error.reason, path: error.path };
    throw error;
  }
}

/** The inclusion proof of leaf `index` in the tree of `size`, from fetched tiles (verify it against a checkpoint). */
export async function inclusionProofOverTiles(index: number, size: number, fetch: LogFetch): Promise<Uint8Array[] | null> {
  try {
    return inclusionProofFromTiles(index, size, reader(await fetchAll(inclusionTiles(index, size), fetch)));
  } catch (error) {
    if (error instanceof AuditError) return null;
    throw error;
  }
}

/** The consistency proof from `oldSize` to `newSize`, from fetched tiles. */
export async function consistencyProofOverTiles(oldSize: number, newSize: number, fetch: LogFetch): Promise<Uint8Array[] | null> {
  try {
    return consistencyProofFromTiles(oldSize, newSize, reader(await fetchAll(consistencyTiles(oldSize, newSize), fetch)));
  } catch (error) {
    if (error instanceof AuditError) return null;
    throw error;
  }
}

/**
 * Whether two verified checkpoints of one log are consistent (tlog.md §5 step 4): the newer one
 * is no smaller, the same size means the same root, a size-0 checkpoint carries the empty root,
 * and otherwise a consistency proof built from the log's tiles verifies between the two roots.
 * False means misbehaviour: keep both signed notes as evidence.
 */
export async function areConsistent(older: Pick<Checkpoint, 'size' | 'root'>, newer: Pick<Checkpoint, 'size' | 'root'>, fetch: LogFetch): Promise<boolean> {
  if (older.size > newer.size) return false;
  if (older.size === 0) return bytesEqual(older.root, EMPTY_ROOT);
  if (older.size === newer.size) return bytesEqual(older.root, newer.root);
  const proof = await consistencyProofOverTiles(older.size, newer.size, fetch);
  return proof !== null && verifyConsistency(older.size, newer.size, proof, older.root, newer.root);
}
