import { HINT_MAC } from '../../engine/column-context.js';
import { D } from '../../engine/detector-index.js';
import { G_HEX } from '../../engine/group-run.js';
import { boosted, type ScanState } from '../../engine/scan-state.js';

// MAC_ADDRESS: IEEE 802 MAC-48 written as six hex pairs joined by ':' or '-' (IEEE 802-2014
// §8.1 canonical and colon forms) or as three hex quads joined by '.' (Cisco). The all-zero
// and broadcast addresses name no device and are skipped.

const CONFIDENCE = 0.85;

/** Tries a MAC address at group a of the run; returns the end character or -1. */
export function matchMac(st: ScanState, a: number): number {
  const run = st.run;
  const len = run.length(a);
  let b: number;
  if (len === 2) {
    b = a + 5;
    if (b >= run.count) return -1;
    const sep = run.sep[a + 1];
    if (sep !== 58 && sep !== 45) return -1;
    for (let g = a; g <= b; g++) if ((g > a && run.sep[g] !== sep) || run.length(g) !== 2 || ((run.flags[g] as number) & G_HEX) === 0) return -1;
  } else if (len === 4) {
    b = a + 2;
    if (b >= run.count) return -1;
    for (let g = a; g <= b; g++) if ((g > a && run.sep[g] !== 46) || run.length(g) !== 4 || ((run.flags[g] as number) & G_HEX) === 0) return -1;
  } else return -1;
  // A seventh pair or a fourth quad: some longer identifier (EUI-64, a hash), not a MAC-48.
  if (b + 1 < run.count && run.sep[b + 1] === run.sep[a + 1]) return -1;
  if (!run.startsClean(a) || !run.endsClean(b)) return -1;
  const t = run.t;
  const start = run.start[a] as number;
  const end = run.end[b] as number;
  let zeros = 0;
  let fs = 0;
  for (let i = start; i < end; i++) {
    const c = (t[i] as number) | 32;
    if (c === 48) zeros++;
    else if (c === 102) fs++;
  }
  if (zeros === 12 || fs === 12) return -1;
  st.emit(D.MAC_ADDRESS, start, end, (st.hints & HINT_MAC) !== 0 ? boosted(CONFIDENCE) : CONFIDENCE);
  return end;
}
