import { isAsciiAlnum } from './char-class.js';

// A "group run" is what the scanner sees around digits: ASCII letter-or-digit groups joined by
// one separator (- . / : ( ) or a space before a digit), e.g. "+86 138-1234-5678",
// "(415) 555-0132", "1101 0119 9001 0112 37", "192.168.1.1/32", "AL47-2121-1009". Detectors
// read groups by index, with the digits already decoded, instead of re-parsing the text.

export const MAX_GROUPS = 40;
const MAX_CHARS = 480;

/** Every character of the group is a digit. */
export const G_DIGITS = 1;
/** Every character is a hex digit. */
export const G_HEX = 2;
/** Has an upper-case letter. */
export const G_UPPER = 4;
/** Has a lower-case letter. */
export const G_LOWER = 8;

/** Value of a character in `values`: 0-9 for digits, 10 for X/x, 99 for other letters. */
export const V_X = 10;
const V_LETTER = 99;

// Character classes for reading groups: bit 1 digit, 2 hex letter, 4 other letter, 8 upper, 16 lower.
const C_DIGIT = 1;
const C_HEX_LETTER = 2;
const C_LETTER = 4;
const C_UPPER = 8;
const C_LOWER = 16;
const CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CLASS[c] = C_DIGIT;
for (let c = 65; c <= 90; c++) CLASS[c] = (c <= 70 ? C_HEX_LETTER : C_LETTER) | C_UPPER;
for (let c = 97; c <= 122; c++) CLASS[c] = (c <= 102 ? C_HEX_LETTER : C_LETTER) | C_LOWER;

export class GroupRun {
  /** The code units the run was read from (ScanState.t). */
  t: Uint16Array = new Uint16Array(0);
  /** First and last-plus-one character of the run. */
  from = 0;
  to = 0;
  count = 0;
  readonly start = new Int32Array(MAX_GROUPS);
  readonly end = new Int32Array(MAX_GROUPS);
  readonly flags = new Uint8Array(MAX_GROUPS);
  /** Separator before group i (0 for the first): first char code | second char code << 8. */
  readonly sep = new Int32Array(MAX_GROUPS);
  /** Offset of group i in `values`. */
  readonly offset = new Int32Array(MAX_GROUPS);
  private readonly decodedValues = new Uint8Array(MAX_CHARS + 64);
  private decoded = false;
  /** The character before the run is '+' / '('. */
  plus = false;
  paren = false;
  /** The run continues a word: "ORD-2024", "v1.2", "user_13812345678". */
  glueLeft = false;
  glueRight = false;

  /**
   * Character values of all groups, contiguous (group g at `offset[g]`): decoded on first use,
   * since most runs (timestamps, counters) are rejected on their shape alone.
   */
  get values(): Uint8Array {
    if (!this.decoded) this.decode();
    return this.decodedValues;
  }

  private decode(): void {
    const t = this.t;
    const values = this.decodedValues;
    for (let g = 0; g < this.count; g++) {
      let o = this.offset[g] as number;
      const end = this.end[g] as number;
      for (let i = this.start[g] as number; i < end; i++) {
        const c = t[i] as number;
        values[o++] = c <= 57 ? c - 48 : c === 88 || c === 120 ? V_X : V_LETTER;
      }
    }
    this.decoded = true;
  }

  /** Reads the run that starts with the letter-or-digit group at `from` of the window [lo, n) of t; returns its end. */
  read(t: Uint16Array, lo: number, n: number, from: number): number {
    this.t = t;
    this.from = from;
    this.decoded = false;
    const start = this.start;
    const end = this.end;
    let i = from;
    let count = 0;
    let offset = 0;
    let sep = 0;
    for (;;) {
      start[count] = i;
      this.offset[count] = offset;
      this.sep[count] = sep;
      let acc = 0;
      const limit = Math.min(n, i + MAX_CHARS - offset);
      while (i < limit) {
        const c = t[i] as number;
        if (c >= 128) break;
        const k = CLASS[c] as number;
        if (k === 0) break;
        acc |= k;
        i++;
      }
      end[count] = i;
      offset += i - (start[count] as number);
      this.flags[count] =
        (acc === C_DIGIT ? G_DIGITS : 0) | ((acc & C_LETTER) === 0 ? G_HEX : 0) | ((acc & C_UPPER) !== 0 ? G_UPPER : 0) | ((acc & C_LOWER) !== 0 ? G_LOWER : 0);
      count++;
      if (count === MAX_GROUPS || offset >= MAX_CHARS || i >= n) break;
      // One separator, then a group must follow.
      const c = t[i] as number;
      const c1 = i + 1 < n ? (t[i + 1] as number) : 0;
      if (c === 32) {
        if (c1 >= 48 && c1 <= 57) {
          sep = 32;
          i += 1;
        } else if (c1 === 40 && i + 2 < n && (t[i + 2] as number) >= 48 && (t[i + 2] as number) <= 57) {
          sep = 32 | (40 << 8);
          i += 2;
        } else break;
      } else if (c === 45 || c === 46 || c === 47 || c === 58) {
        if (c1 >= 128 || CLASS[c1] === 0) break;
        sep = c;
        i += 1;
      } else if (c === 40) {
        if (!(c1 >= 48 && c1 <= 57)) break;
        sep = 40;
        i += 1;
      } else if (c === 41) {
        const c2 = i + 2 < n ? (t[i + 2] as number) : 0;
        if (c1 >= 48 && c1 <= 57) {
          sep = 41;
          i += 1;
        } else if ((c1 === 32 || c1 === 45) && c2 >= 48 && c2 <= 57) {
          sep = 41 | (c1 << 8);
          i += 2;
        } else break;
      } else break;
    }
    this.count = count;
    this.to = i;
    this.setEdges(t, lo, n, from, i);
    return i;
  }

  /** What touches the run from outside: '+' or '(' before it, a word it continues. */
  private setEdges(t: Uint16Array, lo: number, n: number, from: number, to: number): void {
    const before = from > lo ? (t[from - 1] as number) : 0;
    this.plus = before === 43;
    this.paren = before === 40;
    this.glueLeft =
      before === 95 || ((before === 45 || before === 46 || before === 47 || before === 35) && from > lo + 1 && isAsciiAlnum(t[from - 2] as number));
    this.glueRight = to < n && t[to] === 95;
  }

  /**
   * Sets up a run of one digit group [from, to) the caller has already scanned (the common
   * case: a phone, an id, a card number on its own), without reading it again.
   */
  single(t: Uint16Array, lo: number, n: number, from: number, to: number): void {
    this.t = t;
    this.from = from;
    this.to = to;
    this.decoded = false;
    this.count = 1;
    this.start[0] = from;
    this.end[0] = to;
    this.offset[0] = 0;
    this.sep[0] = 0;
    this.flags[0] = G_DIGITS | G_HEX;
    this.setEdges(t, lo, n, from, to);
  }

  /** Group g is digits with a final X or x ("11010519491231002X"). */
  endsWithX(g: number): boolean {
    const s = this.start[g] as number;
    const e = this.end[g] as number;
    const last = this.t[e - 1] as number;
    if (last !== 88 && last !== 120) return false;
    for (let i = s; i < e - 1; i++) {
      const c = this.t[i] as number;
      if (c < 48 || c > 57) return false;
    }
    return true;
  }

  length(g: number): number {
    return (this.end[g] as number) - (this.start[g] as number);
  }

  isDigits(g: number): boolean {
    return ((this.flags[g] as number) & G_DIGITS) !== 0;
  }

  /** Separator before group g is exactly the one character `c`. */
  sepIs(g: number, c: number): boolean {
    return this.sep[g] === c;
  }

  /** A match may start at group g: the run's start, or after a space, '(' or '/'. */
  startsClean(g: number): boolean {
    if (g === 0) return !this.glueLeft;
    const sep = this.sep[g] as number;
    const last = sep > 255 ? sep >> 8 : sep;
    return last === 32 || last === 40 || last === 47;
  }

  /** A match may end after group g: the run's end, or before a space, ')', ':' or '/'. */
  endsClean(g: number): boolean {
    if (g === this.count - 1) return !this.glueRight;
    const first = (this.sep[g + 1] as number) & 255;
    return first === 32 || first === 41 || first === 58 || first === 47 || first === 40;
  }

  /** Decimal value of a digit group (groups of up to 15 digits), read from the text. */
  numberOf(g: number): number {
    let v = 0;
    const t = this.t;
    const end = this.end[g] as number;
    for (let i = this.start[g] as number; i < end; i++) v = v * 10 + (t[i] as number) - 48;
    return v;
  }
}
