import { DETECTOR_INFO } from './detector-info.js';
import { PhoneValidator } from './detectors/generic/phone-numbering-plan.js';
import { columnHints, HINT_ADDRESS, HINT_NAME } from './engine/column-context.js';
import { D } from './engine/detector-index.js';
import { resolveOverlaps } from './engine/resolve-overlaps.js';
import { ScanState } from './engine/scan-state.js';
import { scanText } from './engine/scan-text.js';
import { wholeCellMatch } from './engine/whole-cell.js';
import { DETECTOR_IDS, type DetectorId, type Match, type ScanMatches, type Scanner, type ScannerOptions, type TextContext, type UnitScanner } from './types.js';

export { DETECTOR_INFO } from './detector-info.js';
export { maskValue } from './mask-value.js';

const DEFAULT_MAX_BIRTH_YEAR = 2030;
const HINT_CACHE_SIZE = 4096;

/**
 * Compiles a scanner over UTF-16 code units: after `useBlock(t, ...)`, `scan(from, to, hints)`
 * finds every enabled detector's matches in the text t[from, to) (a line, a cell or a value
 * inside a decoded block) without copying it or allocating per match. One per thread.
 */
export function createUnitScanner(options: ScannerOptions = {}): UnitScanner {
  const wanted = new Set<string>(options.detectors ?? DETECTOR_IDS);
  const detectors = DETECTOR_IDS.filter((id) => wanted.has(id));
  const state = new ScanState(
    detectors.map((id) => D[id]),
    options.maxBirthYear ?? DEFAULT_MAX_BIRTH_YEAR,
    new PhoneValidator(),
  );
  const hintCache = new Map<string, number>();
  const matches: ScanMatches = state.out;

  return Object.freeze({
    detectors,
    matches,
    useBlock(t: Uint16Array, text: () => string): void {
      state.useBlock(t, text);
    },
    hintsOf(column: string | null): number {
      if (column === null) return 0;
      let hints = hintCache.get(column);
      if (hints === undefined) {
        hints = columnHints(column);
        if (hintCache.size >= HINT_CACHE_SIZE) hintCache.clear();
        hintCache.set(column, hints);
      }
      return hints;
    },
    scan(from: number, to: number, hints: number): number {
      state.reset(from, to, hints);
      if ((hints & (HINT_NAME | HINT_ADDRESS)) !== 0) wholeCellMatch(state);
      scanText(state);
      return state.out.size === 0 ? 0 : resolveOverlaps(state.out);
    },
  });
}

/**
 * Compiles a scanner once; its `scanLine` finds every enabled detector's matches in one line.
 * The scanner keeps per-line scratch state: use one per thread, not concurrently.
 * @example
 * const scanner = createScanner();
 * scanner.scanLine('手机 13812345678', { column: null });
 * // [{ detector: 'CN_MOBILE', category: 'mobile_phone', start: 3, end: 14, confidence: 0.85 }]
 */
export function createScanner(options: ScannerOptions = {}): Scanner {
  const units = createUnitScanner(options);
  let scratch = new Uint16Array(256);

  function scan(text: string, context: TextContext): number {
    const n = text.length;
    if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
    for (let i = 0; i < n; i++) scratch[i] = text.charCodeAt(i);
    units.useBlock(scratch, () => text);
    return units.scan(0, n, units.hintsOf(context.column));
  }

  return Object.freeze({
    detectors: units.detectors,
    scanLine(text: string, context: TextContext): Match[] {
      const n = scan(text, context);
      const out = units.matches;
      const matches: Match[] = new Array(n);
      for (let k = 0; k < n; k++) {
        const i = out.kept[k] as number;
        const detector = DETECTOR_IDS[out.detector[i] as number] as DetectorId;
        matches[k] = {
          detector,
          category: DETECTOR_INFO[detector].category,
          start: out.start[i] as number,
          end: out.end[i] as number,
          confidence: out.confidence[i] as number,
        };
      }
      return matches;
    },
    countLine(text: string, context: TextContext, counts: Int32Array): number {
      const n = scan(text, context);
      const out = units.matches;
      for (let k = 0; k < n; k++) {
        const d = out.detector[out.kept[k] as number] as number;
        counts[d] = (counts[d] as number) + 1;
      }
      return n;
    },
  });
}
