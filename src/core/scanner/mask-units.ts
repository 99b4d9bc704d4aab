import { D } from './engine/detector-index.js';

// `maskValue` over UTF-16 code units, for the jsonl writer: the masked value of src[start, end)
// is written into `out` with no string built. It must give exactly `maskValue`'s text (a property
// test compares the two on every detector); mask-value.ts stays the readable definition.

const STAR = 42;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isMaskable(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

function counted(c: number, digitsOnly: boolean): boolean {
  return digitsOnly ? isDigitCode(c) : isMaskable(c);
}

/** String#slice's clamping of an index into [0, n] (negative counts from the end). */
function clampIndex(n: number, i: number): number {
  return i < 0 ? Math.max(n + i, 0) : Math.min(i, n);
}

function copy(src: Uint16Array, from: number, to: number, out: Uint16Array, at: number): number {
  let o = at;
  for (let i = from; i < to; i++) out[o++] = src[i] as number;
  return o;
}

function keepEnds(src: Uint16Array, start: number, end: number, head: number, tail: number, digitsOnly: boolean, out: Uint16Array): number {
  const n = end - start;
  let total = 0;
  for (let i = start; i < end; i++) if (counted(src[i] as number, digitsOnly)) total++;
  const keepHead = total <= head + tail ? 0 : head;
  const keepTail = total <= head + tail ? 0 : tail;
  if (total === n) {
    // value.slice(0, keepHead) + '*'.repeat(n - keepHead - keepTail) + value.slice(n - keepTail)
    const stars = n - keepHead - keepTail;
    if (stars < 0) throw new RangeError(`Invalid count value: ${stars}`);
    let o = copy(src, start, start + clampIndex(n, keepHead), out, 0);
    for (let k = 0; k < stars; k++) out[o++] = STAR;
    return copy(src, start + clampIndex(n, n - keepTail), end, out, o);
  }
  let o = 0;
  let seen = 0;
  for (let i = start; i < end; i++) {
    const c = src[i] as number;
    if (counted(c, digitsOnly) && seen++ >= keepHead && seen - 1 < total - keepTail) out[o++] = STAR;
    else out[o++] = c;
  }
  return o;
}

function digitCount(src: Uint16Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (isDigitCode(src[i] as number)) n++;
  return n;
}

function maskEmail(src: Uint16Array, start: number, end: number, out: Uint16Array): number {
  let at = -1;
  for (let i = end - 1; i >= start; i--) {
    if (src[i] === 64) {
      at = i - start;
      break;
    }
  }
  if (at <= 0) return keepEnds(src, start, end, 1, 0, false, out);
  out[0] = src[start] as number;
  out[1] = STAR;
  out[2] = STAR;
  out[3] = STAR;
  return copy(src, start + at, end, out, 4);
}

function maskIp(src: Uint16Array, start: number, end: number, out: Uint16Array): number {
  let sep = 46;
  for (let i = start; i < end; i++) {
    if (src[i] === 58) {
      sep = 58;
      break;
    }
  }
  let seps = 0;
  let o = 0;
  for (let i = start; i < end; i++) {
    const c = src[i] as number;
    if (c === sep) seps++;
    out[o++] = c !== sep && seps >= 2 && isMaskable(c) ? STAR : c;
  }
  return o;
}

function maskCoordinate(src: Uint16Array, start: number, end: number, out: Uint16Array): number {
  let o = 0;
  let decimals = -1;
  let afterMinutes = false;
  for (let i = start; i < end; i++) {
    const c = src[i] as number;
    let star = false;
    if (c === 46) decimals = 0;
    else if (isDigitCode(c)) {
      if (decimals >= 0) decimals++;
      star = decimals > 2 || afterMinutes;
    } else {
      decimals = -1;
      if (c === 0x2032 || c === 39) afterMinutes = true;
      else if (c === 0x2033 || c === 34) afterMinutes = false;
    }
    out[o++] = star ? STAR : c;
  }
  return o;
}

function maskName(src: Uint16Array, start: number, end: number, out: Uint16Array): number {
  let o = 0;
  let wordStart = true;
  for (let i = start; i < end; i++) {
    const c = src[i] as number;
    if (c === 32 || c === 0xb7 || c === 46 || c === 45 || c === 39 || c === 9) {
      wordStart = true;
      out[o++] = c;
      continue;
    }
    out[o++] = wordStart ? c : STAR;
    wordStart = false;
  }
  return o;
}

function maskAddress(src: Uint16Array, start: number, end: number, out: Uint16Array): number {
  let chars = 0;
  for (let i = start; i < end; i++) if (isMaskable(src[i] as number)) chars++;
  return keepEnds(src, start, end, Math.min(6, Math.floor(chars / 3)), 0, false, out);
}

/** Room `maskUnits` may need for a value of n code units (a mobile number's head may be negative: more stars than characters). */
export function maskedBound(n: number): number {
  return 2 * n + 16;
}

function maskFor(detector: number, src: Uint16Array, start: number, end: number, out: Uint16Array): number {
  switch (detector) {
    case D.CN_RESIDENT_ID:
      return keepEnds(src, start, end, 3, 4, false, out);
    case D.CN_MOBILE:
      return keepEnds(src, start, end, digitCount(src, start, end) - 8, 4, true, out);
    case D.CN_BANK_CARD:
    case D.CREDIT_CARD:
      return keepEnds(src, start, end, 4, 4, true, out);
    case D.IBAN:
      return keepEnds(src, start, end, 4, 4, false, out);
    case D.IMEI:
      return keepEnds(src, start, end, 8, 0, true, out);
    case D.MAC_ADDRESS:
      return keepEnds(src, start, end, 6, 0, false, out);
    case D.PHONE_NUMBER: {
      const digits = digitCount(src, start, end);
      return digits >= 10 ? keepEnds(src, start, end, digits - 7, 4, true, out) : keepEnds(src, start, end, 2, 2, true, out);
    }
    case D.US_SSN:
    case D.US_ITIN:
      return keepEnds(src, start, end, 0, 4, true, out);
    case D.CN_PASSPORT:
    case D.US_PASSPORT:
    case D.US_DRIVER_LICENSE:
      return keepEnds(src, start, end, 1, 2, false, out);
    case D.CN_LICENSE_PLATE:
      return keepEnds(src, start, end, 2, 2, false, out);
    case D.EMAIL:
      return maskEmail(src, start, end, out);
    case D.IP_ADDRESS:
      return maskIp(src, start, end, out);
    case D.GEO_COORDINATE:
      return maskCoordinate(src, start, end, out);
    case D.PERSON_NAME:
      return maskName(src, start, end, out);
    default:
      return maskAddress(src, start, end, out);
  }
}

/**
 * `maskValue(DETECTOR_IDS[detector], value)` for the value src[start, end), written into `out`
 * (room for `maskedBound(end - start)` units); returns the masked length.
 */
export function maskUnits(detector: number, src: Uint16Array, start: number, end: number, out: Uint16Array): number {
  const n = maskFor(detector, src, start, end, out);
  // A value that does not have its detector's shape still must not come back raw.
  if (n !== end - start || n === 0) return n;
  for (let k = 0; k < n; k++) if (out[k] !== src[start + k]) return n;
  return keepEnds(src, start, end, 1, 1, false, out);
}
