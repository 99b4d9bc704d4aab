import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { isNativeSha256, sha256 } from './sha256.js';

// RFC 6962 §2.1 / RFC 9162 §2.1.1 hashing with SHA-256 and one-byte domain separation, so that a
// leaf can never be passed off as an inner node. SHA-256 is @noble/hashes (synchronous and
// browser-safe) unless Node's is installed (sha256.ts).

export const HASH_SIZE = 32;

/** MTH({}) = SHA-256 of nothing: the root of the empty tree. */
export const EMPTY_ROOT: Uint8Array = nobleSha256(new Uint8Array(0));

export { sha256 };

/** RFC 6962 §2.1: a leaf hash is SHA-256(0x00 || entry), over the exact entry bytes. */
export function hashLeaf(entry: Uint8Array): Uint8Array {
  const input = new Uint8Array(entry.length + 1);
  input.set(entry, 1);
  return sha256(input);
}

/** RFC 6962 §2.1: an inner node is SHA-256(0x01 || left || right). */
export function hashChildren(left: Uint8Array, right: Uint8Array): Uint8Array {
  const input = new Uint8Array(1 + left.length + right.length);
  input[0] = 1;
  input.set(left, 1);
  input.set(right, 1 + left.length);
  return sha256(input);
}

// The hot path (the sequencer, tiles) hashes into existing buffers: one hasher instance reset from
// a pristine one (noble's documented _cloneInto) and one input buffer, so no allocation per hash.
const PRISTINE = nobleSha256.create();
const WORK = nobleSha256.create();

/** SHA-256 of `input`, written at `at` of `into`. */
export function sha256Into(input: Uint8Array, into: Uint8Array, at: number): void {
  if (isNativeSha256()) {
    into.set(sha256(input), at);
    return;
  }
  PRISTINE._cloneInto(WORK);
  WORK.update(input);
  WORK.digestInto(into.subarray(at, at + HASH_SIZE));
}

const PAIR = new Uint8Array(1 + 2 * HASH_SIZE);
PAIR[0] = 1;

/**
 * The hot-path form of hashChildren: hashes the two 32-byte nodes at `offset` and `offset + 32`
 * of `from` and writes the parent at `at` of `into` (which may be `from`: the input is copied first).
 */
export function hashPairInto(from: Uint8Array, offset: number, into: Uint8Array, at: number): void {
  for (let i = 0; i < 2 * HASH_SIZE; i++) PAIR[1 + i] = from[offset + i] as number;
  sha256Into(PAIR, into, at);
}
