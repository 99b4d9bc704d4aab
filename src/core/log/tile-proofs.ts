import { foldFromRight } from './merkle.js';
import { consistencyRanges, inclusionRanges, nodesOf, type ProofRange } from './proof-plan.js';
import { locateNode, subtreeOfTile, type TileCoord, tileHolding, tileKey } from './tiles.js';
import { isSize, type NodeId, perfectSubtrees } from './tree-size.js';

// Proofs and roots from tiles, in two steps so that the tiles can be fetched in one round trip:
// first which tiles a proof needs (a pure plan), then the proof from those tiles. A full subtree
// hash above a tile's bottom comes from the next tile level; the few levels inside a tile are
// hashed up from the stored hashes.

/** Gives the bytes of a planned tile: at least `width` hashes (a wider tile of the same place works too). */
export type TileBytes = (tile: TileCoord) => Uint8Array;

function tileOfNode(node: NodeId, size: number): TileCoord {
  const { level, first } = locateNode(node);
  return tileHolding(level, first, size);
}

function tilesOfRanges(ranges: readonly ProofRange[], size: number): TileCoord[] {
  const tiles = new Map<string, TileCoord>();
  for (const node of nodesOf(ranges)) {
    const tile = tileOfNode(node, size);
    tiles.set(tileKey(tile), tile);
  }
  return [...tiles.values()];
}

function hashOfNode(node: NodeId, size: number, read: TileBytes): Uint8Array {
  const { first, count } = locateNode(node);
  const tile = tileOfNode(node, size);
  return subtreeOfTile(read(tile), first - tile.index * 256, count);
}

function hashOfRange(range: ProofRange, size: number, read: TileBytes): Uint8Array {
  return foldFromRight(perfectSubtrees(range.start, range.end).map((node) => hashOfNode(node, size, read)));
}

function checkInclusion(index: number, size: number): void {
  if (!isSize(index) || !isSize(size) || index >= size) throw new RangeError(`no leaf ${index} in a tree of ${size}`);
}

function checkConsistency(oldSize: number, newSize: number): void {
  if (!isSize(oldSize) || !isSize(newSize) || oldSize === 0 || oldSize > newSize) throw new RangeError(`no consistency proof from ${oldSize} to ${newSize}`);
}

/** The tiles (at the widths of a tree of `size`) an inclusion proof of leaf `index` needs. */
export function inclusionTiles(index: number, size: number): TileCoord[] {
  checkInclusion(index, size);
  return tilesOfRanges(inclusionRanges(index, size), size);
}

export function inclusionProofFromTiles(index: number, size: number, read: TileBytes): Uint8Array[] {
  checkInclusion(index, size);
  return inclusionRanges(index, size).map((range) => hashOfRange(range, size, read));
}

/** The tiles (at the widths of a tree of `newSize`) a consistency proof from `oldSize` needs. */
export function consistencyTiles(oldSize: number, newSize: number): TileCoord[] {
  checkConsistency(oldSize, newSize);
  return tilesOfRanges(consistencyRanges(oldSize, newSize), newSize);
}

export function consistencyProofFromTiles(oldSize: number, newSize: number, read: TileBytes): Uint8Array[] {
  checkConsistency(oldSize, newSize);
  return consistencyRanges(oldSize, newSize).map((range) => hashOfRange(range, newSize, read));
}

/** The tiles the root of a tree of `size` needs: the rightmost (partial) tile of each level. */
export function rootTiles(size: number): TileCoord[] {
  if (!isSize(size)) throw new RangeError(`invalid tree size ${size}`);
  return size === 0 ? [] : tilesOfRanges([{ start: 0, end: size }], size);
}

/** The root of a tree of `size` from its tiles (the empty root for size 0). */
export function rootFromTiles(size: number, read: TileBytes): Uint8Array {
  if (!isSize(size)) throw new RangeError(`invalid tree size ${size}`);
  return hashOfRange({ start: 0, end: size }, size, read);
}
