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

function skipSpaces(text: string, i: number): number {
  let j = i;
  while (text.charCodeAt(j) === 32) j++;
  return j;
}

/** End of the digit run at i (with a letter suffix: "12B", "1st"), or i. */
function numberEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  if (j === i) return i;
  while (j < text.length && j - i < 8 && isLatinLetter(text.charCodeAt(j))) j++;
  return j;
}

/** Unit designators, then ", City" (capitalised words) and an optional state code and ZIP. */
function tail(text: string, from: number): number {
  let end = from;
  for (let guard = 0; guard < 4; guard++) {
    let i = skipSpaces(text, end);
    if (text.charCodeAt(i) === 44) i = skipSpaces(text, i + 1);
    const wordEnd = latinWordEnd(text, i);
    let unit = wordEnd > i && UNITS.has(text.slice(i, wordEnd));
    let j = wordEnd;
    if (!unit && text.charCodeAt(i) === 35) {
      unit = true;
      j = i + 1;
    }
    if (!unit) break;
    if (text.charCodeAt(j) === 46) j++;
    j = skipSpaces(text, j);
    const n = numberEnd(text, j);
    if (n === j) break;
    end = n;
  }
  // ", City[, ST] [ZIP]"
  let i = skipSpaces(text, end);
  if (text.charCodeAt(i) !== 44) return end;
  i = skipSpaces(text, i + 1);
  let cityEnd = -1;
  for (let words = 0; words < 3 && isLatinUpper(text.charCodeAt(i)); words++) {
    cityEnd = latinWordEnd(text, i);
    if (text.charCodeAt(cityEnd) !== 32 || !isLatinUpper(text.charCodeAt(cityEnd + 1))) break;
    i = cityEnd + 1;
  }
  if (cityEnd < 0) return end;
  end = cityEnd;
  i = skipSpaces(text, end);
  if (text.charCodeAt(i) === 44) i = skipSpaces(text, i + 1);
  const stateEnd = latinWordEnd(text, i);
  if (stateEnd - i === 2 && isLatinUpper(text.charCodeAt(i)) && isLatinUpper(text.charCodeAt(i + 1))) {
    end = stateEnd;
    i = skipSpaces(text, end);
  }
  const zipEnd = numberEnd(text, i);
  if (zipEnd - i >= 4 && zipEnd - i <= 6) end = zipEnd;
  return end;
}

/** A house number [start, end) followed by street words and a street type. */
export function matchEnAddressAt(st: ScanState, start: number, end: number): number {
  const text = st.text;
  let i = end;
  for (let words = 0; words < 6; words++) {
    if (text.charCodeAt(i) !== 32) return -1;
    i++;
    const c = text.charCodeAt(i);
    let wordEnd: number;
    if (isDigit(c)) wordEnd = numberEnd(text, i);
    else if (isLatinLetter(c)) wordEnd = latinWordEnd(text, i);
    else return -1;
    if (wordEnd === i) return -1;
    if (words > 0 && isLatinUpper(c) && wordEnd - i <= 12 && EN_STREET_TYPES.has(text.slice(i, wordEnd))) {
      let last = wordEnd;
      if (text.charCodeAt(last) === 46) last++;
      const stop = tail(text, last);
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
  const text = st.text;
  const prefix = STREET_PREFIXES.has(word);
  if (!prefix) {
    // "Feldstrasse 42" or a separate "Strasse 36"; short endings ("weg", "vej") need a longer word.
    if (word.length < 6 || !isDigit(text.charCodeAt(end + 1)) || !STREET_SUFFIX_PATTERN.test(word)) return -1;
  }
  let i = end;
  for (let words = 0; words < (prefix ? 4 : 1); words++) {
    if (text.charCodeAt(i) !== 32) return -1;
    const n = numberEnd(text, i + 1);
    if (n > i + 1) {
      if (words === 0 && prefix) return -1;
      const stop = tail(text, n);
      st.emit(D.ADDRESS, start, stop, CONFIDENCE);
      return stop;
    }
    const wordEnd = latinWordEnd(text, i + 1);
    if (wordEnd === i + 1) return -1;
    i = wordEnd;
  }
  return -1;
}
