import { HASH_SIZE, hashPairInto } from './hashing.js';
import type { NodeId } from './tree-size.js';

// c2sp.org/tlog-tiles geometry: tiles of height 8 and width 256. Hash i of tile n at level l is
// the root of the perfect subtree of 256^l leaves starting at leaf (256n + i) * 256^l; a full tile
// is 256 hashes (8,192 bytes, no header), the rightmost tile of a level is partial (1..255 hashes)
// and never hashed into the level above.

export const TILE_HEIGHT = 8;
export const TILE_WIDTH = 256;
export const FULL_TILE_BYTES = TILE_WIDTH * HASH_SIZE;

/** A tile of a tree of some size: its level, index and width (256 when full). */
export type TileCoord = { readonly level: number; readonly index: number; readonly width: number };

/** How many hashes level `level` holds in a tree of `size` leaves: floor(size / 256^level). */
export function hashesAtLevel(level: number, size: number): number {
  return Math.floor(size / TILE_WIDTH ** level);
}

/** The tile at `level` holding stored hash `position`, as wide as a tree of `size` makes it. */
export function tileHolding(level: number, position: number, size: number): TileCoord {
  const index = Math.floor(position / TILE_WIDTH);
  return { level, index, width: Math.min(TILE_WIDTH, hashesAtLevel(level, size) - index * TILE_WIDTH) };
}

/** The partial (rightmost, not full) tile of each level of a tree of `size`, bottom level first; a level without one is skipped. */
export function partialTiles(size: number): TileCoord[] {
  const tiles: TileCoord[] = [];
  for (let level = 0; hashesAtLevel(level, size) > 0; level++) {
    const count = hashesAtLevel(level, size);
    const width = count % TILE_WIDTH;
    if (width > 0) tiles.push({ level, index: Math.floor(count / TILE_WIDTH), width });
  }
  return tiles;
}

/** Every tile of a tree of `size` (full and partial), level by level: what a mirror holds. */
export function tilesOfTree(size: number): TileCoord[] {
  const tiles: TileCoord[] = [];
  for (let level = 0; hashesAtLevel(level, size) > 0; level++) {
    const count = hashesAtLevel(level, size);
    for (let index = 0; index * TILE_WIDTH < count; index++) tiles.push(tileHolding(level, index * TILE_WIDTH, size));
  }
  return tiles;
}

/** Where a perfect subtree lives: the tile level holding it, and the run of stored hashes it covers. */
export function locateNode(node: NodeId): { level: number; first: number; count: number } {
  const level = Math.floor(node.height / TILE_HEIGHT);
  const count = 2 ** (node.height - level * TILE_HEIGHT);
  return { level, first: node.index * count, count };
}

/**
 * The 8 tree levels inside a tile are not stored: they are recomputed by hashing pairs, once per
 * tile object (a WeakMap, so a cached tile keeps its inner nodes and a dropped one frees them).
 * Level r holds the floor(width / 2^r) complete nodes of height r; level 0 is the tile itself.
 */
const INNER_NODES = new WeakMap<Uint8Array, Uint8Array[]>();

function innerNodes(tile: Uint8Array): Uint8Array[] {
  const known = INNER_NODES.get(tile);
  if (known !== undefined) return known;
  const levels = [tile];
  for (let below = tile; below.length >= 2 * HASH_SIZE; ) {
    const count = Math.floor(below.length / (2 * HASH_SIZE));
    const level = new Uint8Array(count * HASH_SIZE);
    for (let i = 0; i < count; i++) hashPairInto(below, 2 * i * HASH_SIZE, level, i * HASH_SIZE);
    levels.push(level);
    below = level;
  }
  INNER_NODES.set(tile, levels);
  return levels;
}

/** The root of `count` (a power of two) consecutive hashes of `tile` starting at hash `offset` (a multiple of `count`). */
export function subtreeOfTile(tile: Uint8Array, offset: number, count: number): Uint8Array {
  if (count === 1) return tile.slice(offset * HASH_SIZE, (offset + 1) * HASH_SIZE);
  const height = Math.round(Math.log2(count));
  const level = innerNodes(tile)[height];
  const at = (offset / count) * HASH_SIZE;
  if (level === undefined || 2 ** height !== count || offset % count !== 0 || at + HASH_SIZE > level.length)
    throw new RangeError(`no subtree of ${count} hashes at ${offset} in a tile of ${tile.length / HASH_SIZE}`);
  return level.slice(at, at + HASH_SIZE);
}

export const tileKey = (tile: { readonly level: number; readonly index: number; readonly width: number }): string =>
  `${tile.level}/${tile.index}/${tile.width}`;
