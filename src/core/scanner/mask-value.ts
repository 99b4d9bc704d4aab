import type { DetectorId } from './types.js';

// Masked values for outputs that must not show raw PI: enough stays to recognise a value you
// already know (issuer, area, last digits), not enough to recover it. Separators stay in place.

function isMaskable(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Keeps the first `head` and last `tail` counted characters, masks the counted ones between. */
function keepEnds(value: string, head: number, tail: number, counts: (c: number) => boolean): string {
  let total = 0;
  for (let i = 0; i < value.length; i++) if (counts(value.charCodeAt(i))) total++;
  if (total <= head + tail) return value.replace(/[^\s\-.:()+@]/gu, '*');
  let seen = 0;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!counts(c)) {
      out += value.charAt(i);
      continue;
    }
    out += seen < head || seen >= total - tail ? value.charAt(i) : '*';
    seen++;
  }
  return out;
}

function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0) return keepEnds(value, 1, 0, isMaskable);
  return `${value.charAt(0)}***${value.slice(at)}`;
}

function maskIp(value: string): string {
  if (value.includes(':')) {
    // IPv6: the first two groups stay.
    let groups = 0;
    let out = '';
    for (let i = 0; i < value.length; i++) {
      const ch = value.charAt(i);
      if (ch === ':') groups++;
      out += groups < 2 || ch === ':' || ch === '.' ? ch : '*';
    }
    return out;
  }
  const parts = value.split('.');
  return parts.map((part, i) => (i < 2 ? part : part.replace(/\d/g, '*'))).join('.');
}

function maskCoordinate(value: string): string {
  // Two decimals (about 1 km) stay.
  return value
    .replace(/(\.\d{2})(\d+)/g, (_, kept: string, rest: string) => kept + '*'.repeat(rest.length))
    .replace(/(\d+)(″|")/g, (_, s: string, mark: string) => '*'.repeat(s.length) + mark);
}

function maskName(value: string): string {
  let out = '';
  let wordStart = true;
  for (const ch of value) {
    if (/[\s·.\-']/u.test(ch)) {
      out += ch;
      wordStart = true;
    } else {
      out += wordStart ? ch : '*';
      wordStart = false;
    }
  }
  return out;
}

/**
 * The value with most of it replaced by '*', per detector.
 * @example maskValue('CN_RESIDENT_ID', '110101199003077475') // '110***********7475'
 * @example maskValue('CN_MOBILE', '13812345678') // '138****5678'
 * @example maskValue('EMAIL', 'john@example.com') // 'j***@example.com'
 */
export function maskValue(detector: DetectorId, value: string): string {
  const masked = maskFor(detector, value);
  // A value that does not have its detector's shape still must not come back raw.
  return masked === value && value.length > 0 ? keepEnds(value, 1, 1, isMaskable) : masked;
}

function maskFor(detector: DetectorId, value: string): string {
  switch (detector) {
    case 'CN_RESIDENT_ID':
      return keepEnds(value, 3, 4, isMaskable);
    case 'CN_MOBILE': {
      const digits = value.replace(/\D/g, '').length;
      return keepEnds(value, digits - 8, 4, isDigitCode);
    }
    case 'CN_BANK_CARD':
    case 'CREDIT_CARD':
      return keepEnds(value, 4, 4, isDigitCode);
    case 'IBAN':
      return keepEnds(value, 4, 4, isMaskable);
    case 'IMEI':
      return keepEnds(value, 8, 0, isDigitCode);
    case 'MAC_ADDRESS':
      return keepEnds(value, 6, 0, isMaskable);
    case 'PHONE_NUMBER': {
      const digits = value.replace(/\D/g, '').length;
      return digits >= 10 ? keepEnds(value, digits - 7, 4, isDigitCode) : keepEnds(value, 2, 2, isDigitCode);
    }
    case 'US_SSN':
    case 'US_ITIN':
      return keepEnds(value, 0, 4, isDigitCode);
    case 'CN_PASSPORT':
    case 'US_PASSPORT':
    case 'US_DRIVER_LICENSE':
      return keepEnds(value, 1, 2, isMaskable);
    case 'CN_LICENSE_PLATE':
      return keepEnds(value, 2, 2, isMaskable);
    case 'EMAIL':
      return maskEmail(value);
    case 'IP_ADDRESS':
      return maskIp(value);
    case 'GEO_COORDINATE':
      return maskCoordinate(value);
    case 'PERSON_NAME':
      return maskName(value);
    case 'ADDRESS': {
      const chars = [...value].filter((ch) => isMaskable(ch.charCodeAt(0))).length;
      return keepEnds(value, Math.min(6, Math.floor(chars / 3)), 0, isMaskable);
    }
  }
}
