import { isAsciiAlnum } from './char-class.js';
import type { GroupRun } from './group-run.js';

// Dates and times are in almost every log line and are no PI; skipping them whole keeps the
// number detectors from looking at each of their groups ("2024-01-05 12:30:45.123Z").

/** The code unit at j of a window ending at n (j never falls before its start here), NaN past the end. */
function unitAt(t: Uint16Array, n: number, j: number): number {
  return j < n ? (t[j] as number) : Number.NaN;
}

function digitsAt(t: Uint16Array, n: number, i: number, min: number, max: number): number {
  let j = i;
  while (j < n && j - i < max) {
    const c = t[j] as number;
    if (c < 48 || c > 57) break;
    j++;
  }
  return j - i >= min ? j : -1;
}

/**
 * End of a date or timestamp at i (in the window of t that ends at n): yyyy-mm-dd or
 * yyyy/mm/dd, optionally "T" or " " and hh:mm[:ss][.fff][Z|±hh:mm]; -1 when there is none (then
 * the run is read as usual).
 */
export function timestampEnd(t: Uint16Array, n: number, i: number): number {
  const sep = unitAt(t, n, i + 4);
  let j = digitsAt(t, n, i + 5, 1, 2);
  if (j < 0 || unitAt(t, n, j) !== sep) return -1;
  j = digitsAt(t, n, j + 1, 1, 2);
  if (j < 0) return -1;
  let c = unitAt(t, n, j);
  if ((c === 84 || c === 32) && unitAt(t, n, j + 3) === 58) {
    const h = digitsAt(t, n, j + 1, 2, 2);
    const m = h < 0 ? -1 : digitsAt(t, n, h + 1, 2, 2);
    if (m > 0) {
      j = m;
      if (unitAt(t, n, j) === 58) {
        const sec = digitsAt(t, n, j + 1, 2, 2);
        if (sec > 0) j = sec;
      }
      c = unitAt(t, n, j);
      if (c === 46 || c === 44) {
        const frac = digitsAt(t, n, j + 1, 1, 9);
        if (frac > 0) j = frac;
      }
      c = unitAt(t, n, j);
      if (c === 90) j++;
      else if ((c === 43 || c === 45) && digitsAt(t, n, j + 1, 2, 2) > 0) {
        j = digitsAt(t, n, j + 1, 2, 2);
        if (unitAt(t, n, j) === 58) j++;
        const tz = digitsAt(t, n, j, 2, 2);
        if (tz > 0) j = tz;
      }
    }
  }
  // The date must end the token: "2024-01-05-13812345678" is read as a run.
  c = j < n ? (t[j] as number) : 0;
  return isAsciiAlnum(c) || c === 45 || c === 46 || c === 47 || c === 58 ? -1 : j;
}

function isShortNumber(run: GroupRun, g: number, max: number): boolean {
  return g < run.count && run.isDigits(g) && run.length(g) <= max;
}

/**
 * If group a starts a date ("2024-01-05", "2024/1/5") and/or a time ("12:30", "12:30:45.123",
 * ISO "05T12:30:45Z"), the index of the first group after it; otherwise a.
 */
export function dateTimeEnd(run: GroupRun, a: number): number {
  let g = a;
  if (run.length(a) === 4 && run.isDigits(a) && a + 2 < run.count) {
    const sep = run.sep[a + 1] as number;
    const year = run.numberOf(a);
    if ((sep === 45 || sep === 47 || sep === 46) && year >= 1900 && year <= 2099 && run.sep[a + 2] === sep && isShortNumber(run, a + 1, 2)) {
      const day = a + 2;
      if (isShortNumber(run, day, 2)) g = a + 3;
      else if (run.length(day) >= 3 && run.length(day) <= 5 && ((run.t[(run.start[day] as number) + 2] as number) | 32) === 116)
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
