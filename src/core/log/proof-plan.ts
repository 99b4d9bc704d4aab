import { largestPowerOfTwoBelow, type NodeId, perfectSubtrees } from './tree-size.js';

// Which subtree hashes make up a proof, before any hash is read: the same plan serves proofs built
// from leaves in memory, from stored tiles (src/services) and from tiles fetched over HTTP.

/** One proof element: MTH(D[start:end]), a perfect subtree or a right edge of the tree. */
export type ProofRange = { readonly start: number; readonly end: number };

/**
 * RFC 6962 §2.1.1 PATH(m, D[0:n]), as leaf ranges, bottom-up (first the leaf's sibling, last the
 * other child of the root). Requires 0 <= m < n.
 */
export function inclusionRanges(index: number, size: number): ProofRange[] {
  const path: ProofRange[] = [];
  let start = 0;
  let end = size;
  while (end - start > 1) {
    const k = largestPowerOfTwoBelow(end - start);
    if (index < start + k) {
      path.push({ start: start + k, end });
      end = start + k;
    } else {
      path.push({ start, end: start + k });
      start += k;
    }
  }
  return path.reverse();
}

/**
 * RFC 6962 §2.1.2 PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true), as leaf ranges in proof order.
 * Requires 0 < m <= n; m == n gives the empty proof.
 */
export function consistencyRanges(oldSize: number, newSize: number): ProofRange[] {
  const path: ProofRange[] = [];
  let start = 0;
  let end = newSize;
  let isWholeOldTree = true;
  for (;;) {
    if (oldSize === end) {
      // The walk reached the old tree's last subtree: the verifier already holds it when it is the
      // old root itself (m a power of two, the walk only went left).
      if (!isWholeOldTree) path.push({ start, end });
      break;
    }
    const k = largestPowerOfTwoBelow(end - start);
    if (oldSize <= start + k) {
      path.push({ start: start + k, end });
      end = start + k;
    } else {
      path.push({ start, end: start + k });
      start += k;
      isWholeOldTree = false;
    }
  }
  return path.reverse();
}

/** Every perfect subtree a list of ranges needs, in order, without duplicates. */
export function nodesOf(ranges: readonly ProofRange[]): NodeId[] {
  const seen = new Set<string>();
  const nodes: NodeId[] = [];
  for (const range of ranges)
    for (const node of perfectSubtrees(range.start, range.end)) {
      const key = `${node.height}/${node.index}`;
      if (seen.has(key)) continue;
      seen.add(key);
      nodes.push(node);
    }
  return nodes;
}
