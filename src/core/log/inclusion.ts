import { bytesEqual } from './bytes.js';
import { HASH_SIZE, sha256Into } from './hashing.js';
import { rootOfLeafHashes } from './merkle.js';
import { inclusionRanges } from './proof-plan.js';
import { half, isSize } from './tree-size.js';

/**
 * RFC 9162 §2.1.3.2: verifies that `leafHash` is leaf `index` of the tree of `size` leaves whose
 * root is `root`, exactly as the RFC writes it, final checks included: a proof that reproduces
 * the root with one hash too many or too few is refused (sn must end at 0).
 */
export function verifyInclusion(leafHash: Uint8Array, index: number, size: number, proof: readonly Uint8Array[], root: Uint8Array): boolean {
  const computed = rootFromInclusionProof(leafHash, index, size, proof);
  return computed !== null && bytesEqual(computed, root);
}

/** The root an inclusion proof leads to, or null when its shape is wrong for (index, size). */
export function rootFromInclusionProof(leafHash: Uint8Array, index: number, size: number, proof: readonly Uint8Array[]): Uint8Array | null {
  if (!isSize(index) || !isSize(size) || index >= size || leafHash.length !== HASH_SIZE) return null;
  let fn = index;
  let sn = size - 1;
  // r lives in one buffer, each step hashes 0x01 || left || right from one input buffer:
  // `pisa verify` runs this for every receipt.
  const r = leafHash.slice();
  const input = new Uint8Array(1 + 2 * HASH_SIZE);
  input[0] = 1;
  for (const p of proof) {
    if (p.length !== HASH_SIZE || sn === 0) return null;
    if (fn % 2 === 1 || fn === sn) {
      // r = HASH(0x01 || p || r)
      input.set(p, 1);
      input.set(r, 1 + HASH_SIZE);
      // On the right edge a node may have no sibling at this height: climb until fn is odd or 0.
      if (fn % 2 === 0)
        while (fn % 2 === 0 && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
    } else {
      // r = HASH(0x01 || r || p)
      input.set(r, 1);
      input.set(p, 1 + HASH_SIZE);
    }
    sha256Into(input, r, 0);
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 ? r : null;
}

/** PATH(index, D[0:size]) from leaf hashes in memory (the reference; services build it from tiles). */
export function inclusionProofFromLeaves(leafHashes: readonly Uint8Array[], index: number, size: number): Uint8Array[] {
  if (!isSize(index) || !isSize(size) || index >= size || size > leafHashes.length) throw new RangeError(`no leaf ${index} in a tree of ${size}`);
  return inclusionRanges(index, size).map((range) => rootOfLeafHashes(leafHashes, range.start, range.end));
}
