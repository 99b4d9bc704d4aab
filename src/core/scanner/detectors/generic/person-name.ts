import { EN_AMBIGUOUS_NAMES, EN_FIRST_NAMES, EN_ORGANISATION_WORDS, EN_STREET_TYPES, EN_TITLES } from '../../data/en-names.js';
import { isLatinLetter, isLatinUpper } from '../../engine/char-class.js';
import { D } from '../../engine/detector-index.js';
import type { ScanState } from '../../engine/scan-state.js';

// PERSON_NAME (Latin script): a title and a surname ("Ms. Roefs", "Dr. Kozłowski"); a common
// given name and a capitalised surname ("Lisa Wirtz", "Andrea Ólafsdóttir"); a given name alone
// unless it is also an everyday word; any capitalised words after "my name is", "Dear", "Hi".
// Lower-case names and surnames alone are not found: rules cannot tell them from words.

const TITLE = 0.7;
const FULL_NAME = 0.75;
const GIVEN_ONLY = 0.5;
const AFTER_CUE = 0.65;
/** Words right before a name (spaces between them and the name are skipped). */
const CUES = [
  'name is',
  'Name is',
  'name?',
  'Name?',
  'name:',
  'Name:',
  'I am',
  "I'm",
  'Hi',
  'Hello',
  'Dear',
  'Thanks',
  'thanks',
  'says',
  'said',
  'called',
  'Directed By:',
  'directed by',
  'assistant to',
  'User:',
  'Customer:',
  'Signed by',
  'signed by',
  'kid',
  'son',
  'daughter',
  'wife',
  'husband',
  'songwriter',
  'founders:',
  'add',
  'speak to',
  'told',
  'asked',
  'Contact:',
  'contact:',
  'Attn:',
  'attn:',
  'From:',
  'To:',
  'Cc:',
  'Regards,',
  'regards,',
];
/** Cue words by their last character: most capitalised words are preceded by none of them. */
const CUES_BY_END = new Map<number, string[]>();
for (const cue of CUES) {
  const last = cue.charCodeAt(cue.length - 1);
  CUES_BY_END.set(last, [...(CUES_BY_END.get(last) ?? []), cue]);
}

/**
 * Could `word` be a title or a listed given name? A bitmap of (length, first letter, last
 * letter) answers without allocating; the set lookup follows only when it says yes.
 */
const SHAPES = new Uint8Array(16 * 26 * 26);
function shapeIndex(length: number, first: number, last: number): number {
  return ((length & 15) * 26 + ((first | 32) - 97)) * 26 + ((last | 32) - 97);
}
for (const word of [...EN_TITLES, ...EN_FIRST_NAMES]) {
  const first = word.charCodeAt(0);
  const last = word.charCodeAt(word.length - 1);
  if (word.length <= 15 && (first | 32) >= 97 && (first | 32) <= 122 && (last | 32) >= 97 && (last | 32) <= 122)
    SHAPES[shapeIndex(word.length, first, last)] = 1;
}

/** The ASCII word [start, end) may be a title or a given name (false positives possible, no false negatives). */
export function mayBeNameWord(st: ScanState, start: number, end: number): boolean {
  const length = end - start;
  const first = (st.t[start] as number) | 32;
  const last = (st.t[end - 1] as number) | 32;
  if (length > 15 || first < 97 || first > 122 || last < 97 || last > 122) return false;
  return SHAPES[shapeIndex(length, first, last)] === 1;
}

/** A cue word ("name is", "Dear", "said", "Name:") ends right before `start`, spaces apart. */
export function cueBefore(st: ScanState, start: number): boolean {
  const lo = st.from;
  let end = start;
  while (end > lo && st.t[end - 1] === 32) end--;
  if (end === start || end - lo < 2) return false;
  const cues = CUES_BY_END.get(st.t[end - 1] as number);
  if (cues === undefined) return false;
  for (const cue of cues) {
    const from = end - cue.length;
    if (from >= lo && st.startsWith(cue, from) && (from === lo || !isLatinLetter(st.t[from - 1] as number))) return true;
  }
  return false;
}

/** End of the Latin-script word at i (letters, inner apostrophes and hyphens). */
export function latinWordEnd(st: ScanState, i: number): number {
  const t = st.t;
  const n = st.to;
  let j = i;
  while (j < n) {
    const c = t[j] as number;
    if (isLatinLetter(c)) j++;
    else if ((c === 39 || c === 45) && j > i && j + 1 < n && isLatinLetter(t[j + 1] as number)) j++;
    else break;
  }
  return j;
}

/** A capitalised word (upper, then at least one lower-case letter) starting at i; its end or -1. */
function capitalisedAt(st: ScanState, i: number): number {
  if (i >= st.to || !isLatinUpper(st.at(i))) return -1;
  const end = latinWordEnd(st, i);
  if (end - i < 2) return -1;
  const second = st.t[i + 1] as number;
  if (second >= 65 && second <= 90) return -1; // ALL CAPS: an acronym or a shout, not a name
  return end;
}

/** After `end`: " Surname" or " J. Surname"; returns the new end or `end`. */
function surnameAfter(st: ScanState, end: number): number {
  if (st.at(end) !== 32) return end;
  let i = end + 1;
  // middle initial
  if (isLatinUpper(st.at(i)) && st.at(i + 1) === 46 && st.at(i + 2) === 32) i += 3;
  else if (isLatinUpper(st.at(i)) && st.at(i + 1) === 32 && isLatinUpper(st.at(i + 2))) i += 2;
  const surname = capitalisedAt(st, i);
  if (surname < 0) return end;
  // "John Street", "Monika Union", "Russell Investments": a street or a firm, not a surname.
  const word = surname - i <= 14 ? st.textOf(i, surname) : '';
  if (EN_STREET_TYPES.has(word) || EN_ORGANISATION_WORDS.has(word)) return -1;
  return surname;
}

/**
 * Tries a name at the capitalised word `word` = text[start, end); returns the end character or
 * -1. Called only for words that start with an upper-case letter.
 */
export function matchEnNameAt(st: ScanState, start: number, end: number, word: string): number {
  if (end - start < 2) return -1;
  if (EN_TITLES.has(word)) {
    let i = end;
    if (st.at(i) === 46) i++;
    if (st.at(i) !== 32) return -1;
    const surname = capitalisedAt(st, i + 1);
    if (surname < 0) return -1;
    const last = Math.max(surname, surnameAfter(st, surname));
    st.emit(D.PERSON_NAME, i + 1, last, TITLE);
    return last;
  }
  const wordEnd = capitalisedAt(st, start);
  if (wordEnd !== end) return -1;
  if (EN_FIRST_NAMES.has(word)) {
    const last = surnameAfter(st, end);
    if (last < 0) return -1;
    if (last > end) {
      st.emit(D.PERSON_NAME, start, last, FULL_NAME);
      return last;
    }
    if (EN_AMBIGUOUS_NAMES.has(word)) return -1;
    st.emit(D.PERSON_NAME, start, end, GIVEN_ONLY);
    return end;
  }
  if (cueBefore(st, start)) {
    const last = Math.max(end, surnameAfter(st, end));
    st.emit(D.PERSON_NAME, start, last, AFTER_CUE);
    return last;
  }
  return -1;
}
