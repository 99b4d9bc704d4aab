import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';

// SHA-256 for the log and receipt code, which runs in the browser too: @noble/hashes by default.
// Node's entry points install node:crypto's one-shot hash at start (`useNativeSha256`), 3-4 times
// faster on a receipt's 800 bytes (1.7 against 5.6-6.7 µs here); a property test checks that both
// give the same digests. Swapped once at start-up, before any hashing, never back and forth.

export type Sha256 = (data: Uint8Array) => Uint8Array;

let implementation: Sha256 = nobleSha256;
let native = false;

/** SHA-256 of `data` (32 bytes). */
export function sha256(data: Uint8Array): Uint8Array {
  return implementation(data);
}

/** True once a native hash is installed (the hot paths then skip their noble-specific shortcuts). */
export function isNativeSha256(): boolean {
  return native;
}

/** Installs a faster SHA-256 (Node's); it must compute exactly SHA-256. */
export function useNativeSha256(hash: Sha256): void {
  implementation = hash;
  native = true;
}
