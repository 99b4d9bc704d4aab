import { isIbanMod97Valid } from '../../checksums/iban.js';
import { BBAN_DIGIT, BBAN_LETTER, IBAN_BBAN_FORMATS } from '../../data/iban-registry.js';
import { HINT_IBAN } from '../../engine/column-context.js';
import { D } from '../../engine/detector-index.js';
import { boosted, type ScanState } from '../../engine/scan-state.js';

// IBAN (ISO 13616): country code, two check digits, BBAN of the country's registered length and
// structure, MOD 97-10 = 1. Compact ("GB82WEST12345698765432") or printed in groups of four
// with spaces or hyphens ("GB82 WEST 1234 5698 7654 32"). Upper case only, as printed.

const CONFIDENCE = 0.95;
const CHARS = new Uint16Array(40);

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Length of the upper-case letter/digit run at i (window ends at n), counted up to 40 (an IBAN has at most 34). */
function runLength(t: Uint16Array, n: number, i: number): number {
  let j = i;
  while (j < n && j - i <= 40) {
    const c = t[j] as number;
    if (!isUpper(c) && !isDigitCode(c)) break;
    j++;
  }
  return j - i;
}

/**
 * Tries an IBAN starting at character `start` (two capitals and two digits there); returns the
 * end character or -1.
 */
export function matchIbanAt(st: ScanState, start: number): number {
  const t = st.t;
  const n = st.to;
  const format = IBAN_BBAN_FORMATS.get((t[start] as number) * 256 + (t[start + 1] as number));
  if (format === undefined) return -1;
  const total = format.length + 4;
  const first = runLength(t, n, start);
  let count = 0;
  let end = -1;
  if (first >= total) {
    if (first !== total) return -1;
    for (let k = 0; k < total; k++) CHARS[count++] = t[start + k] as number;
    end = start + total;
    if (end < n && (t[end] as number) >= 97 && (t[end] as number) <= 122) return -1;
  } else {
    if (first !== 4) return -1;
    const sep = st.at(start + 4);
    if (sep !== 32 && sep !== 45) return -1;
    let i = start;
    let len = first;
    for (;;) {
      for (let k = 0; k < len; k++) CHARS[count++] = t[i + k] as number;
      i += len;
      if (count === total) {
        // A further group of four continues the number: "BE36 5390 0754 7034 1234" is no IBAN.
        if (st.at(i) === sep && runLength(t, n, i + 1) === 4) return -1;
        end = i;
        break;
      }
      if (len !== 4 || count > total || st.at(i) !== sep) return -1;
      len = runLength(t, n, i + 1);
      if (len === 0 || len > 4 || count + len > total) return -1;
      i += 1;
    }
  }
  for (let k = 0; k < format.length; k++) {
    const c = CHARS[k + 4] as number;
    const kind = format[k] as number;
    if (kind === BBAN_DIGIT ? !isDigitCode(c) : kind === BBAN_LETTER ? !isUpper(c) : !isUpper(c) && !isDigitCode(c)) return -1;
  }
  if (!isIbanMod97Valid(CHARS, total)) return -1;
  st.emit(D.IBAN, start, end, (st.hints & HINT_IBAN) !== 0 ? boosted(CONFIDENCE) : CONFIDENCE);
  return end;
}
