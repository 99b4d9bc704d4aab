import { isHan, isLatinLetter } from './char-class.js';
import { HINT_ADDRESS, HINT_NAME } from './column-context.js';
import { D } from './detector-index.js';
import type { ScanState } from './scan-state.js';

// In a name column the whole cell is the name; in an address column, the whole cell is the
// address. Empty-looking cells ("-", "N/A", "未知") and cells that are something else (an
// e-mail, a number) are left to the other detectors.

const NAME_IN_COLUMN = 0.9;
const ADDRESS_IN_COLUMN = 0.85;
const PLACEHOLDERS = new Set(['null', 'none', 'nil', 'n/a', 'na', 'unknown', 'test', 'undefined', '无', '未知', '空', '暂无', '-', '—']);
/** First characters of the placeholders: most cells start otherwise and need no string to compare. */
const PLACEHOLDER_FIRSTS = new Set([...PLACEHOLDERS].map((p) => p.charCodeAt(0)));

function hasAsciiUpper(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** Pushes a PERSON_NAME or ADDRESS match for the whole (trimmed) cell when it qualifies. */
export function wholeCellMatch(st: ScanState): void {
  const t = st.t;
  let start = st.from;
  let end = st.to;
  while (start < end && (t[start] as number) <= 32) start++;
  while (end > start && (t[end - 1] as number) <= 32) end--;
  if (end - start < 2) return;
  const first = t[start] as number;
  if (end - start <= 9 && PLACEHOLDER_FIRSTS.has(first >= 65 && first <= 90 ? first + 32 : first)) {
    const cell = st.textOf(start, end);
    if (PLACEHOLDERS.has(cell) || (hasAsciiUpper(cell) && PLACEHOLDERS.has(cell.toLowerCase()))) return;
  }
  let han = 0;
  let letters = 0;
  let digits = 0;
  let other = 0;
  let spaces = 0;
  for (let i = start; i < end; i++) {
    const c = t[i] as number;
    if (isHan(c)) han++;
    else if (isLatinLetter(c)) letters++;
    else if (c >= 48 && c <= 57) digits++;
    else if (c === 32) spaces++;
    else if (c === 64 || c === 47)
      other += 100; // '@', '/': an e-mail or a URL
    else other++;
  }
  if ((st.hints & HINT_NAME) !== 0 && st.on(D.PERSON_NAME)) {
    const chinese = han >= 2 && han <= 6 && letters + digits === 0 && other <= 1;
    const latin = letters >= 2 && han + digits === 0 && spaces <= 4 && other <= 3 && end - start <= 60;
    if (chinese || latin) {
      st.out.push(D.PERSON_NAME, start, end, NAME_IN_COLUMN);
      st.switchOff(1 << D.PERSON_NAME);
    }
  }
  if ((st.hints & HINT_ADDRESS) !== 0 && st.on(D.ADDRESS) && han + letters >= 2 && han + letters + digits >= 4 && other < 100) {
    st.out.push(D.ADDRESS, start, end, ADDRESS_IN_COLUMN);
    st.switchOff((1 << D.ADDRESS) | (1 << D.PERSON_NAME));
  }
}
