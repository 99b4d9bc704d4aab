import { HINT_EMAIL } from '../../engine/column-context.js';
import { D } from '../../engine/detector-index.js';
import { boosted, type ScanState } from '../../engine/scan-state.js';

// EMAIL: addr-spec of RFC 5322 §3.4.1 in its dot-atom form (quoted local parts are not
// matched), with a domain of RFC 1035 labels (letters, digits, inner hyphens; IDNA "xn--" labels
// included) and an alphabetic top-level domain of two or more letters.

const CONFIDENCE = 0.95;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

/** atext of RFC 5322 §3.2.3 (ASCII only) plus '.', for the local part: 1 in a table by character. */
const LOCAL = new Uint8Array(128);
for (let c = 48; c <= 57; c++) LOCAL[c] = 1;
for (let c = 65; c <= 90; c++) LOCAL[c] = 1;
for (let c = 97; c <= 122; c++) LOCAL[c] = 1;
for (const c of ".!#$%&'*+-/=?^_`{|}~") LOCAL[c.charCodeAt(0)] = 1;

function isLocalChar(c: number): boolean {
  return c < 128 && LOCAL[c] === 1;
}

function isLabelChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Tries an address around the '@' at `at`; returns the end character or -1. The local part is
 * the run of allowed characters before '@'; an invalid one ("a..b@", "x.@") is not shortened
 * into a valid one.
 */
export function matchEmailAt(st: ScanState, at: number): number {
  const t = st.t;
  const lo = st.from;
  const n = st.to;
  let start = at;
  // Leading apostrophes and slashes are quoting, not part of the address.
  while (start > lo && at - start < MAX_LOCAL + 1 && isLocalChar(t[start - 1] as number)) start--;
  while (start < at && (t[start] === 39 || t[start] === 47 || t[start] === 96)) start++;
  if (start === at || at - start > MAX_LOCAL) return -1;
  if (start > lo && t[start - 1] === 64) return -1;
  if (t[start] === 46 || t[at - 1] === 46) return -1;
  for (let i = start + 1; i < at; i++) if (t[i] === 46 && t[i - 1] === 46) return -1;
  // Domain: labels separated by single dots.
  let i = at + 1;
  let labels = 0;
  let lastLabelStart = i;
  let lastLabelLetters = true;
  for (;;) {
    const labelStart = i;
    let letters = true;
    while (i < n && i - at <= MAX_DOMAIN && isLabelChar(t[i] as number)) {
      if (!isLetter(t[i] as number)) letters = false;
      i++;
    }
    const len = i - labelStart;
    if (len === 0 || len > 63 || st.at(labelStart) === 45 || t[i - 1] === 45) {
      if (len === 0 && labels >= 2 && t[labelStart - 1] === 46) {
        i = labelStart - 1; // "a@b.com." ends before the dot
        break;
      }
      return -1;
    }
    labels++;
    lastLabelStart = labelStart;
    lastLabelLetters = letters;
    if (st.at(i) === 46 && i + 1 < n && isLabelChar(t[i + 1] as number)) {
      i++;
      continue;
    }
    break;
  }
  const end = i;
  if (labels < 2 || end - at - 1 > MAX_DOMAIN) return -1;
  const tldLength = end - lastLabelStart;
  const idn = st.startsWith('xn--', lastLabelStart);
  if (!idn && (!lastLabelLetters || tldLength < 2)) return -1;
  // "a@b.com_x", "a@b.c0m": the address continues into something that is not one.
  const after = end < n ? (t[end] as number) : 0;
  if (after === 95 || after === 64) return -1;
  st.emit(D.EMAIL, start, end, (st.hints & HINT_EMAIL) !== 0 ? boosted(CONFIDENCE) : CONFIDENCE);
  return end;
}
