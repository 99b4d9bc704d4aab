import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consistencyProofFromLeaves, verifyConsistency } from './consistency.js';
import { hashLeaf } from './hashing.js';
import { inclusionProofFromLeaves, verifyInclusion } from './inclusion.js';
import { rootOfLeafHashes } from './merkle.js';
import { EMPTY_LOG, integrate } from './sequencer.js';
import { consistencyProofFromTiles, inclusionProofFromTiles, rootFromTiles } from './tile-proofs.js';
import { type TileCoord, tileKey } from './tiles.js';

// Every generated proof verifies, and any change to it (a flipped bit, a hash dropped, added or
// swapped, another index or size) is refused: over random trees of 1..300 leaves, with proofs
// built both from the leaves (RFC 6962 recursion) and from tiles (the way PISA serves them).

const leafHashesOf = (size: number): Uint8Array[] => Array.from({ length: size }, (_, i) => hashLeaf(Uint8Array.of(i % 256, Math.floor(i / 256))));

/**
 * The tiles the sequencer wrote for a tree of `size`, read as the store reads them: a tile of
 * width w is served from the narrowest stored tile of that place at least w wide.
 */
function tileStore(size: number): (tile: TileCoord) => Uint8Array {
  const entries = Array.from({ length: size }, (_, i) => Uint8Array.of(i % 256, Math.floor(i / 256)));
  const tiles = new Map<string, Uint8Array>();
  for (const tile of integrate(EMPTY_LOG, entries).tiles) tiles.set(tileKey(tile), tile.bytes);
  return (tile) => {
    for (let width = tile.width; width <= 256; width++) {
      const bytes = tiles.get(tileKey({ ...tile, width }));
      if (bytes !== undefined) return bytes.subarray(0, tile.width * 32);
    }
    throw new Error(`no tile ${tileKey(tile)}`);
  };
}

const mutate = (proof: readonly Uint8Array[], at: number, bit: number): Uint8Array[] =>
  proof.map((hash, i) => {
    if (i !== at % proof.length) return hash;
    const copy = hash.slice();
    copy[bit % 32] = (copy[bit % 32] as number) ^ (1 << (bit % 8));
    return copy;
  });

const treeAndIndex = fc.integer({ min: 1, max: 300 }).chain((size) => fc.tuple(fc.constant(size), fc.integer({ min: 0, max: size - 1 })));
const twoSizes = fc.integer({ min: 1, max: 300 }).chain((size) => fc.tuple(fc.integer({ min: 1, max: size }), fc.constant(size)));

describe('inclusion proofs over random trees', () => {
  it('verify, built from leaves or from tiles alike', () => {
    fc.assert(
      fc.property(treeAndIndex, ([size, index]) => {
        const leaves = leafHashesOf(size);
        const root = rootOfLeafHashes(leaves);
        const proof = inclusionProofFromLeaves(leaves, index, size);
        expect(inclusionProofFromTiles(index, size, tileStore(size))).toEqual(proof);
        expect(verifyInclusion(leaves[index] as Uint8Array, index, size, proof, root)).toBe(true);
      }),
    );
  });

  it('are refused after any change: a flipped bit, a hash dropped or added, another leaf or index', () => {
    fc.assert(
      fc.property(treeAndIndex, fc.nat(), fc.nat(255), ([size, index], at, bit) => {
        const leaves = leafHashesOf(size);
        const root = rootOfLeafHashes(leaves);
        const proof = inclusionProofFromLeaves(leaves, index, size);
        const leaf = leaves[index] as Uint8Array;
        if (proof.length > 0) {
          expect(verifyInclusion(leaf, index, size, mutate(proof, at, bit), root)).toBe(false);
          expect(verifyInclusion(leaf, index, size, proof.slice(0, -1), root)).toBe(false);
          expect(verifyInclusion(leaf, index, size, proof.slice(1), root)).toBe(false);
        }
        expect(verifyInclusion(leaf, index, size, [...proof, root], root)).toBe(false);
        expect(verifyInclusion(leaf, index, size, [root, ...proof], root)).toBe(false);
        expect(verifyInclusion(hashLeaf(Uint8Array.of(1, 2, 3)), index, size, proof, root)).toBe(false);
        if (size > 1) expect(verifyInclusion(leaf, (index + 1) % size, size, proof, root)).toBe(false);
        expect(verifyInclusion(leaf, size, size, proof, root)).toBe(false);
      }),
    );
  });
});

describe('consistency proofs over random trees', () => {
  it('verify, built from leaves or from tiles alike', () => {
    fc.assert(
      fc.property(twoSizes, ([oldSize, newSize]) => {
        const leaves = leafHashesOf(newSize);
        const proof = consistencyProofFromLeaves(leaves, oldSize, newSize);
        expect(consistencyProofFromTiles(oldSize, newSize, tileStore(newSize))).toEqual(proof);
        expect(verifyConsistency(oldSize, newSize, proof, rootOfLeafHashes(leaves, 0, oldSize), rootOfLeafHashes(leaves))).toBe(true);
      }),
    );
  });

  it('are refused after any change, with swapped roots or swapped sizes, or from size 0', () => {
    fc.assert(
      fc.property(twoSizes, fc.nat(), fc.nat(255), ([oldSize, newSize], at, bit) => {
        const leaves = leafHashesOf(newSize);
        const oldRoot = rootOfLeafHashes(leaves, 0, oldSize);
        const newRoot = rootOfLeafHashes(leaves);
        const proof = consistencyProofFromLeaves(leaves, oldSize, newSize);
        if (proof.length > 0) {
          expect(verifyConsistency(oldSize, newSize, mutate(proof, at, bit), oldRoot, newRoot)).toBe(false);
          expect(verifyConsistency(oldSize, newSize, proof.slice(0, -1), oldRoot, newRoot)).toBe(false);
          expect(verifyConsistency(oldSize, newSize, proof.slice(1), oldRoot, newRoot)).toBe(false);
        }
        expect(verifyConsistency(oldSize, newSize, [...proof, newRoot], oldRoot, newRoot)).toBe(false);
        if (oldSize < newSize) {
          expect(verifyConsistency(oldSize, newSize, proof, newRoot, oldRoot)).toBe(false);
          expect(verifyConsistency(newSize, oldSize, proof, newRoot, oldRoot)).toBe(false);
        }
        expect(verifyConsistency(0, newSize, [], oldRoot, newRoot)).toBe(false);
      }),
    );
  });
});

describe('roots from tiles', () => {
  it('equal the RFC 6962 root for every size up to 600 (two levels of tiles)', () => {
    const leaves = leafHashesOf(600);
    const read = tileStore(600);
    for (let size = 0; size <= 600; size += size < 10 ? 1 : 7) expect(rootFromTiles(size, read)).toEqual(rootOfLeafHashes(leaves, 0, size));
  });
});
