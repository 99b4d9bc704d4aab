import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commitReceipt } from '../consent/commitment.js';
import { hashChildren, hashLeaf, hashPairInto, sha256Into } from '../log/hashing.js';
import { inclusionProofFromLeaves } from '../log/inclusion.js';
import { rootOfLeafHashes } from '../log/merkle.js';
import { createProvenNodes, verifyInclusionWithProven } from '../log/proven-nodes.js';
import { isNativeSha256, sha256 } from '../log/sha256.js';
import { installNativeSha256, nodeSha256 } from './native-sha256.js';

describe('native SHA-256', () => {
  it('gives the digests @noble/hashes gives, for any bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (bytes) => {
        expect(new Uint8Array(nodeSha256(bytes))).toEqual(nobleSha256(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it("gives plain Uint8Arrays, whose slice() copies (a Buffer's is a view: the proven-nodes memo kept nodes that changed under it)", () => {
    const digest = nodeSha256(new Uint8Array([1, 2, 3]));
    expect(Object.getPrototypeOf(digest)).toBe(Uint8Array.prototype);
    const copy = digest.slice();
    copy[0] = (copy[0] as number) ^ 0xff;
    expect(copy[0]).not.toBe(digest[0]);
  });

  it('once installed, leaves the log and receipt hashes exactly as they were (property)', () => {
    const samples = fc.sample(
      fc.tuple(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ maxLength: 1_200 }), fc.uint8Array({ minLength: 64, maxLength: 64 })),
      60,
    );
    const compute = () =>
      samples.map(([salt, body, pair]) => {
        const into = new Uint8Array(96);
        sha256Into(body, into, 5);
        hashPairInto(pair, 0, into, 40);
        return [commitReceipt(salt, body), hashLeaf(body), hashChildren(pair.subarray(0, 32), pair.subarray(32)), into, sha256(body)].map((b) => [...b]);
      });
    const before = compute();
    installNativeSha256();
    expect(isNativeSha256()).toBe(true);
    expect(compute()).toEqual(before);
  });

  it('once installed, verifies every inclusion proof of a tree with one shared proven-nodes memo', () => {
    installNativeSha256();
    const leaves = Array.from({ length: 77 }, (_, i) => hashLeaf(Uint8Array.of(i, i >> 8)));
    const root = rootOfLeafHashes(leaves);
    const memo = createProvenNodes();
    for (let i = 0; i < leaves.length; i++) {
      expect(verifyInclusionWithProven(leaves[i] as Uint8Array, i, leaves.length, inclusionProofFromLeaves(leaves, i, leaves.length), root, memo)).toBe(true);
    }
  });
});
