import { bytesEqual } from './bytes.js';
import { HASH_SIZE, hashChildren } from './hashing.js';
import { rootOfLeafHashes } from './merkle.js';
import { consistencyRanges } from './proof-plan.js';
import { half, isPowerOfTwo, isSize } from './tree-size.js';

/**
 * RFC 9162 §2.1.4.2: verifies that the tree of `oldSize` leaves with root `oldRoot` is a prefix
 * of the tree of `newSize` leaves with root `newRoot`.
 *
 * - oldSize > newSize: refused.
 * - oldSize == newSize: the proof must be empty and the roots equal.
 * - oldSize == 0: refused. Every tree extends the empty one, so such a "proof" proves nothing;
 *   the caller checks instead that a size-0 checkpoint carries the empty root.
 * - otherwise the RFC algorithm, with its final checks (fr = old root, sr = new root, sn = 0).
 */
export function verifyConsistency(oldSize: number, newSize: number, proof: readonly Uint8Array[], oldRoot: Uint8Array, newRoot: Uint8Array): boolean {
  if (!isSize(oldSize) || !isSize(newSize) || oldSize === 0 || oldSize > newSize) return false;
  if (proof.some((p) => p.length !== HASH_SIZE)) return false;
  if (oldSize === newSize) return proof.length === 0 && bytesEqual(oldRoot, newRoot);
  // 1. An empty proof proves nothing between different sizes.
  if (proof.length === 0) return false;
  // 2. When the old tree is perfect, its root is the first node of the walk and not in the proof.
  const path = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : proof;
  // 3-4.
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (fn % 2 === 1) {
    fn = half(fn);
    sn = half(sn);
  }
  // 5.
  let fr = path[0] as Uint8Array;
  let sr = fr;
  // 6.
  for (let i = 1; i < path.length; i++) {
    const c = path[i] as Uint8Array;
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = hashChildren(c, fr);
      sr = hashChildren(c, sr);
      if (fn % 2 === 0)
        while (fn % 2 === 0 && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
    } else {
      sr = hashChildren(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  // 7.
  return sn === 0 && bytesEqual(fr, oldRoot) && bytesEqual(sr, newRoot);
}

/** PROOF(oldSize, D[0:newSize]) from leaf hashes in memory (the reference; services build it from tiles). */
export function consistencyProofFromLeaves(leafHashes: readonly Uint8Array[], oldSize: number, newSize: number): Uint8Array[] {
  if (!isSize(oldSize) || !isSize(newSize) || oldSize === 0 || oldSize > newSize || newSize > leafHashes.length)
    throw new RangeError(`no consistency proof from ${oldSize} to ${newSize}`);
  return consistencyRanges(oldSize, newSize).map((range) => rootOfLeafHashes(leafHashes, range.start, range.end));
}
