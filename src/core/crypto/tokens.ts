import { randomBytes, randomInt } from 'node:crypto';

/** A random secret of `bytes` bytes (256 bits by default) from the OS CSPRNG, base64url without padding. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** A random decimal code of `digits` digits (leading zeros kept), uniformly distributed. */
export function randomDigits(digits: number): string {
  let out = '';
  for (let i = 0; i < digits; i += 1) out += String(randomInt(10));
  return out;
}
