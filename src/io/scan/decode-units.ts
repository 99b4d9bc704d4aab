import { isAscii, isUtf8, transcode } from 'node:buffer';

/** A block of UTF-8 decoded once: its UTF-16 code units and the same text as a string (`text.charCodeAt(i) === units[i]`). */
export type DecodedText = { readonly units: Uint16Array; readonly text: string };

/**
 * Decodes UTF-8 exactly as `Buffer#toString('utf8')` does (invalid bytes become U+FFFD, a BOM
 * stays), into code units for the scanner and a string for the parsers' searches. Valid UTF-8
 * (the usual case) goes through ICU's converter, several times faster than V8's decoder on
 * Chinese text; anything else through V8, for its replacement rules.
 */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let wide = isUtf8(buffer) ? transcode(buffer, 'utf8', 'ucs2') : Buffer.from(buffer.toString('utf8'), 'ucs2');
  // A Uint16Array needs an even offset; small buffers may come from Node's shared pool.
  if (wide.byteOffset % 2 !== 0) wide = Buffer.from(wide);
  const units = new Uint16Array(wide.buffer, wide.byteOffset, wide.length >> 1);
  // ASCII gives a one-byte string: half the memory, and regular expressions run faster on it.
  return { units, text: isAscii(buffer) ? buffer.toString('latin1') : wide.toString('ucs2') };
}

/**
 * `decodeUtf8` for the pieces of a block, one after another. ASCII pieces (most logs and JSON
 * Lines) are widened into one reused array by a typed-array copy, about fifty times cheaper than
 * ICU's converter and with no garbage; the units are valid until the next `decode`.
 */
export class PieceDecoder {
  private units = new Uint16Array(64 * 1024);

  decode(bytes: Uint8Array): DecodedText {
    if (!isAscii(bytes)) return decodeUtf8(bytes);
    if (this.units.length < bytes.length) this.units = new Uint16Array(bytes.length);
    this.units.set(bytes);
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { units: this.units.subarray(0, bytes.length), text: buffer.toString('latin1') };
  }
}
