import { bytesEqual, toHex } from './bytes.js';
import { HASH_SIZE, sha256Into } from './hashing.js';
import { verifyInclusion } from './inclusion.js';
import { inclusionRanges, type ProofRange } from './proof-plan.js';
import { isSize } from './tree-size.js';

// Verifying many inclusion proofs under one checkpoint (an auditor checking a processor's
// receipts in bulk) recomputes the same upper nodes for every proof. Once a proof has reached the
// root, every node on its path and every sibling it used is proven to be that tree's node over its
// leaf range (SHA-256 being collision resistant); a later proof may stop as soon as it computes a
// node already proven, and fails as soon as it computes a different value for one. Nodes are
// recorded only after a proof succeeded, so a refused proof never teaches anything.

/** A node's key within one tree: a number (exact below NUMERIC_KEYS leaves), else text. */
type NodeKey = number | string;

/** Nodes proven to belong to trees, by (root, size) and leaf range; bounded. */
export type ProvenNodes = {
  readonly trees: Map<string, Map<NodeKey, Uint8Array>>;
  readonly limit: number;
  /** The last tree asked about and its key: receipts checked in bulk share a checkpoint, and hex costs more than a compare. */
  last: { readonly root: Uint8Array; readonly size: number; readonly key: string } | null;
};

/** A memo of proven nodes keeping at most `limit` nodes per tree (then it starts afresh). */
export function createProvenNodes(limit = 1_000_000): ProvenNodes {
  return { trees: new Map(), limit, last: null };
}

/** start * (size + 1) + end is exact (below 2^53) for trees up to this size. */
const NUMERIC_KEYS = 2 ** 26;

/** One key per leaf range of a tree of `size` leaves; numbers are cheaper to make and look up than text. */
const rangeKey = (start: number, end: number, size: number): NodeKey => (size < NUMERIC_KEYS ? start * (size + 1) + end : `${start}:${end}`);

function treeKeyOf(proven: ProvenNodes, root: Uint8Array, size: number): string {
  const last = proven.last;
  if (last !== null && last.size === size && bytesEqual(last.root, root)) return last.key;
  const key = `${toHex(root)}:${size}`;
  proven.last = { root: root.slice(), size, key };
  return key;
}

/**
 * Same answer as `verifyInclusion` (RFC 9162 §2.1.3.2: exact proof length, exact root), computing
 * only the nodes below the first one already proven for the tree `(root, size)`.
 */
export function verifyInclusionWithProven(
  leafHash: Uint8Array,
  index: number,
  size: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
  proven: ProvenNodes,
): boolean {
  if (!isSize(index) || !isSize(size) || index >= size || leafHash.length !== HASH_SIZE || root.length !== HASH_SIZE) return false;
  const siblings = inclusionRanges(index, size);
  if (proof.length !== siblings.length || proof.some((p) => p.length !== HASH_SIZE)) return false;
  const treeKey = treeKeyOf(proven, root, size);
  const known = proven.trees.get(treeKey);
  const learned: [NodeKey, Uint8Array][] = [];
  const current = leafHash.slice();
  const input = new Uint8Array(1 + 2 * HASH_SIZE);
  input[0] = 1;
  let start = index;
  let end = index + 1;
  let reachedRoot = false;
  for (let level = 0; ; level++) {
    const key = rangeKey(start, end, size);
    const provenNode = known?.get(key);
    if (provenNode !== undefined) {
      if (!bytesEqual(provenNode, current)) return false;
      // The rest of the proof must still be the exact siblings, as verifyInclusion requires.
      if (!siblingsProven(known as Map<NodeKey, Uint8Array>, siblings, proof, level, size)) return verifyInclusion(leafHash, index, size, proof, root);
      break;
    }
    learned.push([key, current.slice()]);
    if (level === siblings.length) {
      if (!bytesEqual(current, root)) return false;
      reachedRoot = true;
      break;
    }
    const sibling = siblings[level] as ProofRange;
    const p = proof[level] as Uint8Array;
    learned.push([rangeKey(sibling.start, sibling.end, size), p.slice()]);
    // The sibling lies right of the node (node, sibling) or left of it (sibling, node).
    const siblingIsRight = sibling.start >= end;
    input.set(siblingIsRight ? current : p, 1);
    input.set(siblingIsRight ? p : current, 1 + HASH_SIZE);
    sha256Into(input, current, 0);
    start = Math.min(start, sibling.start);
    end = Math.max(end, sibling.end);
  }
  remember(proven, treeKey, known, learned, reachedRoot);
  return true;
}

function siblingsProven(known: Map<NodeKey, Uint8Array>, siblings: readonly ProofRange[], proof: readonly Uint8Array[], from: number, size: number): boolean {
  for (let level = from; level < siblings.length; level++) {
    const sibling = siblings[level] as ProofRange;
    const node = known.get(rangeKey(sibling.start, sibling.end, size));
    if (node === undefined || !bytesEqual(node, proof[level] as Uint8Array)) return false;
  }
  return true;
}

/**
 * Every node kept has its siblings up to the root kept too, so that siblingsProven can answer
 * without falling back: a proof that stopped early at a proven node adds to the same map, and a
 * full map is replaced by one that starts with a proof that reached the root.
 */
function remember(
  proven: ProvenNodes,
  treeKey: string,
  known: Map<NodeKey, Uint8Array> | undefined,
  learned: readonly [NodeKey, Uint8Array][],
  reachedRoot: boolean,
): void {
  let nodes = known;
  if (nodes === undefined || nodes.size + learned.length > proven.limit) {
    if (!reachedRoot) return;
    nodes = new Map();
    if (proven.trees.size >= 64) proven.trees.clear();
    proven.trees.set(treeKey, nodes);
  }
  for (const [key, node] of learned) nodes.set(key, node);
}
