import { EMPTY_ROOT, hashChildren, hashLeaf } from './hashing.js';
import { largestPowerOfTwoBelow } from './tree-size.js';

/**
 * MTH(D[start:end]) straight from RFC 6962 §2.1, over leaf hashes held in memory: the oracle the
 * tests compare the tiled, incremental code against, and the reference for small trees.
 * The split is the largest power of two strictly below n; nothing is padded or duplicated.
 */
export function rootOfLeafHashes(leafHashes: readonly Uint8Array[], start = 0, end = leafHashes.length): Uint8Array {
  const n = end - start;
  if (n === 0) return EMPTY_ROOT;
  if (n === 1) return leafHashes[start] as Uint8Array;
  const k = largestPowerOfTwoBelow(n);
  return hashChildren(rootOfLeafHashes(leafHashes, start, start + k), rootOfLeafHashes(leafHashes, start + k, end));
}

/** MTH of entries (hashing each as a leaf first). */
export function rootOfEntries(entries: readonly Uint8Array[]): Uint8Array {
  return rootOfLeafHashes(entries.map(hashLeaf));
}

/** The hash of a leaf range given as perfect subtree hashes, left to right: their fold from the right. */
export function foldFromRight(hashes: readonly Uint8Array[]): Uint8Array {
  if (hashes.length === 0) return EMPTY_ROOT;
  let acc = hashes[hashes.length - 1] as Uint8Array;
  for (let i = hashes.length - 2; i >= 0; i--) acc = hashChildren(hashes[i] as Uint8Array, acc);
  return acc;
}
