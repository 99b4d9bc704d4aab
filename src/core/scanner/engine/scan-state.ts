import type { PhoneValidator } from '../detectors/generic/phone-numbering-plan.js';
import { HINT_DRIVER_LICENSE } from './column-context.js';
import { type ContextWords, CUE_DRIVER_LICENSE, NON_PI_KEYS } from './context-words.js';
import { DETECTOR_COUNT } from './detector-index.js';
import { GroupRun } from './group-run.js';
import { MatchBuffer } from './match-buffer.js';

/** Everything a detector reads or writes while one line is scanned; one per scanner, reused. */
export class ScanState {
  text = '';
  /** Column hints (HINT_* bits) of the current line. */
  hints = 0;
  /** Detectors switched off for the current line (bit per detector): a whole-cell match made them moot. */
  lineOff = 0;
  /** Context-word sets looked up in this line (bit per id), and which of them occur in it. */
  private cuesChecked = 0;
  private cuesPresent = 0;
  readonly run = new GroupRun();
  readonly out = new MatchBuffer();
  /** 1 for each enabled detector, by DETECTOR_IDS position. */
  readonly enabled: Uint8Array;

  constructor(
    enabledIds: readonly number[],
    readonly maxBirthYear: number,
    readonly phones: PhoneValidator,
  ) {
    this.enabled = new Uint8Array(DETECTOR_COUNT);
    for (const id of enabledIds) this.enabled[id] = 1;
  }

  reset(text: string, hints: number): void {
    this.text = text;
    this.hints = hints;
    this.lineOff = 0;
    this.cuesChecked = 0;
    this.cuesPresent = 0;
    this.out.clear();
  }

  on(detector: number): boolean {
    return this.enabled[detector] === 1 && (this.lineOff & (1 << detector)) === 0;
  }

  /** True when the line holds one of the words anywhere (tested once per line and set). */
  lineHas(cues: ContextWords): boolean {
    const bit = 1 << cues.id;
    if ((this.cuesChecked & bit) === 0) {
      this.cuesChecked |= bit;
      const anchors = cues.anchors;
      const text = this.text;
      if ((anchors === null || anchors.some((a) => text.includes(a))) && cues.anywhere.test(text)) this.cuesPresent |= bit;
    }
    return (this.cuesPresent & bit) !== 0;
  }

  /** A driver's licence can be here: enabled, and its column or a word for it in the line. */
  mayHoldDriverLicense(): boolean {
    return this.on(16) && ((this.hints & HINT_DRIVER_LICENSE) !== 0 || this.lineHas(CUE_DRIVER_LICENSE));
  }

  /**
   * The value at `start` is written as `key=value`, `key: value` or `"key":"value"` with a key
   * that names a machine identifier (session, trace, order, ...).
   */
  keyedAsMachineId(start: number): boolean {
    const text = this.text;
    let i = start - 1;
    if (i >= 0 && text.charCodeAt(i) === 34) i--;
    while (i >= 0 && text.charCodeAt(i) === 32) i--;
    const sep = i >= 0 ? text.charCodeAt(i) : 0;
    if (sep !== 61 && sep !== 58) return false;
    i--;
    if (i >= 0 && text.charCodeAt(i) === 34) i--;
    const end = i + 1;
    while (i >= 0 && (((text.charCodeAt(i) | 32) >= 97 && (text.charCodeAt(i) | 32) <= 122) || text.charCodeAt(i) === 95)) i--;
    const length = end - i - 1;
    if (length < 2 || length > 14) return false;
    const key = text.slice(i + 1, end).toLowerCase();
    return NON_PI_KEYS.includes(key);
  }

  /** Pushes a match when its detector is enabled. */
  emit(detector: number, start: number, end: number, confidence: number): void {
    if (this.enabled[detector] === 1) this.out.push(detector, start, end, confidence);
  }

  /**
   * True when one of the context words occurs in the `window` characters before `pos`, or
   * within 12 characters after `end`. The line is searched once per word set; a window is
   * searched only when the line holds one of its words.
   */
  hasCue(pos: number, end: number, cues: ContextWords, window = 48): boolean {
    if (!this.lineHas(cues)) return false;
    const raw = this.text;
    const around = `${raw.slice(pos > window ? pos - window : 0, pos)}\u0000${raw.slice(end, Math.min(raw.length, end + 12))}`.toLowerCase();
    return cues.words.some((word) => around.includes(word));
  }
}

/** Raises a base confidence when the column or a nearby word supports the detector. */
export function boosted(confidence: number): number {
  const raised = confidence + (1 - confidence) * 0.8;
  return raised > 0.99 ? 0.99 : Math.round(raised * 100) / 100;
}
