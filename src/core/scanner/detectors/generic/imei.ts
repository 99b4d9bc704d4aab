import { isLuhnValid } from '../../checksums/luhn.js';
import { HINT_IMEI } from '../../engine/column-context.js';
import { CUE_IMEI } from '../../engine/context-words.js';
import { D } from '../../engine/detector-index.js';
import { boosted, type ScanState } from '../../engine/scan-state.js';

// IMEI (3GPP TS 23.003 §6.2.1): 8-digit TAC + 6-digit serial + Luhn check digit, 15 digits,
// bare or as 2-6-6-1 (AA-BBBBBB-CCCCCC-D). The TAC starts with a GSMA reporting-body
// identifier; only allocated ones are accepted, which keeps Amex numbers (34/37) out.

const CONFIDENCE = 0.8;
/** GSMA reporting bodies: 01 10 30 33 35 44 45 49 50 51 52 53 54 86 91 98 99. */
const REPORTING_BODIES = new Set([1, 10, 30, 33, 35, 44, 45, 49, 50, 51, 52, 53, 54, 86, 91, 98, 99]);

/** True when the 15 digit values at `o` are an IMEI (reporting body and Luhn). */
export function isImei(v: Uint8Array, o: number): boolean {
  return REPORTING_BODIES.has((v[o] as number) * 10 + (v[o + 1] as number)) && isLuhnValid(v, o, 15);
}

/** Tries an IMEI at group a; returns the end character or -1. */
export function matchImei(st: ScanState, a: number): number {
  const run = st.run;
  if (!run.isDigits(a) || !run.startsClean(a)) return -1;
  let b = a;
  if (run.length(a) !== 15) {
    // 2-6-6-1 with one repeated '-' or ' '
    if (run.length(a) !== 2 || a + 3 >= run.count) return -1;
    const sep = run.sep[a + 1];
    if (sep !== 45 && sep !== 32) return -1;
    for (let g = a + 1; g <= a + 3; g++) if (run.sep[g] !== sep || !run.isDigits(g)) return -1;
    if (run.length(a + 1) !== 6 || run.length(a + 2) !== 6 || run.length(a + 3) !== 1) return -1;
    b = a + 3;
  }
  if (!run.endsClean(b) || !isImei(run.values, run.offset[a] as number)) return -1;
  const start = run.start[a] as number;
  const end = run.end[b] as number;
  const supported = (st.hints & HINT_IMEI) !== 0 || st.hasCue(start, end, CUE_IMEI, 32);
  if (!supported && b === a && st.keyedAsMachineId(start)) return -1;
  st.emit(D.IMEI, start, end, supported ? boosted(CONFIDENCE) : CONFIDENCE);
  return end;
}
