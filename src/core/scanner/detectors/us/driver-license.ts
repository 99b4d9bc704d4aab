import { HINT_DRIVER_LICENSE } from '../../engine/column-context.js';
import { CUE_DRIVER_LICENSE } from '../../engine/context-words.js';
import { D } from '../../engine/detector-index.js';
import { G_DIGITS, G_LOWER } from '../../engine/group-run.js';
import { boosted, type ScanState } from '../../engine/scan-state.js';

// US_DRIVER_LICENSE: each state has its own format (1-2 letters + 4-14 digits, 7-9 digits,
// 13-digit Wisconsin, hyphenated forms), so the shape alone proves nothing: a licence is
// reported only in a licence column or after words like "driver's license", "DL#".

const CONFIDENCE = 0.6;

/**
 * Tries a licence number at group a: one letter-and-digit group of 5-20 characters with at
 * least 4 digits (upper case), or digit groups joined by '-' ("2270-66-1551").
 */
export function matchDriverLicense(st: ScanState, a: number): number {
  const run = st.run;
  const column = (st.hints & HINT_DRIVER_LICENSE) !== 0;
  if ((!column && !st.lineHas(CUE_DRIVER_LICENSE)) || !run.startsClean(a) || ((run.flags[a] as number) & G_LOWER) !== 0) return -1;
  let b = a;
  let chars = run.length(a);
  while (b + 1 < run.count && run.sep[b + 1] === 45 && ((run.flags[b + 1] as number) & G_DIGITS) !== 0 && chars + run.length(b + 1) <= 20) {
    b++;
    chars += run.length(b);
  }
  if (chars < 5 || chars > 20 || !run.endsClean(b)) return -1;
  let digits = 0;
  const o = run.offset[a] as number;
  for (let k = 0; k < chars; k++) if ((run.values[o + k] as number) <= 9) digits++;
  if (digits < 4) return -1;
  const start = run.start[a] as number;
  const end = run.end[b] as number;
  if (!column && !st.hasCue(start, end, CUE_DRIVER_LICENSE)) return -1;
  st.emit(D.US_DRIVER_LICENSE, start, end, column ? boosted(CONFIDENCE) : CONFIDENCE);
  return end;
}
