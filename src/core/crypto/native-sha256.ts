import * as crypto from 'node:crypto';
import { type Sha256, useNativeSha256 } from '../log/sha256.js';

type OneShotHash = (algorithm: string, data: Uint8Array, outputEncoding: 'buffer') => Buffer;

/** A digest as a plain Uint8Array: callers copy with `slice()`, which on a Buffer is a view instead. */
const plain = (digest: Buffer): Uint8Array => new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength);

/** node:crypto's SHA-256: the one-shot `crypto.hash` (Node 20.12+), else a Hash object. */
export const nodeSha256: Sha256 = (() => {
  const oneShot = (crypto as unknown as { hash?: OneShotHash }).hash;
  if (typeof oneShot === 'function') return (data: Uint8Array) => plain(oneShot('sha256', data, 'buffer'));
  return (data: Uint8Array) => plain(crypto.createHash('sha256').update(data).digest());
})();

/** Lets the log and receipt code hash with node:crypto in this thread (call once, at start). */
export function installNativeSha256(): void {
  useNativeSha256(nodeSha256);
}
