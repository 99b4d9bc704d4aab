import type { PhoneValidator } from '../detectors/generic/phone-numbering-plan.js';
import { HINT_DRIVER_LICENSE } from './column-context.js';
import { type ContextWords, CUE_DRIVER_LICENSE, NON_PI_KEYS } from './context-words.js';
import { DETECTOR_COUNT } from './detector-index.js';
import { GroupRun } from './group-run.js';
import { MatchBuffer } from './match-buffer.js';

const NO_TEXT = new Uint16Array(0);
const NO_STRING = () => '';

/**
 * Everything a detector reads or writes while one text is scanned; one per scanner, reused.
 * The text is the window [from, to) of UTF-16 code units in `t` (a line, a cell or a value
 * inside a whole decoded block), so nothing is copied or decoded per line. Positions are
 * indices into `t`; detectors never look outside the window (`at` reads NaN there, as
 * `charCodeAt` does past the end of a string).
 */
export class ScanState {
  t: Uint16Array = NO_TEXT;
  from = 0;
  to = 0;
  /** `t` as a string (asked for once per block, when a context word is looked up), and the window's text (made once per window). */
  private blockText: () => string = NO_STRING;
  private block: string | null = null;
  private line: string | null = null;
  /** Column hints (HINT_* bits) of the current text. */
  hints = 0;
  /** Detectors on for the current text (bit per detector): the enabled ones, less those a whole-cell match made moot. */
  private active = 0;
  private readonly enabledBits: number;
  /** Context-word sets looked up in this text (bit per id), and which of them occur in it. */
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
    let bits = 0;
    for (const id of enabledIds) {
      this.enabled[id] = 1;
      bits |= 1 << id;
    }
    this.enabledBits = bits;
  }

  /** The code units the next windows are in, and how to get them as one string (once, if ever). */
  useBlock(t: Uint16Array, text: () => string): void {
    this.t = t;
    this.blockText = text;
    this.block = null;
  }

  reset(from: number, to: number, hints: number): void {
    this.line = null;
    this.from = from;
    this.to = to;
    this.hints = hints;
    this.active = this.enabledBits;
    this.cuesChecked = 0;
    this.cuesPresent = 0;
    this.out.clear();
  }

  /** The code unit at i, or NaN outside the window. */
  at(i: number): number {
    return i >= this.from && i < this.to ? (this.t[i] as number) : Number.NaN;
  }

  /** The window's text between a and b (clipped to the window) as a string, for the rare checks that need one. */
  textOf(a: number, b: number): string {
    const from = Math.max(a, this.from);
    const to = Math.min(b, this.to);
    let s = '';
    for (let i = from; i < to; i++) s += String.fromCharCode(this.t[i] as number);
    return s;
  }

  /** The window holds `word` at i (String#startsWith on the window's text, i from its start). */
  startsWith(word: string, i: number): boolean {
    const from = Math.max(i, this.from);
    if (from + word.length > this.to) return false;
    const t = this.t;
    for (let k = 0; k < word.length; k++) if (t[from + k] !== word.charCodeAt(k)) return false;
    return true;
  }

  on(detector: number): boolean {
    return (this.active & (1 << detector)) !== 0;
  }

  /** Switches detectors off for the rest of the current text (bit per detector). */
  switchOff(detectors: number): void {
    this.active &= ~detectors;
  }

  /** True when the text holds one of the words anywhere, case-insensitively (every word set is looked up in one pass, once per text). */
  lineHas(cues: ContextWords): boolean {
    const bit = 1 << cues.id;
    if ((this.cuesChecked & bit) === 0) {
      this.cuesChecked |= bit;
      const anchors = cues.anchors;
      const text = this.lineText();
      if ((anchors === null || anchors.some((a) => text.includes(a))) && cues.anywhere.test(text)) this.cuesPresent |= bit;
    }
    return (this.cuesPresent & bit) !== 0;
  }

  /** The window's text as a string: a slice of the block's string (regular expressions and `includes` run natively on it). */
  private lineText(): string {
    if (this.line === null) {
      this.block ??= this.blockText();
      this.line = this.block.slice(this.from, this.to);
    }
    return this.line;
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
    let i = start - 1;
    if (this.at(i) === 34) i--;
    while (this.at(i) === 32) i--;
    const sep = i >= this.from ? this.at(i) : 0;
    if (sep !== 61 && sep !== 58) return false;
    i--;
    if (this.at(i) === 34) i--;
    const end = i + 1;
    while (i >= this.from && (((this.at(i) | 32) >= 97 && (this.at(i) | 32) <= 122) || this.at(i) === 95)) i--;
    const length = end - i - 1;
    if (length < 2 || length > 14) return false;
    const key = this.textOf(i + 1, end).toLowerCase();
    return NON_PI_KEYS.includes(key);
  }

  /** Pushes a match when its detector is enabled. */
  emit(detector: number, start: number, end: number, confidence: number): void {
    if (this.enabled[detector] === 1) this.out.push(detector, start, end, confidence);
  }

  /**
   * True when one of the context words occurs in the `window` characters before `pos`, or
   * within 12 characters after `end` (case-insensitive). The text is searched once per word
   * set; a window is searched only when the text holds one of its words.
   */
  hasCue(pos: number, end: number, cues: ContextWords, window = 48): boolean {
    if (!this.lineHas(cues)) return false;
    const raw = this.lineText();
    const p = pos - this.from;
    const e = end - this.from;
    const around = `${raw.slice(p > window ? p - window : 0, p)}\u0000${raw.slice(e, Math.min(raw.length, e + 12))}`.toLowerCase();
    return cues.words.some((word) => around.includes(word));
  }
}

/** Raises a base confidence when the column or a nearby word supports the detector. */
export function boosted(confidence: number): number {
  const raised = confidence + (1 - confidence) * 0.8;
  return raised > 0.99 ? 0.99 : Math.round(raised * 100) / 100;
}
