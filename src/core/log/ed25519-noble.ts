import { ed25519 } from '@noble/curves/ed25519.js';
import { ED25519_TYPE, type Ed25519Verify, keyIdOf, type Signer } from './note-keys.js';

// Ed25519 for the browser (the receipt page verifies checkpoints there). The server uses
// node:crypto (src/main/log-keys.ts); both are RFC 8032 and give identical signatures.

/** Strict RFC 8032 verification (not the looser ZIP 215 rules), like node:crypto; never throws. */
export const nobleEd25519Verify: Ed25519Verify = (publicKey, message, signature) => {
  try {
    return ed25519.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
};

/** The public key of a 32-byte seed. */
export function noblePublicKey(seed: Uint8Array): Uint8Array {
  return ed25519.getPublicKey(seed);
}

/** A note signer from a 32-byte seed. */
export function createNobleSigner(name: string, seed: Uint8Array): Signer {
  const keyId = keyIdOf(name, ED25519_TYPE, noblePublicKey(seed));
  return { name, keyId, sign: (message) => ed25519.sign(message, seed) };
}
