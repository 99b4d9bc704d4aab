import { STREET_PREFIXES } from '../data/en-names.js';
import { matchCnAddressAt } from '../detectors/cn/address.js';
import { matchPlateAt } from '../detectors/cn/license-plate.js';
import { matchCnNameAt } from '../detectors/cn/person-name.js';
import { matchStreetFirstAt } from '../detectors/generic/address.js';
import { matchEmailAt } from '../detectors/generic/email.js';
import { matchIpv6At } from '../detectors/generic/ip-address.js';
import { cueBefore, latinWordEnd, matchEnNameAt, mayBeNameWord } from '../detectors/generic/person-name.js';
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
import { D } from './detector-index.js';
import { onGroups, onRun } from './group-dispatch.js';
import type { ScanState } from './scan-state.js';
import { timestampEnd } from './timestamps.js';

// The one pass over a line. A table lookup per code unit skips what cannot start a match; at a
// letter-or-digit word the group run (group-run.ts) is read once and offered to the number
// detectors (group-dispatch.ts); '@', '::' and a few Han characters (plate province, surname,
// street) start their own detectors. Each detector validates what it is given (check digits,
// ranges, numbering plans) and the loop resumes after whatever matched.

/** First letters and longest length of the Romance street words (Rua, Via, Calle, Avenida, ...). */
const STREET_PREFIX_FIRSTS = new Set([...STREET_PREFIXES].map((word) => word.charCodeAt(0)));
const STREET_PREFIX_LENGTH = Math.max(...[...STREET_PREFIXES].map((word) => word.length));

/** Runs every enabled detector over the window of st, appending to st.out. */
export function scanText(st: ScanState): void {
  const t = st.t;
  const lo = st.from;
  const n = st.to;
  const words = st.on(D.PERSON_NAME) || st.on(D.ADDRESS);
  let i = lo;
  while (i < n) {
    const c = t[i] as number;
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
        d = t[j] as number;
        if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90))) break;
        j++;
      }
      const stop = j < n ? d : 0;
      const len = j - i;
      if ((stop >= 48 && stop <= 57) || (((len <= 4 && stop === 58) || (len === 2 && stop === 45) || (len === 4 && stop === 46)) && isHexWord(t, i, j))) {
        i = onLetterWord(st, i);
        continue;
      }
      if (words && k === K_UPPER && j - i >= 2) {
        const second = t[i + 1] as number;
        if (second >= 97 || stop >= 0xc0) {
          i = onCapitalisedWord(st, i, stop >= 0xc0 && stop <= 0x24f ? latinWordEnd(st, i) : j);
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
        const d = t[j] as number;
        if (d < 48 || d > 57) break;
        j++;
      }
      const len = j - i;
      // No identifier has more than 40 digits in a row: a long digit string is data, not PI.
      if (len > 40) {
        i = j;
        continue;
      }
      const stop = j < n ? (t[j] as number) : 0;
      if (!continuesRun(st, j, stop) && (i === lo || t[i - 1] !== 43)) {
        if (len <= 4 || ((len <= 8 || len === 12 || len > 19) && !st.mayHoldDriverLicense())) {
          // "14 Crown Street": a house number before a capitalised word.
          if (len <= 6 && stop === 32 && st.on(D.ADDRESS) && isLatinUpper(st.at(j + 1))) i = onRun(st, i);
          else i = j;
          continue;
        }
        st.run.single(t, lo, n, i, j);
        i = onGroups(st, j);
        continue;
      } else if (len === 4 && (stop === 45 || stop === 47)) {
        const after = timestampEnd(t, n, i);
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
function continuesRun(st: ScanState, j: number, stop: number): boolean {
  if (stop < 128) {
    const c1 = st.at(j + 1);
    if (stop === 32) return (c1 >= 48 && c1 <= 57) || c1 === 40;
    if (stop === 45 || stop === 46 || stop === 47 || stop === 58 || stop === 40 || stop === 41) return isAsciiAlnum(c1) || c1 === 32 || c1 === 45;
    return (stop >= 65 && stop <= 90) || (stop >= 97 && stop <= 122);
  }
  return stop === 0xb0;
}

function isHexWord(t: Uint16Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isHexDigit(t[i] as number)) return false;
  return true;
}

/** A word with digits, or a short word that may be hex: read as a group run. */
function onLetterWord(st: ScanState, from: number): number {
  const found = st.out.size;
  const end = onRun(st, from);
  if (st.out.size > found) return end;
  // Nothing there: a capitalised word may still start a name or a street.
  const t = st.t;
  let j = from;
  while (j < end && isLatinLetter(t[j] as number)) j++;
  if (j - from >= 2 && isLatinUpper(t[from] as number) && (t[from + 1] as number) >= 97 && (st.on(D.PERSON_NAME) || st.on(D.ADDRESS))) {
    const matched = onCapitalised(st, from, j);
    if (matched > j) return matched;
  }
  return end;
}

function onCapitalisedWord(st: ScanState, from: number, end: number): number {
  return Math.max(end, onCapitalised(st, from, end));
}

function onLatin(st: ScanState, from: number): number {
  const end = latinWordEnd(st, from);
  if (isLatinUpper(st.t[from] as number) && (st.on(D.PERSON_NAME) || st.on(D.ADDRESS))) {
    const matched = onCapitalised(st, from, end);
    if (matched > end) return matched;
  }
  return end > from ? end : from + 1;
}

/** A capitalised word: names (titles, given names, cues) and street words. */
function onCapitalised(st: ScanState, from: number, end: number): number {
  if (end - from > 14) return end;
  // Most capitalised words ("UserService", "The") are neither: decide without allocating.
  const nameWord = st.on(D.PERSON_NAME) && (mayBeNameWord(st, from, end) || cueBefore(st, from));
  const streetWord =
    st.on(D.ADDRESS) &&
    st.at(end) === 32 &&
    ((end - from <= STREET_PREFIX_LENGTH && STREET_PREFIX_FIRSTS.has(st.t[from] as number)) || (end - from >= 6 && isDigit(st.at(end + 1))));
  if (!nameWord && !streetWord) return end;
  const word = st.textOf(from, end);
  if (st.on(D.ADDRESS) && st.at(end) === 32) {
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
  // "::ffff:10.0.0.1", "::1" start with a colon; "a::b" is handled from its first group.
  if (st.at(at + 1) === 58 && (at === st.from || !isAsciiAlnum(st.t[at - 1] as number)) && st.on(D.IP_ADDRESS)) {
    const end = matchIpv6At(st, at);
    if (end > at) return end;
  }
  return at + 1;
}

function onHan(st: ScanState, at: number): number {
  const flags = HAN[st.t[at] as number] as number;
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
