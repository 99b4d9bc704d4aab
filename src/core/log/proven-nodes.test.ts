import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashChildren, hashLeaf } from './hashing.js';
import { inclusionProofFromLeaves, verifyInclusion } from './inclusion.js';
import { rootOfLeafHashes } from './merkle.js';
import { inclusionRanges } from './proof-plan.js';
import { createProvenNodes, verifyInclusionWithProven } from './proven-nodes.js';

// The memo must never change an answer: over a run of proofs against one tree, honest or tampered
// (a flipped bit anywhere, a hash dropped or added, another leaf, index or size), sharing one memo,
// every answer equals the plain RFC 9162 verification's.

const leafHashesOf = (size: number): Uint8Array[] => Array.from({ length: size }, (_, i) => hashLeaf(Uint8Array.of(i % 256, Math.floor(i / 256))));

type Query = { index: number; change: number; at: number; bit: number };

function tamper(leaves: readonly Uint8Array[], size: number, query: Query): [Uint8Array, number, number, Uint8Array[]] {
  const index = query.index % size;
  const leaf = leaves[index] as Uint8Array;
  const proof = inclusionProofFromLeaves(leaves, index, size);
  const flip = (hash: Uint8Array): Uint8Array => {
    const copy = hash.slice();
    copy[query.bit % 32] = (copy[query.bit % 32] as number) ^ (1 << (query.bit % 8));
    return copy;
  };
  switch (query.change) {
    case 1: // a flipped bit in one proof hash
      return [leaf, index, size, proof.map((hash, i) => (i === query.at % Math.max(proof.length, 1) ? flip(hash) : hash))];
    case 2: // another leaf
      return [flip(leaf), index, size, proof];
    case 3: // a hash dropped
      return [leaf, index, size, proof.slice(0, -1)];
    case 4: // a hash added
      return [leaf, index, size, [...proof, leaf]];
    case 5: // the leaf claimed at another index
      return [leaf, (index + 1 + query.at) % size, size, proof];
    case 6: // a neighbour's proof
      return [leaf, index, size, inclusionProofFromLeaves(leaves, (index + 1) % size, size)];
    default:
      return [leaf, index, size, proof];
  }
}

describe('verifyInclusionWithProven', () => {
  it('answers exactly as verifyInclusion over runs of honest and tampered proofs sharing one memo', () => {
    const query = fc.record({ index: fc.nat(), change: fc.integer({ min: 0, max: 8 }), at: fc.nat(), bit: fc.nat(255) });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.array(query, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 80 }),
        (size, queries, limit) => {
          const leaves = leafHashesOf(size);
          const root = rootOfLeafHashes(leaves);
          const proven = createProvenNodes(limit);
          for (const q of queries) {
            const [leaf, index, claimedSize, proof] = tamper(leaves, size, q);
            const expected = verifyInclusion(leaf, index, claimedSize, proof, root);
            expect(verifyInclusionWithProven(leaf, index, claimedSize, proof, root, proven)).toBe(expected);
          }
        },
      ),
    );
  });

  it('checks a second proof of the same tree with fewer hashes', () => {
    const leaves = leafHashesOf(1000);
    const root = rootOfLeafHashes(leaves);
    const proven = createProvenNodes();
    expect(verifyInclusionWithProven(leaves[10] as Uint8Array, 10, 1000, inclusionProofFromLeaves(leaves, 10, 1000), root, proven)).toBe(true);
    const learned = proven.trees.values().next().value?.size ?? 0;
    expect(learned).toBe(2 * 10 + 1); // the leaf, 10 path nodes (the root included) and 10 siblings
    // Leaf 11 is the proven sibling of leaf 10: nothing new is computed, so nothing is learned.
    expect(verifyInclusionWithProven(leaves[11] as Uint8Array, 11, 1000, inclusionProofFromLeaves(leaves, 11, 1000), root, proven)).toBe(true);
    expect(proven.trees.values().next().value?.size).toBe(learned);
    // A wrong leaf at a proven place is refused at once, and a root of another tree learns apart.
    expect(verifyInclusionWithProven(leaves[12] as Uint8Array, 11, 1000, inclusionProofFromLeaves(leaves, 11, 1000), root, proven)).toBe(false);
    const smaller = rootOfLeafHashes(leaves.slice(0, 999));
    expect(verifyInclusionWithProven(leaves[11] as Uint8Array, 11, 999, inclusionProofFromLeaves(leaves, 11, 999), smaller, proven)).toBe(true);
    expect(proven.trees.size).toBe(2);
  });

  it('answers exactly as verifyInclusion in trees too large for numeric node keys (2^26 leaves and more)', () => {
    // A window of 16 real leaves in a tree of 2^40 + 5 leaves: the hashes above the window are
    // made-up stand-ins, folded into the root exactly as RFC 9162 would.
    const size = 2 ** 40 + 5;
    const window = 2 ** 33;
    const leaves = leafHashesOf(16);
    const upper = inclusionRanges(window, size).slice(4);
    const stand = upper.map((_, i) => hashLeaf(Uint8Array.of(200, i)));
    let root = rootOfLeafHashes(leaves);
    let end = window + 16;
    upper.forEach((range, i) => {
      root = range.start >= end ? hashChildren(root, stand[i] as Uint8Array) : hashChildren(stand[i] as Uint8Array, root);
      end = Math.max(end, range.end);
    });
    const proofOf = (i: number) => [...inclusionProofFromLeaves(leaves, i, 16), ...stand];
    const proven = createProvenNodes();
    for (const i of [3, 2, 9, 15, 0, 3]) {
      expect(verifyInclusion(leaves[i] as Uint8Array, window + i, size, proofOf(i), root)).toBe(true);
      expect(verifyInclusionWithProven(leaves[i] as Uint8Array, window + i, size, proofOf(i), root, proven)).toBe(true);
      expect(verifyInclusionWithProven(leaves[(i + 1) % 16] as Uint8Array, window + i, size, proofOf(i), root, proven)).toBe(false);
      const forged = proofOf(i);
      forged[6] = hashLeaf(Uint8Array.of(1));
      expect(verifyInclusionWithProven(leaves[i] as Uint8Array, window + i, size, forged, root, proven)).toBe(false);
    }
    expect([...(proven.trees.values().next().value?.keys() ?? [])].every((key) => typeof key === 'string')).toBe(true);
  });
});
