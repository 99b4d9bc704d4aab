import { decodeBase64Chars } from '../log/base64.js';

// RFC 4648 §5 base64url without padding, as JWS uses it (RFC 7515 §2). Decoding is strict: a
// character outside the alphabet, padding, a length of 1 mod 4 or non-zero spare bits is an error,
// so one signature has exactly one encoding (attackers get no malleability to play with).

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out += ALPHABET[n >> 18] + (ALPHABET[(n >> 12) & 63] as string) + (ALPHABET[(n >> 6) & 63] as string) + (ALPHABET[n & 63] as string);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] as number) << 16;
    out += (ALPHABET[n >> 18] as string) + (ALPHABET[(n >> 12) & 63] as string);
  } else if (rest === 2) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
    out += (ALPHABET[n >> 18] as string) + (ALPHABET[(n >> 12) & 63] as string) + (ALPHABET[(n >> 6) & 63] as string);
  }
  return out;
}

/** The bytes, or null when `text` is not canonical unpadded base64url ('=' is outside the alphabet). */
export function decodeBase64Url(text: string): Uint8Array | null {
  return decodeBase64Chars(text, text.length, VALUES);
}
