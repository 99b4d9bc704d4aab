import { isLuhnValid } from '../../checksums/luhn.js';
import { HINT_CARD } from '../../engine/column-context.js';
import { CUE_CARD } from '../../engine/context-words.js';
import { D } from '../../engine/detector-index.js';
import { G_DIGITS, type GroupRun } from '../../engine/group-run.js';
import { boosted, type ScanState } from '../../engine/scan-state.js';
import { isCnBankCardPrefix } from '../cn/bank-card.js';

// CREDIT_CARD (and CN_BANK_CARD for Chinese issuers): 13-19 digits, Luhn, and an issuer range
// of a card network (ISO/IEC 7812 IINs as the networks publish them). Written as one group or
// as groups of four (4-4-4-4, 4-4-4-4-3), Amex 4-6-5, Diners 4-6-4, with spaces or hyphens.

const BARE = 0.85;
const FORMATTED = 0.9;

/**
 * The payment network of the digits at `o`, length `len`: D.CREDIT_CARD, D.CN_BANK_CARD or -1.
 * Visa 4 (13, 16, 19); Mastercard 51-55, 2221-2720 (16); Amex 34, 37 (15); Discover 6011,
 * 644-649, 65 (16-19); JCB 3528-3589 (16-19); Diners 300-305, 3095, 36, 38, 39 (14-19);
 * Maestro/Dankort 50, 56-58, 6304, 67 (13-19); Mir 2200-2204 (16); UnionPay 62 -> CN_BANK_CARD.
 */
export function cardNetwork(v: Uint8Array, o: number, len: number): number {
  if (len < 13 || len > 19) return -1;
  if (isCnBankCardPrefix(v, o, len)) return D.CN_BANK_CARD;
  const d0 = v[o] as number;
  const p2 = d0 * 10 + (v[o + 1] as number);
  const p3 = p2 * 10 + (v[o + 2] as number);
  const p4 = p3 * 10 + (v[o + 3] as number);
  switch (d0) {
    case 4:
      return len === 13 || len === 16 || len === 19 ? D.CREDIT_CARD : -1;
    case 2:
      if (len === 16 && ((p4 >= 2221 && p4 <= 2720) || (p4 >= 2200 && p4 <= 2204))) return D.CREDIT_CARD;
      return -1;
    case 3:
      if (p2 === 34 || p2 === 37) return len === 15 ? D.CREDIT_CARD : -1;
      if (p4 >= 3528 && p4 <= 3589) return len >= 16 ? D.CREDIT_CARD : -1;
      if ((p3 >= 300 && p3 <= 305) || p4 === 3095 || p2 === 36 || p2 === 38 || p2 === 39) return len >= 14 ? D.CREDIT_CARD : -1;
      return -1;
    case 5:
      if (p2 >= 51 && p2 <= 55) return len === 16 ? D.CREDIT_CARD : -1;
      if (p2 === 50 || (p2 >= 56 && p2 <= 58)) return D.CREDIT_CARD;
      return -1;
    case 6:
      if (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65) return len >= 16 ? D.CREDIT_CARD : -1;
      if (p4 === 6304 || p2 === 67) return D.CREDIT_CARD;
      return -1;
    default:
      return -1;
  }
}

/**
 * Card-shaped groups from a: one group, or groups with one repeated ' ' or '-' whose sizes are
 * 4-4-4-4(-1..4), 4-6-5 or 4-6-4. Writes candidate last-group indices into `ends` (longest
 * first) and returns how many.
 */
function cardShapes(run: GroupRun, a: number, ends: Int32Array): number {
  const lenA = run.length(a);
  if (lenA >= 13) {
    ends[0] = a;
    return 1;
  }
  if (lenA !== 4 || a + 1 >= run.count) return 0;
  const sep = run.sep[a + 1];
  if (sep !== 32 && sep !== 45) return 0;
  let n = 0;
  const len1 = run.length(a + 1);
  if (len1 === 6) {
    // Amex 4-6-5, Diners 4-6-4
    if (a + 2 < run.count && run.sep[a + 2] === sep && run.isDigits(a + 1) && run.isDigits(a + 2)) {
      const len2 = run.length(a + 2);
      if (len2 === 5 || len2 === 4) ends[n++] = a + 2;
    }
    return n;
  }
  let total = 4;
  let g = a + 1;
  let full = true;
  while (g < run.count && run.sep[g] === sep && full && ((run.flags[g] as number) & G_DIGITS) !== 0) {
    const len = run.length(g);
    if (len > 4 || total + len > 19) break;
    total += len;
    if (total >= 13) ends[n++] = g;
    full = len === 4;
    g++;
  }
  // Longest first.
  for (let i = 0, j = n - 1; i < j; i++, j--) {
    const t = ends[i] as number;
    ends[i] = ends[j] as number;
    ends[j] = t;
  }
  return n;
}

const ENDS = new Int32Array(8);

/** Tries a payment card at group a; returns the end character or -1. */
export function matchPaymentCard(st: ScanState, a: number): number {
  const run = st.run;
  if (!run.isDigits(a) || !run.startsClean(a)) return -1;
  const n = cardShapes(run, a, ENDS);
  for (let k = 0; k < n; k++) {
    const b = ENDS[k] as number;
    if (!run.endsClean(b)) continue;
    const o = run.offset[a] as number;
    const len = (run.offset[b] as number) + run.length(b) - o;
    const network = cardNetwork(run.values, o, len);
    if (network < 0 || !isLuhnValid(run.values, o, len)) continue;
    const start = run.start[a] as number;
    const end = run.end[b] as number;
    const base = b > a ? FORMATTED : BARE;
    const supported = (st.hints & HINT_CARD) !== 0 || st.hasCue(start, end, CUE_CARD, 32);
    // "session=4023730308537981": one random number in ten passes Luhn; its key says what it is.
    if (!supported && b === a && st.keyedAsMachineId(start)) return -1;
    st.emit(network, start, end, supported ? boosted(base) : base);
    return end;
  }
  return -1;
}
