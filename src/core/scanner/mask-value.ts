import type { DetectorId } from './types.js';

// Masked values for outputs that must not show raw PI: enough stays to recognise a value you
// already know (issuer, area, last digits), not enough to recover it. Separators stay in place.
// Written as plain loops: jsonl output masks every finding.

const STAR = '*';

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters, digits and anything beyond ASCII count; ASCII punctuation and spaces are separators. */
function isMaskable(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

function counted(c: number, digitsOnly: boolean): boolean {
  return digitsOnly ? isDigitCode(c) : isMaskable(c);
}

/** Keeps the first `head` and last `tail` counted characters, masks the counted ones between. */
function keepEnds(value: string, head: number, tail: number, digitsOnly: boolean): string {
  const n = value.length;
  let total = 0;
  for (let i = 0; i < n; i++) if (counted(value.charCodeAt(i), digitsOnly)) total++;
  const keepHead = total <= head + tail ? 0 : head;
  const keepTail = total <= head + tail ? 0 : tail;
  // Nothing but counted characters (the usual bare value): three pieces.
  if (total === n) return value.slice(0, keepHead) + STAR.repeat(n - keepHead - keepTail) + value.slice(n - keepTail);
  let out = '';
  let seen = 0;
  let from = 0;
  for (let i = 0; i < n; i++) {
    if (!counted(value.charCodeAt(i), digitsOnly)) continue;
    if (seen >= keepHead && seen < total - keepTail) {
      out += `${value.slice(from, i)}${STAR}`;
      from = i + 1;
    }
    seen++;
  }
  return out + value.slice(from);
}

function digitCount(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) if (isDigitCode(value.charCodeAt(i))) n++;
  return n;
}

function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0) return keepEnds(value, 1, 0, false);
  return `${value.charAt(0)}***${value.slice(at)}`;
}

/** IPv4: the first two octets stay; IPv6: the first two groups. Zone and prefix are masked too. */
function maskIp(value: string): string {
  const sep = value.includes(':') ? 58 : 46;
  let out = '';
  let seps = 0;
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === sep) seps++;
    else if (seps >= 2 && isMaskable(c)) {
      out += `${value.slice(from, i)}${STAR}`;
      from = i + 1;
    }
  }
  return out + value.slice(from);
}

/** Two decimals of each coordinate stay (about 1 km); of degrees-minutes-seconds, the seconds go. */
function maskCoordinate(value: string): string {
  let out = '';
  let from = 0;
  let decimals = -1;
  let afterMinutes = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 46) decimals = 0;
    else if (isDigitCode(c)) {
      if (decimals >= 0) decimals++;
      if (decimals > 2 || afterMinutes) {
        out += `${value.slice(from, i)}${STAR}`;
        from = i + 1;
      }
    } else {
      decimals = -1;
      if (c === 0x2032 || c === 39) afterMinutes = true;
      else if (c === 0x2033 || c === 34) afterMinutes = false;
    }
  }
  return out + value.slice(from);
}

/** The first character of each word stays ("王**", "L*** W****"). */
function maskName(value: string): string {
  let out = '';
  let from = 0;
  let wordStart = true;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 32 || c === 0xb7 || c === 46 || c === 45 || c === 39 || c === 9) {
      wordStart = true;
      continue;
    }
    if (!wordStart) {
      out += `${value.slice(from, i)}${STAR}`;
      from = i + 1;
    }
    wordStart = false;
  }
  return out + value.slice(from);
}

function maskAddress(value: string): string {
  let chars = 0;
  for (let i = 0; i < value.length; i++) if (isMaskable(value.charCodeAt(i))) chars++;
  return keepEnds(value, Math.min(6, Math.floor(chars / 3)), 0, false);
}

/**
 * The value with most of it replaced by '*', per detector; never the raw value.
 * @example maskValue('CN_RESIDENT_ID', '110101199003077475') // '110***********7475'
 * @example maskValue('CN_MOBILE', '13812345678') // '138****5678'
 * @example maskValue('EMAIL', 'john@example.com') // 'j***@example.com'
 */
export function maskValue(detector: DetectorId, value: string): string {
  const masked = maskFor(detector, value);
  // A value that does not have its detector's shape still must not come back raw.
  return masked === value && value.length > 0 ? keepEnds(value, 1, 1, false) : masked;
}

function maskFor(detector: DetectorId, value: string): string {
  switch (detector) {
    case 'CN_RESIDENT_ID':
      return keepEnds(value, 3, 4, false);
    case 'CN_MOBILE':
      return keepEnds(value, digitCount(value) - 8, 4, true);
    case 'CN_BANK_CARD':
    case 'CREDIT_CARD':
      return keepEnds(value, 4, 4, true);
    case 'IBAN':
      return keepEnds(value, 4, 4, false);
    case 'IMEI':
      return keepEnds(value, 8, 0, true);
    case 'MAC_ADDRESS':
      return keepEnds(value, 6, 0, false);
    case 'PHONE_NUMBER': {
      const digits = digitCount(value);
      return digits >= 10 ? keepEnds(value, digits - 7, 4, true) : keepEnds(value, 2, 2, true);
    }
    case 'US_SSN':
    case 'US_ITIN':
      return keepEnds(value, 0, 4, true);
    case 'CN_PASSPORT':
    case 'US_PASSPORT':
    case 'US_DRIVER_LICENSE':
      return keepEnds(value, 1, 2, false);
    case 'CN_LICENSE_PLATE':
      return keepEnds(value, 2, 2, false);
    case 'EMAIL':
      return maskEmail(value);
    case 'IP_ADDRESS':
      return maskIp(value);
    case 'GEO_COORDINATE':
      return maskCoordinate(value);
    case 'PERSON_NAME':
      return maskName(value);
    case 'ADDRESS':
      return maskAddress(value);
  }
}
