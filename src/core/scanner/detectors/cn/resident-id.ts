import { isGb11643CheckValid } from '../../checksums/gb11643.js';
import { CN_REGION_PREFIXES } from '../../data/cn-region-prefixes.js';
import { HINT_CN_ID } from '../../engine/column-context.js';
import { CUE_CN_ID } from '../../engine/context-words.js';
import { D } from '../../engine/detector-index.js';
import { G_DIGITS, type GroupRun } from '../../engine/group-run.js';
import { boosted, type ScanState } from '../../engine/scan-state.js';

// CN_RESIDENT_ID: GB 11643-1999 citizen identity number. 18 characters: 6-digit GB/T 2260
// address code, 8-digit birth date, 3-digit sequence, ISO 7064 MOD 11-2 check (0-9 or X). The
// first-generation 15-digit form (1984-2004) has a yymmdd date and no check.

const CONFIDENCE = 0.95;
const LEGACY_CONFIDENCE = 0.6;

const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date (Gregorian leap years). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (DAYS[month] as number);
}

function regionOk(v: Uint8Array, o: number): boolean {
  return CN_REGION_PREFIXES[(v[o] as number) * 1000 + (v[o + 1] as number) * 100 + (v[o + 2] as number) * 10 + (v[o + 3] as number)] === 1;
}

/**
 * True when the 18 values at `o` (digits, last may be 10 = X) form a valid resident id: known
 * province + prefecture, real birth date from 1900 to `maxYear`, correct check character.
 */
export function isValidResidentId(v: Uint8Array, o: number, maxYear: number): boolean {
  if (!regionOk(v, o)) return false;
  const year = (v[o + 6] as number) * 1000 + (v[o + 7] as number) * 100 + (v[o + 8] as number) * 10 + (v[o + 9] as number);
  if (year < 1900 || year > maxYear) return false;
  if (!isRealDate(year, (v[o + 10] as number) * 10 + (v[o + 11] as number), (v[o + 12] as number) * 10 + (v[o + 13] as number))) return false;
  return isGb11643CheckValid(v, o);
}

/** The 15-digit first-generation form: known region and a real 19yy date. */
export function isValidLegacyResidentId(v: Uint8Array, o: number): boolean {
  if (!regionOk(v, o)) return false;
  const year = 1900 + (v[o + 6] as number) * 10 + (v[o + 7] as number);
  return isRealDate(year, (v[o + 8] as number) * 10 + (v[o + 9] as number), (v[o + 10] as number) * 10 + (v[o + 11] as number));
}

/**
 * Groups a.. read as an 18-character id: one group ("11010519491231002X") or digit groups with
 * one repeated separator ("110105 19491231 002X", "1101 0519 4912 3100 2X"). Returns the last
 * group index, or -1.
 */
function idGroups(run: GroupRun, a: number): number {
  const first = run.flags[a] as number;
  const len = run.length(a);
  if (len === 18) return (first & G_DIGITS) !== 0 || run.endsWithX(a) ? a : -1;
  if ((first & G_DIGITS) === 0 || len < 2 || len > 8 || a + 1 >= run.count) return -1;
  const sep = run.sep[a + 1];
  if (sep !== 32 && sep !== 45) return -1;
  let total = len;
  for (let g = a + 1; g < run.count && g <= a + 6; g++) {
    if (run.sep[g] !== sep) return -1;
    total += run.length(g);
    const flags = run.flags[g] as number;
    if (total === 18) return (flags & G_DIGITS) !== 0 || run.endsWithX(g) ? g : -1;
    if (total > 18 || (flags & G_DIGITS) === 0) return -1;
  }
  return -1;
}

/** Tries an 18-character resident id at group a; returns the end character or -1. */
export function matchResidentId(st: ScanState, a: number): number {
  const run = st.run;
  const b = idGroups(run, a);
  if (b < 0 || !run.startsClean(a) || !run.endsClean(b)) return -1;
  if (!isValidResidentId(run.values, run.offset[a] as number, st.maxBirthYear)) return -1;
  const start = run.start[a] as number;
  const end = run.end[b] as number;
  st.emit(D.CN_RESIDENT_ID, start, end, (st.hints & HINT_CN_ID) !== 0 ? boosted(CONFIDENCE) : CONFIDENCE);
  return end;
}

/** Tries the 15-digit form at group a (a single group of digits). */
export function matchLegacyResidentId(st: ScanState, a: number): number {
  const run = st.run;
  if (!run.startsClean(a) || !run.endsClean(a) || !isValidLegacyResidentId(run.values, run.offset[a] as number)) return -1;
  const start = run.start[a] as number;
  const end = run.end[a] as number;
  const supported = (st.hints & HINT_CN_ID) !== 0 || st.hasCue(start, end, CUE_CN_ID);
  st.emit(D.CN_RESIDENT_ID, start, end, supported ? boosted(LEGACY_CONFIDENCE) : LEGACY_CONFIDENCE);
  return end;
}
