import { STREET_PREFIXES } from '../data/en-names.js';
import { matchCnAddressAt } from '../detectors/cn/address.js';
import { matchPlateAt } from '../detectors/cn/license-plate.js';
import { matchCnMobile } from '../detectors/cn/mobile.js';
import { matchCnPassport } from '../detectors/cn/passport.js';
import { matchCnNameAt } from '../detectors/cn/person-name.js';
import { matchLegacyResidentId, matchResidentId } from '../detectors/cn/resident-id.js';
import { matchEnAddressAt, matchStreetFirstAt } from '../detectors/generic/address.js';
import { matchPaymentCard } from '../detectors/generic/credit-card.js';
import { matchEmailAt } from '../detectors/generic/email.js';
import { matchGeoDecimal, matchGeoDms } from '../detectors/generic/geo-coordinate.js';
import { matchIbanAt } from '../detectors/generic/iban.js';
import { matchImei } from '../detectors/generic/imei.js';
import { matchIpv4, matchIpv6At } from '../detectors/generic/ip-address.js';
import { matchMac } from '../detectors/generic/mac-address.js';
import { cueBefore, latinWordEnd, matchEnNameAt, mayBeNameWord } from '../detectors/generic/person-name.js';
import { matchPhone } from '../detectors/generic/phone-number.js';
import { matchDriverLicense } from '../detectors/us/driver-license.js';
import { matchUsPassport } from '../detectors/us/passport.js';
import { matchBareSsn, matchSsnShape } from '../detectors/us/ssn.js';
import {
  H_ADDRESS,
  H_COMPOUND,
  H_PLATE,
  H_SURNAME,
  HAN,
  isAsciiAlnum,
  isDigit,
  isHexDigit,
  isLatinLetter,
  isLatinUpper,
  K_AT,
  K_COLON,
  K_DIGIT,
  K_HAN,
  K_LATIN,
  K_LOWER,
  K_NONE,
  K_UPPER,
  KIND,
} from './char-class.js';
import { HINT_CN_ID, HINT_DRIVER_LICENSE, HINT_PASSPORT } from './column-context.js';
import { D } from './detector-index.js';
import { G_DIGITS, G_HEX, type GroupRun } from './group-run.js';
import type { ScanState } from './scan-state.js';

// The one pass over a line. A table lookup per code unit skips what cannot start a match; at a
// letter-or-digit word the group run (group-run.ts) is read once and the number detectors try
// each group in turn, most specific first; '@', '::' and a few Han characters (plate province,
// surname, street) start their own detectors. Each detector validates what it is given (check
// digits, ranges, numbering plans) and the loop resumes after whatever matched.

/** First letters of the Romance street words (Rua, Via, Calle, Avenida, ...). */
const STREET_PREFIX_FIRSTS = [...STREET_PREFIXES].map((word) => word.charAt(0)).join('');

/** Runs every enabled detector over st.text, appending to st.out. */
export function scanText(st: ScanState): void {
  const text = st.text;
  const n = text.length;
  const words = st.on(D.PERSON_NAME) || st.on(D.ADDRESS);
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = KIND[c] as number;
    if (k === K_NONE) {
      i++;
      continue;
    }
    if (k === K_LOWER || k === K_UPPER) {
      // Letters-only words are most of the text: skip them here. A word goes to the detectors
      // when a digit follows (ORD2024, GB82...), when it may be hex before ':' '-' '.'
      // (fe80::1, aa-bb-...), or when it is capitalised (names, street words).
      let j = i + 1;
      let d = 0;
      while (j < n) {
        d = text.charCodeAt(j);
        if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90))) break;
        j++;
      }
      const stop = j < n ? d : 0;
      const len = j - i;
      if ((stop >= 48 && stop <= 57) || (((len <= 4 && stop === 58) || (len === 2 && stop === 45) || (len === 4 && stop === 46)) && isHexWord(text, i, j))) {
        i = onLetterWord(st, i);
        continue;
      }
      if (words && k === K_UPPER && j - i >= 2) {
        const second = text.charCodeAt(i + 1);
        if (second >= 97 || stop >= 0xc0) {
          i = onCapitalisedWord(st, i, stop >= 0xc0 && stop <= 0x24f ? latinWordEnd(text, i) : j);
          continue;
        }
      }
      i = j;
      continue;
    }
    if (k === K_DIGIT) {
      // Most numbers in logs and tables are short counters, amounts and dates: skip them
      // without reading a group run. A lone digit group goes to the detectors only at a
      // length some identifier has (9-11, 13-19), or at any length with driver-licence context.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d < 48 || d > 57) break;
        j++;
      }
      const len = j - i;
      const stop = j < n ? text.charCodeAt(j) : 0;
      if (!continuesRun(text, j, stop) && (i === 0 || text.charCodeAt(i - 1) !== 43)) {
        if (len <= 4 || ((len <= 8 || len === 12 || len > 19) && !st.mayHoldDriverLicense())) {
          // "14 Crown Street": a house number before a capitalised word.
          if (len <= 6 && stop === 32 && st.on(D.ADDRESS) && isLatinUpper(text.charCodeAt(j + 1))) i = onRun(st, i);
          else i = j;
          continue;
        }
        st.run.single(text, i, j);
        i = onGroups(st, j);
        continue;
      } else if (len === 4 && (stop === 45 || stop === 47)) {
        const after = timestampEnd(text, i);
        if (after > 0) {
          i = after;
          continue;
        }
      }
      i = onRun(st, i);
    } else if (k === K_HAN) i = onHan(st, i);
    else if (k === K_AT) i = onAt(st, i);
    else if (k === K_COLON) i = onColon(st, i);
    else if (k === K_LATIN) i = onLatin(st, i);
    else i++;
  }
}

/** After a digit group at j: does a group run go on (a separator and another group, a letter, °)? */
function continuesRun(text: string, j: number, stop: number): boolean {
  if (stop < 128) {
    const c1 = text.charCodeAt(j + 1);
    if (stop === 32) return (c1 >= 48 && c1 <= 57) || c1 === 40;
    if (stop === 45 || stop === 46 || stop === 47 || stop === 58 || stop === 40 || stop === 41) return isAsciiAlnum(c1) || c1 === 32 || c1 === 45;
    return (stop >= 65 && stop <= 90) || (stop >= 97 && stop <= 122);
  }
  return stop === 0xb0;
}

function digitsAt(text: string, i: number, min: number, max: number): number {
  let j = i;
  while (j < text.length && j - i < max) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) break;
    j++;
  }
  return j - i >= min ? j : -1;
}

/**
 * End of a date or timestamp at i: yyyy-mm-dd or yyyy/mm/dd, optionally "T" or " " and
 * hh:mm[:ss][.fff][Z|±hh:mm]; -1 when there is none (then the run is read as usual).
 */
function timestampEnd(text: string, i: number): number {
  const sep = text.charCodeAt(i + 4);
  let j = digitsAt(text, i + 5, 1, 2);
  if (j < 0 || text.charCodeAt(j) !== sep) return -1;
  j = digitsAt(text, j + 1, 1, 2);
  if (j < 0) return -1;
  let c = text.charCodeAt(j);
  if ((c === 84 || c === 32) && text.charCodeAt(j + 3) === 58) {
    const h = digitsAt(text, j + 1, 2, 2);
    const m = h < 0 ? -1 : digitsAt(text, h + 1, 2, 2);
    if (m > 0) {
      j = m;
      if (text.charCodeAt(j) === 58) {
        const sec = digitsAt(text, j + 1, 2, 2);
        if (sec > 0) j = sec;
      }
      c = text.charCodeAt(j);
      if (c === 46 || c === 44) {
        const frac = digitsAt(text, j + 1, 1, 9);
        if (frac > 0) j = frac;
      }
      c = text.charCodeAt(j);
      if (c === 90) j++;
      else if ((c === 43 || c === 45) && digitsAt(text, j + 1, 2, 2) > 0) {
        j = digitsAt(text, j + 1, 2, 2);
        if (text.charCodeAt(j) === 58) j++;
        const tz = digitsAt(text, j, 2, 2);
        if (tz > 0) j = tz;
      }
    }
  }
  // The date must end the token: "2024-01-05-13812345678" is read as a run.
  c = j < text.length ? text.charCodeAt(j) : 0;
  return isAsciiAlnum(c) || c === 45 || c === 46 || c === 47 || c === 58 ? -1 : j;
}

function isHexWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isHexDigit(text.charCodeAt(i))) return false;
  return true;
}

/** A word with digits, or a short word that may be hex: read as a group run. */
function onLetterWord(st: ScanState, from: number): number {
  const found = st.out.size;
  const end = onRun(st, from);
  if (st.out.size > found) return end;
  // Nothing there: a capitalised word may still start a name or a street.
  const text = st.text;
  let j = from;
  while (j < end && isLatinLetter(text.charCodeAt(j))) j++;
  if (j - from >= 2 && isLatinUpper(text.charCodeAt(from)) && text.charCodeAt(from + 1) >= 97 && (st.on(D.PERSON_NAME) || st.on(D.ADDRESS))) {
    const matched = onCapitalised(st, from, j);
    if (matched > j) return matched;
  }
  return end;
}

function onCapitalisedWord(st: ScanState, from: number, end: number): number {
  return Math.max(end, onCapitalised(st, from, end));
}

function onLatin(st: ScanState, from: number): number {
  const text = st.text;
  const end = latinWordEnd(text, from);
  if (isLatinUpper(text.charCodeAt(from)) && (st.on(D.PERSON_NAME) || st.on(D.ADDRESS))) {
    const matched = onCapitalised(st, from, end);
    if (matched > end) return matched;
  }
  return end > from ? end : from + 1;
}

/** A capitalised word: names (titles, given names, cues) and street words. */
function onCapitalised(st: ScanState, from: number, end: number): number {
  const text = st.text;
  if (end - from > 14) return end;
  // Most capitalised words ("UserService", "The") are neither: decide without allocating.
  const nameWord = st.on(D.PERSON_NAME) && (mayBeNameWord(text, from, end) || cueBefore(text, from));
  const streetWord =
    st.on(D.ADDRESS) &&
    text.charCodeAt(end) === 32 &&
    (STREET_PREFIX_FIRSTS.includes(text.charAt(from)) || (end - from >= 6 && isDigit(text.charCodeAt(end + 1))));
  if (!nameWord && !streetWord) return end;
  const word = text.slice(from, end);
  if (st.on(D.ADDRESS) && text.charCodeAt(end) === 32) {
    const address = matchStreetFirstAt(st, from, end, word);
    if (address > 0) return address;
  }
  if (st.on(D.PERSON_NAME)) {
    const name = matchEnNameAt(st, from, end, word);
    if (name > 0) return name;
  }
  return end;
}

function onAt(st: ScanState, at: number): number {
  if (!st.on(D.EMAIL)) return at + 1;
  const end = matchEmailAt(st, at);
  return end > at ? end : at + 1;
}

function onColon(st: ScanState, at: number): number {
  const text = st.text;
  // "::ffff:10.0.0.1", "::1" start with a colon; "a::b" is handled from its first group.
  if (text.charCodeAt(at + 1) === 58 && (at === 0 || !isAsciiAlnum(text.charCodeAt(at - 1))) && st.on(D.IP_ADDRESS)) {
    const end = matchIpv6At(st, at);
    if (end > at) return end;
  }
  return at + 1;
}

function onHan(st: ScanState, at: number): number {
  const text = st.text;
  const flags = HAN[text.charCodeAt(at)] as number;
  if ((flags & H_PLATE) !== 0 && st.on(D.CN_LICENSE_PLATE)) {
    const end = matchPlateAt(st, at);
    if (end > at) return end;
  }
  if ((flags & H_ADDRESS) !== 0 && st.on(D.ADDRESS)) {
    const end = matchCnAddressAt(st, at);
    if (end > at) return end;
  }
  if ((flags & (H_SURNAME | H_COMPOUND)) !== 0 && st.on(D.PERSON_NAME)) {
    const end = matchCnNameAt(st, at);
    if (end > at) return end;
  }
  return at + 1;
}

/** Reads the group run at `from` and lets the detectors take groups from it. */
function onRun(st: ScanState, from: number): number {
  return onGroups(st, st.run.read(st.text, from));
}

/** Lets the detectors take groups from the run just read (which ends at `to`). */
function onGroups(st: ScanState, to: number): number {
  const run = st.run;
  let resume = to;
  let a = 0;
  let covered = -1;
  while (a < run.count) {
    // Dates and times ("2024-01-05 12:30:45.123Z") are in almost every log line and are no PI.
    const after = dateTimeEnd(run, a);
    if (after > a) {
      a = after;
      continue;
    }
    const end = matchGroup(st, a);
    if (end < 0) {
      a++;
      continue;
    }
    if (end > resume) resume = end;
    covered = end;
    a++;
    while (a < run.count && (run.start[a] as number) < end) a++;
  }
  // "2046 50 Point Walter Road": a house number the run ends with.
  if (st.on(D.ADDRESS) && covered < to && st.text.charCodeAt(to) === 32 && isLatinUpper(st.text.charCodeAt(to + 1))) {
    let g = run.count - 1;
    if (run.isDigits(g) && run.length(g) <= 6) {
      if (g > 0 && run.sep[g] === 32 && run.isDigits(g - 1) && run.length(g - 1) <= 6 && (run.start[g - 1] as number) >= covered) g--;
      if (run.startsClean(g) && (run.start[g] as number) >= covered) {
        const end = matchEnAddressAt(st, run.start[g] as number, to);
        if (end > resume) resume = end;
      }
    }
  }
  return resume;
}

function isShortNumber(run: GroupRun, g: number, max: number): boolean {
  return g < run.count && run.isDigits(g) && run.length(g) <= max;
}

/**
 * If group a starts a date ("2024-01-05", "2024/1/5") and/or a time ("12:30", "12:30:45.123",
 * ISO "05T12:30:45Z"), the index of the first group after it; otherwise a.
 */
function dateTimeEnd(run: GroupRun, a: number): number {
  let g = a;
  if (run.length(a) === 4 && run.isDigits(a) && a + 2 < run.count) {
    const sep = run.sep[a + 1] as number;
    const year = run.numberOf(a);
    if ((sep === 45 || sep === 47 || sep === 46) && year >= 1900 && year <= 2099 && run.sep[a + 2] === sep && isShortNumber(run, a + 1, 2)) {
      const day = a + 2;
      if (isShortNumber(run, day, 2)) g = a + 3;
      else if (run.length(day) >= 3 && run.length(day) <= 5 && (run.text.charCodeAt((run.start[day] as number) + 2) | 32) === 116)
        g = a + 3; // "05T12"
      else return a;
      // The time of an ISO timestamp continues from the "05T12" group.
      if (g === a + 3 && !run.isDigits(day)) return timeEnd(run, day, g);
      if (g < run.count && run.sep[g] === 32) return Math.max(g, timeEnd(run, g - 1, g));
      return g;
    }
  }
  if (isShortNumber(run, a, 2) && a + 1 < run.count && run.sep[a + 1] === 58) return timeEnd(run, a, a);
  return a;
}

/** Minutes, seconds and fraction after the hour group h; `fallback` when there is no time. */
function timeEnd(run: GroupRun, h: number, fallback: number): number {
  const hour = h + 1 < run.count && run.sep[h + 1] === 32 ? h + 1 : h;
  let g = hour === h && !run.isDigits(h) ? h + 1 : hour + 1;
  if (!(g < run.count && run.sep[g] === 58 && isShortNumber(run, g, 2) && run.length(g) === 2)) return fallback;
  g++;
  if (g < run.count && run.sep[g] === 58 && run.length(g) === 2 && run.isDigits(g)) g++;
  if (g < run.count && run.sep[g] === 46 && run.length(g) <= 10) g++;
  // "12:30:45:67:89:ab" is a MAC, not a time.
  if (g < run.count && run.sep[g] === 58) return fallback;
  return g;
}

/** The detectors that can start at group a, most specific first; the end character or -1. */
function matchGroup(st: ScanState, a: number): number {
  const run = st.run;
  const flags = run.flags[a] as number;
  const len = run.length(a);
  const nextSep = a + 1 < run.count ? (run.sep[a + 1] as number) : 0;
  let end = -1;
  if ((flags & G_HEX) !== 0) {
    // "2001:db8::1" — the run stops at "::", so look at the text itself.
    if (len <= 4 && st.text.charCodeAt(run.end[a] as number) === 58) {
      if (st.on(D.IP_ADDRESS) && run.startsClean(a)) end = matchIpv6At(st, run.start[a] as number);
      if (end < 0 && st.on(D.MAC_ADDRESS)) end = matchMac(st, a);
      if (end >= 0) return end;
    } else if ((len === 2 && nextSep === 45) || (len === 4 && nextSep === 46)) {
      if (st.on(D.MAC_ADDRESS)) end = matchMac(st, a);
      if (end >= 0) return end;
    }
  }
  if ((flags & G_DIGITS) === 0) return matchWordGroup(st, a, len);
  const text = st.text;
  // "+CC ...": an international phone (or +86 mobile) before any other reading.
  if (a === 0 && run.plus) {
    if (st.on(D.CN_MOBILE)) end = matchCnMobile(st, a);
    if (end < 0 && st.on(D.PHONE_NUMBER)) end = matchPhone(st, a);
    if (end >= 0) return end;
  }
  if (len === 18 || (len <= 8 && (nextSep === 32 || nextSep === 45))) {
    if (st.on(D.CN_RESIDENT_ID)) end = matchResidentId(st, a);
    if (end >= 0) return end;
  }
  if (len === 11 || len === 13 || len === 15 || len === 2 || len === 4 || len === 3) {
    if (st.on(D.CN_MOBILE)) end = matchCnMobile(st, a);
    if (end >= 0) return end;
  }
  if (len === 15) {
    if ((st.hints & HINT_CN_ID) !== 0 && st.on(D.CN_RESIDENT_ID)) end = matchLegacyResidentId(st, a);
    if (end < 0 && st.on(D.IMEI)) end = matchImei(st, a);
    if (end < 0) end = matchPaymentCard(st, a);
    if (end < 0 && st.on(D.CN_RESIDENT_ID)) end = matchLegacyResidentId(st, a);
    if (end >= 0) return end;
  } else if (len >= 13 || len === 4 || len === 2) {
    if (len === 2 && st.on(D.IMEI)) end = matchImei(st, a);
    if (end < 0 && (st.on(D.CREDIT_CARD) || st.on(D.CN_BANK_CARD))) end = matchPaymentCard(st, a);
    if (end >= 0) return end;
  }
  if (len === 3 && (st.on(D.US_SSN) || st.on(D.US_ITIN))) {
    end = matchSsnShape(st, a);
    if (end >= 0) return end;
  }
  if (nextSep === 46 && len <= 3) {
    if (st.on(D.IP_ADDRESS)) end = matchIpv4(st, a);
    if (end < 0 && st.on(D.GEO_COORDINATE)) end = matchGeoDecimal(st, a);
    if (end >= 0) return end;
  }
  if (st.on(D.PHONE_NUMBER) && len <= 11) {
    end = matchPhone(st, a);
    if (end >= 0) return end;
  }
  if (len <= 3 && text.charCodeAt(run.end[a] as number) === 0xb0 && st.on(D.GEO_COORDINATE)) {
    end = matchGeoDms(st, a);
    if (end >= 0) return end;
  }
  if (len === 9) {
    if (st.on(D.US_SSN) || st.on(D.US_ITIN)) end = matchBareSsn(st, a);
    if (end < 0 && st.on(D.US_PASSPORT)) end = matchUsPassport(st, a);
    if (end >= 0) return end;
  }
  if (len >= 4 && st.on(D.US_DRIVER_LICENSE)) end = matchDriverLicense(st, a);
  return end;
}

/** A group with letters: IBAN, passports, an id ending in X, driver licences. */
function matchWordGroup(st: ScanState, a: number, len: number): number {
  const run = st.run;
  const text = st.text;
  const start = run.start[a] as number;
  let end = -1;
  if (len >= 4 && st.on(D.IBAN) && run.startsClean(a)) {
    const c0 = text.charCodeAt(start);
    const c1 = text.charCodeAt(start + 1);
    if (c0 >= 65 && c0 <= 90 && c1 >= 65 && c1 <= 90 && isDigit(text.charCodeAt(start + 2)) && isDigit(text.charCodeAt(start + 3))) {
      end = matchIbanAt(st, start);
      if (end >= 0) return end;
    }
  }
  if (len === 18 && st.on(D.CN_RESIDENT_ID) && (text.charCodeAt((run.end[a] as number) - 1) | 32) === 120) {
    end = matchResidentId(st, a);
    if (end >= 0) return end;
  }
  if (len === 8 || len === 9) {
    if (st.on(D.CN_PASSPORT)) end = matchCnPassport(st, a);
    if (end < 0 && len === 9 && st.on(D.US_PASSPORT) && ((st.hints & HINT_PASSPORT) !== 0 || text.charCodeAt(start) <= 90)) end = matchUsPassport(st, a);
    if (end >= 0) return end;
  }
  if (st.on(D.US_DRIVER_LICENSE) && ((st.hints & HINT_DRIVER_LICENSE) !== 0 || text.charCodeAt(start) <= 90)) end = matchDriverLicense(st, a);
  return end;
}
