import { HINT_PHONE } from '../../engine/column-context.js';
import { D } from '../../engine/detector-index.js';
import { G_DIGITS, type GroupRun } from '../../engine/group-run.js';
import { boosted, type ScanState } from '../../engine/scan-state.js';

// CN_MOBILE: mainland mobile numbers (MIIT numbering plan, 11 digits) on allocated segments
// 13x, 145-149, 150-153 155-159, 162 165-167, 170-178, 18x, 190-193 195-199, written bare,
// as 3-4-4 with spaces or hyphens, and with +86 / 0086 / 86 in front.

const BARE = 0.85;
const FORMATTED = 0.9;

/** Allowed third digit per second digit, as bit sets (bit d set = 1Xd allocated). */
const SEGMENTS = new Uint16Array([
  0, // 10x
  0, // 11x
  0, // 12x
  0b1111111111, // 13x
  0b1111100000, // 145-149
  0b1111101111, // 150-153, 155-159
  0b0011100100, // 162, 165-167
  0b0111111111, // 170-178
  0b1111111111, // 18x
  0b1111101111, // 190-193, 195-199
]);

/** True when the 11 digit values at `o` are an allocated mainland mobile number. */
export function isCnMobile(v: Uint8Array, o: number): boolean {
  if (v[o] !== 1) return false;
  const second = v[o + 1] as number;
  const third = v[o + 2] as number;
  if (second > 9 || third > 9) return false;
  return (((SEGMENTS[second] as number) >> third) & 1) === 1;
}

/** Digits groups a..b hold exactly `digits` digits, separated by one repeated ' ' or '-'. */
function sameSeparator(run: GroupRun, a: number, b: number): boolean {
  const sep = run.sep[a + 1];
  if (sep !== 32 && sep !== 45) return false;
  for (let g = a + 1; g <= b; g++) if (run.sep[g] !== sep || !run.isDigits(g)) return false;
  return true;
}

/** The 11-digit number at group g: one group, or 3-4-4. Returns its last group or -1. */
function elevenAt(run: GroupRun, g: number): number {
  if (g >= run.count || ((run.flags[g] as number) & G_DIGITS) === 0) return -1;
  const len = run.length(g);
  if (len === 11) return g;
  if (len === 3 && g + 2 < run.count && run.length(g + 1) === 4 && run.length(g + 2) === 4 && sameSeparator(run, g, g + 2)) return g + 2;
  return -1;
}

/** Tries a mobile number at group a; returns the end character or -1. */
export function matchCnMobile(st: ScanState, a: number): number {
  const run = st.run;
  const lenA = run.length(a);
  const first = run.t[run.start[a] as number] as number;
  // Shape first, from the text: 1xx..., 86..., 0086... (most short groups stop here).
  if (lenA === 11 || lenA === 3) {
    if (first !== 49) return -1;
    // 3-4-4 needs two more groups of four.
    if (lenA === 3 && (a + 2 >= run.count || run.length(a + 1) !== 4 || run.length(a + 2) !== 4)) return -1;
  } else if (lenA === 13 || lenA === 2) {
    if (first !== 56) return -1;
  } else if (lenA === 15 || lenA === 4) {
    if (first !== 48) return -1;
  } else return -1;
  if (!run.isDigits(a) || !run.startsClean(a)) return -1;
  const v = run.values;
  const oa = run.offset[a] as number;
  const plus = a === 0 && run.plus;
  let start = run.start[a] as number;
  let numberAt = -1;
  let last = -1;
  let confidence = BARE;
  if (lenA === 13 && v[oa] === 8 && v[oa + 1] === 6) {
    // +8613812345678 / 8613812345678
    numberAt = oa + 2;
    last = a;
    confidence = FORMATTED;
  } else if (lenA === 15 && v[oa] === 0 && v[oa + 1] === 0 && v[oa + 2] === 8 && v[oa + 3] === 6) {
    numberAt = oa + 4;
    last = a;
    confidence = FORMATTED;
  } else if ((lenA === 2 && v[oa] === 8 && v[oa + 1] === 6) || (lenA === 4 && v[oa] === 0 && v[oa + 1] === 0 && v[oa + 2] === 8 && v[oa + 3] === 6)) {
    // +86 138 1234 5678, 0086-13812345678
    const sep = run.sep[a + 1];
    if (a + 1 >= run.count || (sep !== 32 && sep !== 45)) return -1;
    last = elevenAt(run, a + 1);
    if (last < 0) return -1;
    numberAt = run.offset[a + 1] as number;
    confidence = FORMATTED;
  } else {
    last = elevenAt(run, a);
    if (last < 0) return -1;
    numberAt = oa;
    if (last > a) confidence = FORMATTED;
  }
  if (!run.endsClean(last) || !isCnMobile(v, numberAt)) return -1;
  // "+13812345678" is a +1 number, not a mainland one.
  if (plus && numberAt === oa) return -1;
  if (plus) start--;
  const end = run.end[last] as number;
  st.emit(D.CN_MOBILE, start, end, (st.hints & HINT_PHONE) !== 0 ? boosted(confidence) : confidence);
  return end;
}
