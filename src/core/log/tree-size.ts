// Tree sizes and leaf indices are plain numbers checked to be safe integers (< 2^53, far beyond any
// log PISA will run). JavaScript's bitwise operators work on 32-bit signed integers, so nothing
// here uses >>, & or | on a size or an index: halving is Math.floor(n / 2), parity is n % 2.

/** True for an integer in 0 .. 2^53 - 1. */
export function isSize(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

export function isPowerOfTwo(n: number): boolean {
  if (n < 1) return false;
  let p = 1;
  while (p < n) p *= 2;
  return p === n;
}

/** RFC 6962 §2.1: the split point k of n >= 2 leaves, the largest power of two strictly below n. */
export function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** One right shift of a non-negative safe integer, without 32-bit truncation. */
export const half = (n: number): number => Math.floor(n / 2);

/** A perfect subtree: 2^height leaves starting at leaf index * 2^height. */
export type NodeId = { readonly height: number; readonly index: number };

/**
 * The perfect subtrees that make up the leaf range [start, end), left to right, largest first
 * (each one aligned: its start is a multiple of its size). MTH(D[start:end]) is their fold from
 * the right, for every range the RFC 6962 recursion produces (start aligned to a power of two
 * at least end - start).
 */
export function perfectSubtrees(start: number, end: number): NodeId[] {
  const nodes: NodeId[] = [];
  let at = start;
  while (at < end) {
    let size = 1;
    let height = 0;
    while (at % (size * 2) === 0 && at + size * 2 <= end) {
      size *= 2;
      height++;
    }
    nodes.push({ height, index: at / size });
    at += size;
  }
  return nodes;
}
