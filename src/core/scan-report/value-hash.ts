const TWO_POW_21 = 2_097_152;

/** Murmur3's 32-bit finaliser: spreads FNV's weak low bits over the whole word. */
function mix32(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * A 53-bit hash (a safe integer, never 0) of `text[start, end)`, read without spaces and hyphens
 * and with ASCII letters folded to lower case, so `138 0013 8000` and `13800138000` count as one
 * item. No substring is made: the summary hashes values straight out of the line.
 * @example hashValue('a 138-0013-8000 b', 2, 15) === hashValue('13800138000', 0, 11) // true
 */
export function hashValue(text: string, start: number, end: number): number {
  // `| 0`: the seeds are above 2^31, so written plainly they start the loop as doubles and every
  // step converts; as int32 the loop stays in integer registers (same result: `^` and
  // Math.imul read their operands as int32 anyway). Measured 2-3x faster per value.
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x9747b28c | 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c === 32 || c === 45) continue;
    if (c >= 65 && c <= 90) c += 32;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  const hi = mix32(h1);
  const lo = mix32(h2 ^ hi);
  return hi * TWO_POW_21 + (lo >>> 11) || 1;
}

/** `hashValue` of the text held as UTF-16 code units `t[start, end)`: the same number for the same text. */
export function hashUnits(t: Uint16Array, start: number, end: number): number {
  // `| 0`: the seeds are above 2^31, so written plainly they start the loop as doubles and every
  // step converts; as int32 the loop stays in integer registers (same result: `^` and
  // Math.imul read their operands as int32 anyway). Measured 2-3x faster per value.
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x9747b28c | 0;
  for (let i = start; i < end; i++) {
    let c = t[i] as number;
    if (c === 32 || c === 45) continue;
    if (c >= 65 && c <= 90) c += 32;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  const hi = mix32(h1);
  const lo = mix32(h2 ^ hi);
  return hi * TWO_POW_21 + (lo >>> 11) || 1;
}
