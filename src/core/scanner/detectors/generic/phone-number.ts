import { HINT_PHONE } from '../../engine/column-context.js';
import { CUE_PHONE } from '../../engine/context-words.js';
import { D } from '../../engine/detector-index.js';
import type { GroupRun } from '../../engine/group-run.js';
import { boosted, type ScanState } from '../../engine/scan-state.js';
import { PHONE_PERSONAL } from './phone-numbering-plan.js';

// PHONE_NUMBER: phone numbers outside mainland China, validated with libphonenumber metadata
// (phone-numbering-plan.ts): international "+CC ..." numbers of any country, and North American
// numbers written the national way ("(415) 555-0132", "415-555-0132", "1 (567) 362-8910").
// Mainland numbers are CN_MOBILE; +86 landlines are not reported (no detector in the contract).
// Toll-free, premium and shared-cost numbers are businesses, not people, and are skipped.

const INTERNATIONAL = 0.85;
const NATIONAL = 0.75;

/** Separators a written phone number uses between digit groups. */
function isPhoneSeparator(sep: number): boolean {
  return sep === 32 || sep === 45 || sep === 46 || sep === 40 || sep === 41 || sep === (41 | (32 << 8)) || sep === (32 | (40 << 8)) || sep === (41 | (45 << 8));
}

const DIGITS = new Uint8Array(24);

/**
 * Collects the digits of groups a.. while they are digit groups joined by phone separators and
 * at most `max` digits; writes them into DIGITS and the running total per group into `totals`.
 * Returns the last group index reached.
 */
function collect(run: GroupRun, a: number, max: number, totals: Int32Array): number {
  let n = 0;
  let g = a;
  for (; g < run.count; g++) {
    if (g > a && !isPhoneSeparator(run.sep[g] as number)) break;
    if (!run.isDigits(g)) break;
    const len = run.length(g);
    if (n + len > max) break;
    const o = run.offset[g] as number;
    for (let k = 0; k < len; k++) DIGITS[n++] = run.values[o + k] as number;
    totals[g - a] = n;
    if (g - a >= 7) {
      g++;
      break;
    }
  }
  return g - 1;
}

const TOTALS = new Int32Array(12);

function digitString(from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s += String.fromCharCode(48 + (DIGITS[k] as number));
  return s;
}

/**
 * Groups a..b are laid out like a North American number: 3-3-4, 3-7 or 10 (after an optional
 * leading "1" group). Keeps "2024-01-05 12:30" and "22.120.130.140" from being read as phones;
 * a number that starts with '(' needs no layout.
 */
function isNanpLayout(run: GroupRun, a: number, b: number): boolean {
  const groups = b - a + 1;
  if (groups === 1) return run.length(a) === 10;
  if (groups === 2) return run.length(a) === 3 && run.length(b) === 7;
  return groups === 3 && run.length(a) === 3 && run.length(a + 1) === 3 && run.length(b) === 4;
}

/** "+CC ..." at the start of the run. */
function matchInternational(st: ScanState): number {
  const run = st.run;
  const last = collect(run, 0, 15, TOTALS);
  if (last < 0) return -1;
  // +86: CN_MOBILE's, or a mainland landline (not reported).
  if (DIGITS[0] === 8 && DIGITS[1] === 6) return -1;
  for (let b = last; b >= 0; b--) {
    const n = TOTALS[b] as number;
    if (n < 7) break;
    if (!run.endsClean(b)) continue;
    if (st.phones.verdict(digitString(0, n)) !== PHONE_PERSONAL) continue;
    const start = (run.start[0] as number) - 1;
    const end = run.end[b] as number;
    st.emit(D.PHONE_NUMBER, start, end, (st.hints & HINT_PHONE) !== 0 ? boosted(INTERNATIONAL) : INTERNATIONAL);
    return end;
  }
  return -1;
}

/** A North American number written nationally, starting at group a. */
function matchNanp(st: ScanState, a: number): number {
  const run = st.run;
  const last = collect(run, a, 11, TOTALS);
  if (last < a) return -1;
  // "(415) 555-0132": the '(' before the first group belongs to the number.
  const openParen = a === 0 ? run.paren : ((run.sep[a] as number) & 0xff00) === 40 << 8 || run.sep[a] === 40;
  for (let b = last; b >= a; b--) {
    const n = TOTALS[b - a] as number;
    if (n !== 10 && n !== 11) continue;
    if (!run.endsClean(b)) continue;
    if (n === 11 && !(DIGITS[0] === 1 && run.length(a) === 1)) continue;
    const first = n === 11 ? 1 : 0;
    if ((DIGITS[first] as number) < 2) continue;
    const groups = b - a + 1;
    const start = openParen ? (run.start[a] as number) - 1 : (run.start[a] as number);
    const end = run.end[b] as number;
    let supported = (st.hints & HINT_PHONE) !== 0;
    if (groups === 1 && !openParen) {
      // Ten bare digits: a phone only where the column or a word says so.
      if (!supported && !st.hasCue(start, end, CUE_PHONE)) return -1;
      supported = true;
    }
    if (!openParen && !isNanpLayout(run, first === 1 ? a + 1 : a, b)) continue;
    if (st.phones.verdict(`1${digitString(first, n)}`) !== PHONE_PERSONAL) continue;
    st.emit(D.PHONE_NUMBER, start, end, supported ? boosted(NATIONAL) : NATIONAL);
    return end;
  }
  return -1;
}

/** Tries a phone number at group a; returns the end character or -1. */
export function matchPhone(st: ScanState, a: number): number {
  const run = st.run;
  if (!run.isDigits(a)) return -1;
  if (a === 0 && run.plus) return run.glueLeft ? -1 : matchInternational(st);
  // A national number needs 10 digits in one group or a layout; most numbers are neither.
  if (run.length(a) !== 10 && !run.paren && (a + 1 >= run.count || !isPhoneSeparator(run.sep[a + 1] as number))) return -1;
  let digits = run.length(a);
  for (let g = a + 1; g < run.count && g <= a + 4 && digits < 10 && isPhoneSeparator(run.sep[g] as number); g++) digits += run.length(g);
  if (digits < 10) return -1;
  if (!run.startsClean(a)) return -1;
  return matchNanp(st, a);
}
