import { HINT_PASSPORT } from '../../engine/column-context.js';
import { CUE_PASSPORT } from '../../engine/context-words.js';
import { D } from '../../engine/detector-index.js';
import { G_DIGITS, G_LOWER } from '../../engine/group-run.js';
import { boosted, type ScanState } from '../../engine/scan-state.js';

// US_PASSPORT: 9 digits (books before 2021) or one letter + 8 digits (Next Generation
// Passport). Many ids share these shapes, so only in a passport column or after "passport".

const CONFIDENCE = 0.7;

/** Tries a US passport number at group a (a single group); returns the end character or -1. */
export function matchUsPassport(st: ScanState, a: number): number {
  const run = st.run;
  const flags = run.flags[a] as number;
  const len = run.length(a);
  const column = (st.hints & HINT_PASSPORT) !== 0;
  if ((!column && !st.lineHas(CUE_PASSPORT)) || len !== 9 || (flags & G_LOWER) !== 0 || !run.startsClean(a) || !run.endsClean(a)) return -1;
  const o = run.offset[a] as number;
  if ((flags & G_DIGITS) === 0) {
    // one letter + 8 digits
    const first = run.t[run.start[a] as number] as number;
    if (first < 65 || first > 90) return -1;
    for (let k = 1; k < 9; k++) if ((run.values[o + k] as number) > 9) return -1;
  }
  const start = run.start[a] as number;
  const end = run.end[a] as number;
  if (!column && !st.hasCue(start, end, CUE_PASSPORT)) return -1;
  st.emit(D.US_PASSPORT, start, end, column ? boosted(CONFIDENCE) : CONFIDENCE);
  return end;
}
