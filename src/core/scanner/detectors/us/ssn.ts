import { HINT_DRIVER_LICENSE, HINT_ITIN, HINT_SSN } from '../../engine/column-context.js';
import { CUE_DRIVER_LICENSE, CUE_ITIN, CUE_SSN } from '../../engine/context-words.js';
import { D } from '../../engine/detector-index.js';
import { boosted, type ScanState } from '../../engine/scan-state.js';
import { isItin } from './itin.js';

// US_SSN: Social Security number AAA-GG-SSSS. SSA rules (randomisation notice, 2011): area not
// 000, 666 or 900-999; group not 00; serial not 0000. Numbers the SSA says were never issued or
// were published in advertising are refused. Written with '-', ' ' or '.'; nine bare digits
// only with context (an "ssn" column, "SSN:" nearby), because order ids look the same.
// Area 9xx goes to US_ITIN (itin.ts) instead.

const DASHED = 0.85;
const SPACED = 0.65;
const BARE_WITH_CONTEXT = 0.75;
const NEVER_ISSUED = new Set([
  78051120, 219099999, 457555462, 123456789, 987654320, 987654321, 987654322, 987654323, 987654324, 987654325, 987654326, 987654327, 987654328, 987654329,
]);

/** SSA validity of area, group, serial. */
export function isSsn(area: number, group: number, serial: number): boolean {
  if (area === 0 || area === 666 || area >= 900 || group === 0 || serial === 0) return false;
  const whole = area * 1_000_000 + group * 10_000 + serial;
  if (NEVER_ISSUED.has(whole)) return false;
  // 111-11-1111 ... 999-99-9999
  return !(area % 111 === 0 && group % 11 === 0 && serial % 1111 === 0 && area / 111 === group / 11 && group / 11 === serial / 1111);
}

function emitSsnOrItin(st: ScanState, area: number, group: number, serial: number, start: number, end: number, base: number, itinBase: number): number {
  if (area >= 900) {
    if (!isItin(area, group)) return -1;
    const supported = (st.hints & HINT_ITIN) !== 0 || st.hasCue(start, end, CUE_ITIN);
    st.emit(D.US_ITIN, start, end, supported ? boosted(itinBase) : itinBase);
    return end;
  }
  if (!isSsn(area, group, serial)) return -1;
  const supported = (st.hints & HINT_SSN) !== 0 || st.hasCue(start, end, CUE_SSN);
  st.emit(D.US_SSN, start, end, supported ? boosted(base) : base);
  return end;
}

/** Tries AAA-GG-SSSS (or with spaces or dots) at group a; returns the end character or -1. */
export function matchSsnShape(st: ScanState, a: number): number {
  const run = st.run;
  if (a + 2 >= run.count || run.length(a) !== 3 || run.length(a + 1) !== 2 || run.length(a + 2) !== 4) return -1;
  const sep = run.sep[a + 1];
  if ((sep !== 45 && sep !== 32 && sep !== 46) || run.sep[a + 2] !== sep) return -1;
  if (!run.isDigits(a) || !run.isDigits(a + 1) || !run.isDigits(a + 2) || !run.startsClean(a) || !run.endsClean(a + 2)) return -1;
  const start = run.start[a] as number;
  const end = run.end[a + 2] as number;
  // A driver's licence written like an SSN belongs to the licence detector.
  if (((st.hints & HINT_DRIVER_LICENSE) !== 0 || st.hasCue(start, end, CUE_DRIVER_LICENSE)) && !st.hasCue(start, end, CUE_SSN)) return -1;
  const base = sep === 45 ? DASHED : SPACED;
  return emitSsnOrItin(st, run.numberOf(a), run.numberOf(a + 1), run.numberOf(a + 2), start, end, base, base);
}

/** Nine bare digits at group a, reported only with SSN or ITIN context. */
export function matchBareSsn(st: ScanState, a: number): number {
  const run = st.run;
  if ((st.hints & (HINT_SSN | HINT_ITIN)) === 0 && !st.lineHas(CUE_SSN) && !st.lineHas(CUE_ITIN)) return -1;
  const start = run.start[a] as number;
  const end = run.end[a] as number;
  const ssn = (st.hints & HINT_SSN) !== 0 || st.hasCue(start, end, CUE_SSN);
  const itin = (st.hints & HINT_ITIN) !== 0 || st.hasCue(start, end, CUE_ITIN);
  if (!ssn && !itin) return -1;
  const whole = run.numberOf(a);
  const area = Math.floor(whole / 1_000_000);
  const group = Math.floor(whole / 10_000) % 100;
  const serial = whole % 10_000;
  if (area >= 900 ? !itin : !ssn) return -1;
  return emitSsnOrItin(st, area, group, serial, start, end, BARE_WITH_CONTEXT, BARE_WITH_CONTEXT);
}
