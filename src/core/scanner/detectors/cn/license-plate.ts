import { isAsciiAlnum } from '../../engine/char-class.js';
import { HINT_PLATE } from '../../engine/column-context.js';
import { D } from '../../engine/detector-index.js';
import { boosted, type ScanState } from '../../engine/scan-state.js';

// CN_LICENSE_PLATE: GA 36-2018 motor-vehicle plates. Province abbreviation + issuing-authority
// letter + 5 letters/digits (I and O are never used; at most two letters), or a new-energy plate
// with six: D/F + 5 (small cars: D/F first, then a letter or digit and 4 digits) or 5 digits +
// D/F (large vehicles). Trailer, coach, police, Hong Kong/Macau and consulate plates carry 4
// characters and 挂 学 警 港 澳 领 试 超. "京A·12345" with a middle dot is accepted.

const CONFIDENCE = 0.9;
const SUFFIXES = new Set([...'挂学警港澳领试超'].map((c) => c.charCodeAt(0)));

function isPlateLetter(c: number): boolean {
  return c >= 65 && c <= 90 && c !== 73 && c !== 79;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Tries a plate whose province character is at `at`; returns the end character or -1. */
export function matchPlateAt(st: ScanState, at: number): number {
  const t = st.t;
  const n = st.to;
  if (!isPlateLetter(st.at(at + 1))) return -1;
  let i = at + 2;
  if (st.at(i) === 0xb7) i++;
  const body = i;
  let letters = 0;
  while (i < n && i - body < 7) {
    const c = t[i] as number;
    if (isDigitCode(c)) i++;
    else if (isPlateLetter(c)) {
      letters++;
      i++;
    } else break;
  }
  const len = i - body;
  if (isAsciiAlnum(st.at(i))) return -1;
  let ok = false;
  // Trailer, coach, police, Hong Kong/Macau and consulate plates: 4 characters and a Han suffix.
  if (len === 4 && i < n && SUFFIXES.has(t[i] as number)) {
    st.emit(D.CN_LICENSE_PLATE, at, i + 1, (st.hints & HINT_PLATE) !== 0 ? boosted(CONFIDENCE) : CONFIDENCE);
    return i + 1;
  }
  if (len === 5) ok = letters <= 2;
  else if (len === 6) {
    const first = t[body] as number;
    const last = t[body + 5] as number;
    let tailDigits = true;
    for (let k = 2; k < 6; k++) if (!isDigitCode(t[body + k] as number)) tailDigits = false;
    let headDigits = true;
    for (let k = 0; k < 5; k++) if (!isDigitCode(t[body + k] as number)) headDigits = false;
    ok = ((first === 68 || first === 70) && tailDigits) || (headDigits && (last === 68 || last === 70));
  }
  if (!ok) return -1;
  const end = i;
  st.emit(D.CN_LICENSE_PLATE, at, end, (st.hints & HINT_PLATE) !== 0 ? boosted(CONFIDENCE) : CONFIDENCE);
  return end;
}
