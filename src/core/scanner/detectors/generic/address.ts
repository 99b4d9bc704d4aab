import { EN_STREET_TYPES, STREET_PREFIXES, STREET_SUFFIX_PATTERN } from '../../data/en-names.js';
import { isDigit, isLatinLetter, isLatinUpper } from '../../engine/char-class.js';
import { D } from '../../engine/detector-index.js';
import type { ScanState } from '../../engine/scan-state.js';
import { latinWordEnd } from './person-name.js';

// ADDRESS (Latin script): a house number, one to five words and a street type ("2046 50 Point
// Walter Road", "14 Crown Street"), then unit designators ("Apt. 162", "Suite 960") and an
// optional ", City, ST 12345"; a Romance street word first ("Rua Diadema 1903"); a one-word
// Germanic or Nordic street and its number ("Feldstrasse 42", "Augsburger Strasse 36").

const CONFIDENCE = 0.6;
const UNITS = new Set(['Apt', 'Apartment', 'Suite', 'Ste', 'Unit', 'Floor', 'Fl', 'Room', 'Rm', 'Box', 'Bldg', 'Building', 'Flat', 'Dept']);

function skipSpaces(st: ScanState, i: number): number {
  let j = i;
  while (st.at(j) === 32) j++;
  return j;
}

/** End of the digit run at i (with a letter suffix: "12B", "1st"), or i. */
function numberEnd(st: ScanState, i: number): number {
  const t = st.t;
  const n = st.to;
  let j = i;
  while (j < n && isDigit(t[j] as number)) j++;
  if (j === i) return i;
  while (j < n && j - i < 8 && isLatinLetter(t[j] as number)) j++;
  return j;
}

/** Unit designators, then ", City" (capitalised words) and an optional state code and ZIP. */
function tail(st: ScanState, from: number): number {
  let end = from;
  for (let guard = 0; guard < 4; guard++) {
    let i = skipSpaces(st, end);
    if (st.at(i) === 44) i = skipSpaces(st, i + 1);
    const wordEnd = latinWordEnd(st, i);
    let unit = wordEnd > i && UNITS.has(st.textOf(i, wordEnd));
    let j = wordEnd;
    if (!unit && st.at(i) === 35) {
      unit = true;
      j = i + 1;
    }
    if (!unit) break;
    if (st.at(j) === 46) j++;
    j = skipSpaces(st, j);
    const n = numberEnd(st, j);
    if (n === j) break;
    end = n;
  }
  // ", City[, ST] [ZIP]"
  let i = skipSpaces(st, end);
  if (st.at(i) !== 44) return end;
  i = skipSpaces(st, i + 1);
  let cityEnd = -1;
  for (let words = 0; words < 3 && isLatinUpper(st.at(i)); words++) {
    cityEnd = latinWordEnd(st, i);
    if (st.at(cityEnd) !== 32 || !isLatinUpper(st.at(cityEnd + 1))) break;
    i = cityEnd + 1;
  }
  if (cityEnd < 0) return end;
  end = cityEnd;
  i = skipSpaces(st, end);
  if (st.at(i) === 44) i = skipSpaces(st, i + 1);
  const stateEnd = latinWordEnd(st, i);
  if (stateEnd - i === 2 && isLatinUpper(st.at(i)) && isLatinUpper(st.at(i + 1))) {
    end = stateEnd;
    i = skipSpaces(st, end);
  }
  const zipEnd = numberEnd(st, i);
  if (zipEnd - i >= 4 && zipEnd - i <= 6) end = zipEnd;
  return end;
}

/** A house number [start, end) followed by street words and a street type. */
export function matchEnAddressAt(st: ScanState, start: number, end: number): number {
  let i = end;
  for (let words = 0; words < 6; words++) {
    if (st.at(i) !== 32) return -1;
    i++;
    const c = st.at(i);
    let wordEnd: number;
    if (isDigit(c)) wordEnd = numberEnd(st, i);
    else if (isLatinLetter(c)) wordEnd = latinWordEnd(st, i);
    else return -1;
    if (wordEnd === i) return -1;
    if (words > 0 && isLatinUpper(c) && wordEnd - i <= 12 && EN_STREET_TYPES.has(st.textOf(i, wordEnd))) {
      let last = wordEnd;
      if (st.at(last) === 46) last++;
      const stop = tail(st, last);
      st.emit(D.ADDRESS, start, stop, CONFIDENCE);
      return stop;
    }
    i = wordEnd;
  }
  return -1;
}

/**
 * A street word [start, end) before a house number: "Rua Diadema 1903" (a Romance street
 * type first) or "Feldstrasse 42" (a Germanic street ending). Called when the word is followed
 * by a space and then, within three words, a number.
 */
export function matchStreetFirstAt(st: ScanState, start: number, end: number, word: string): number {
  const prefix = STREET_PREFIXES.has(word);
  if (!prefix) {
    // "Feldstrasse 42" or a separate "Strasse 36"; short endings ("weg", "vej") need a longer word.
    if (word.length < 6 || !isDigit(st.at(end + 1)) || !STREET_SUFFIX_PATTERN.test(word)) return -1;
  }
  let i = end;
  for (let words = 0; words < (prefix ? 4 : 1); words++) {
    if (st.at(i) !== 32) return -1;
    const n = numberEnd(st, i + 1);
    if (n > i + 1) {
      if (words === 0 && prefix) return -1;
      const stop = tail(st, n);
      st.emit(D.ADDRESS, start, stop, CONFIDENCE);
      return stop;
    }
    const wordEnd = latinWordEnd(st, i + 1);
    if (wordEnd === i + 1) return -1;
    i = wordEnd;
  }
  return -1;
}
