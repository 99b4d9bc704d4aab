import { HINT_PASSPORT } from '../../engine/column-context.js';
import { CUE_PASSPORT } from '../../engine/context-words.js';
import { D } from '../../engine/detector-index.js';
import { G_LOWER } from '../../engine/group-run.js';
import { boosted, type ScanState } from '../../engine/scan-state.js';

// CN_PASSPORT: PRC passport numbers. Ordinary passports: E + 8 digits (e-passport since 2012),
// E + a letter other than I/O + 7 digits (after the E series ran out), G + 8 digits (before
// 2012). Diplomatic D, service S and public-affairs P + 7-8 digits are rarer and share shapes
// with other ids, so they need a passport column or "护照"/"passport" nearby.

const PREFIX_ONLY = 0.55;
const CONTEXT_ONLY = 0.7;

/** Tries a PRC passport number at group a (a single group); returns the end character or -1. */
export function matchCnPassport(st: ScanState, a: number): number {
  const run = st.run;
  const len = run.length(a);
  if ((len !== 9 && len !== 8) || ((run.flags[a] as number) & G_LOWER) !== 0 || !run.startsClean(a) || !run.endsClean(a)) return -1;
  const start = run.start[a] as number;
  const end = run.end[a] as number;
  const first = run.t[start] as number;
  const second = run.t[start + 1] as number;
  const o = run.offset[a] as number;
  const digitsFrom = (k: number) => {
    for (let i = k; i < len; i++) if ((run.values[o + i] as number) > 9) return false;
    return true;
  };
  let confidence = -1;
  if (len === 9 && (first === 69 || first === 71) && digitsFrom(1))
    confidence = PREFIX_ONLY; // E12345678, G12345678
  else if (len === 9 && first === 69 && second >= 65 && second <= 90 && second !== 73 && second !== 79 && digitsFrom(2))
    confidence = PREFIX_ONLY; // EA1234567
  else if ((first === 68 || first === 83 || first === 80) && digitsFrom(1)) confidence = 0; // D/S/P + 7-8 digits
  if (confidence < 0) return -1;
  const supported = (st.hints & HINT_PASSPORT) !== 0 || st.hasCue(start, end, CUE_PASSPORT);
  if (confidence === 0) {
    if (!supported) return -1;
    confidence = CONTEXT_ONLY;
  }
  st.emit(D.CN_PASSPORT, start, end, supported ? boosted(confidence) : confidence);
  return end;
}
