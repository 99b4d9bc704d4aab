import { maskedBound, maskUnits } from '../scanner/mask-units.js';
import { DETECTOR_FACTS } from './detector-facts.js';

// The per-finding encodings of `pisa scan` (a public contract, docs/scanner.md). They live in the
// core because worker threads render findings where they are found: only text crosses threads.

/** Field order of `--format jsonl` (never reorder; add fields at the end). */
export const FINDING_FIELDS = ['file', 'line', 'column', 'detector', 'category', 'sensitive', 'start', 'end', 'masked', 'confidence'] as const;

const JSONL_MIDDLE = DETECTOR_FACTS.map((f) => `,"detector":"${f.id}","category":"${f.category}","sensitive":${f.sensitive},"start":`);

/** Rounds a 0..1 confidence to 3 decimals so output is short and stable. */
const roundConfidence = (c: number) => Math.round(c * 1000) / 1000;

/**
 * One `--format jsonl` line (with its newline). `fileJson` and `columnJson` are already JSON
 * (`"users.csv"`, `"phone"` or `null`): callers encode them once per file and column.
 */
export function encodeFindingLine(
  fileJson: string,
  line: number,
  columnJson: string,
  detector: number,
  start: number,
  end: number,
  masked: string,
  confidence: number,
  value: string | null,
): string {
  const tail = value === null ? '}\n' : `,"value":${JSON.stringify(value)}}\n`;
  return `{"file":${fileJson},"line":${line},"column":${columnJson}${JSONL_MIDDLE[detector]}${start},"end":${end},"masked":${JSON.stringify(masked)},"confidence":${roundConfidence(confidence)}${tail}`;
}

/** One SARIF 2.1.0 result, written `,\n{...}`: the CLI's envelope drops the first comma. */
export function encodeFindingSarif(
  fileJson: string,
  line: number,
  columnJson: string,
  detector: number,
  start: number,
  end: number,
  masked: string,
  confidence: number,
  value: string | null,
): string {
  const facts = DETECTOR_FACTS[detector] as (typeof DETECTOR_FACTS)[number];
  const level = facts.sensitive ? 'error' : 'warning';
  const message = JSON.stringify(`${facts.id} (${facts.category}${facts.sensitive ? ', sensitive' : ''}): ${masked}`);
  const extra = value === null ? '' : `,"value":${JSON.stringify(value)}`;
  return `,\n{"ruleId":"${facts.id}","ruleIndex":${detector},"level":"${level}","message":{"text":${message}},"locations":[{"physicalLocation":{"artifactLocation":{"uri":${fileJson}},"region":{"startLine":${line},"startColumn":${start + 1},"endColumn":${end + 1}}}}],"properties":{"column":${columnJson},"category":"${facts.category}","sensitive":${facts.sensitive},"masked":${JSON.stringify(masked)},"confidence":${roundConfidence(confidence)}${extra}}}`;
}

/** How findings leave a worker: rendered as jsonl lines, as SARIF results, or not at all (summary). */
export type FindingEncoding = 'jsonl' | 'sarif' | 'none';

const UTF8 = new TextEncoder();

/**
 * A constant part of a line, `length` bytes: short parts are copied as little-endian 32-bit words
 * (4 bytes per store, up to 3 bytes of spill past them that the next write overwrites), the long
 * ones (the file, column and detector fields) with one `set` of `bytes`, which beats word stores
 * at that size and loses to them on the short parts (docs/benchmarks.md, tenth sitting).
 */
type Words = { readonly words: Uint32Array; readonly length: number; readonly bytes: Uint8Array };

function wordsOf(text: string): Words {
  const bytes = UTF8.encode(text);
  const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
  padded.set(bytes);
  const words = new Uint32Array(padded.length / 4);
  const view = new DataView(padded.buffer);
  for (let i = 0; i < words.length; i++) words[i] = view.getUint32(i * 4, true);
  return { words, length: bytes.length, bytes };
}

function putWords(view: DataView, at: number, part: Words): number {
  const words = part.words;
  for (let i = 0; i < words.length; i++) view.setUint32(at + i * 4, words[i] as number, true);
  return at + part.length;
}

function putBytes(out: Uint8Array, at: number, part: Words): number {
  out.set(part.bytes, at);
  return at + part.length;
}

/** A non-negative integer in decimal. Below 2^31 with int32 division, which compiles to a multiply. */
function putInteger(out: Uint8Array, at: number, value: number): number {
  if (value < 10) {
    out[at] = 48 + value;
    return at + 1;
  }
  if (value > 0x7fffffff) return putLargeInteger(out, at, value);
  let digits = 2;
  for (let v = (value / 100) | 0; v > 0; v = (v / 10) | 0) digits++;
  let v = value | 0;
  for (let k = at + digits - 1; k >= at; k--) {
    const q = (v / 10) | 0;
    out[k] = 48 + v - q * 10;
    v = q;
  }
  return at + digits;
}

function putLargeInteger(out: Uint8Array, at: number, value: number): number {
  let digits = 1;
  for (let v = value; v >= 10; v = Math.floor(v / 10)) digits++;
  let v = value;
  for (let k = at + digits - 1; k >= at; k--) {
    out[k] = 48 + (v % 10);
    v = Math.floor(v / 10);
  }
  return at + digits;
}

const HEX = UTF8.encode('0123456789abcdef');

/** `uxxxx` after a backslash the caller wrote, lower-case hex as JSON.stringify writes it. */
function putUnicodeEscape(out: Uint8Array, at: number, c: number): number {
  out[at] = 117;
  out[at + 1] = HEX[(c >> 12) & 15] as number;
  out[at + 2] = HEX[(c >> 8) & 15] as number;
  out[at + 3] = HEX[(c >> 4) & 15] as number;
  out[at + 4] = HEX[c & 15] as number;
  return at + 5;
}

/** Code units src[from, to) as a JSON string (what JSON.stringify writes for that text), in UTF-8. */
function putJsonUnits(out: Uint8Array, at: number, src: Uint16Array, from: number, to: number): number {
  let o = at;
  out[o++] = 34;
  for (let i = from; i < to; i++) {
    const c = src[i] as number;
    if (c < 0x80) {
      if (c >= 0x20 && c !== 34 && c !== 92) out[o++] = c;
      else {
        out[o++] = 92;
        if (c === 34 || c === 92) out[o++] = c;
        else if (c === 8) out[o++] = 98;
        else if (c === 12) out[o++] = 102;
        else if (c === 10) out[o++] = 110;
        else if (c === 13) out[o++] = 114;
        else if (c === 9) out[o++] = 116;
        else o = putUnicodeEscape(out, o, c);
      }
    } else if (c < 0x800) {
      out[o++] = 0xc0 | (c >> 6);
      out[o++] = 0x80 | (c & 63);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < to ? (src[i + 1] as number) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        out[o++] = 0xf0 | (cp >> 18);
        out[o++] = 0x80 | ((cp >> 12) & 63);
        out[o++] = 0x80 | ((cp >> 6) & 63);
        out[o++] = 0x80 | (cp & 63);
        i++;
      } else {
        out[o++] = 92;
        o = putUnicodeEscape(out, o, c);
      }
    } else {
      out[o++] = 0xe0 | (c >> 12);
      out[o++] = 0x80 | ((c >> 6) & 63);
      out[o++] = 0x80 | (c & 63);
    }
  }
  out[o++] = 34;
  return o;
}

const END_FIELD = wordsOf(',"end":');
const MASKED_FIELD = wordsOf(',"masked":');
const CONFIDENCE_FIELD = wordsOf(',"confidence":');
const VALUE_FIELD = wordsOf(',"value":');
const LINE_END = wordsOf('}\n');
/** Bytes a line takes beyond its names and values: fields, numbers, spill (generous). */
const FIXED_BYTES = 320;

/**
 * Writes `--format jsonl` lines (exactly `encodeFindingLine`'s text, as UTF-8) straight into a
 * byte block: the constant parts (file, column, detector fields) are made once and copied four
 * bytes at a time, numbers and values written in place. jsonl output is about five times the
 * input, so this is most of what a jsonl scan does besides scanning.
 */
export class FindingWriter {
  private head: Words = wordsOf('{"file":"","line":');
  /** Per column (as JSON), per detector: `,"column":...,"detector":...,"start":`. */
  private readonly middles = new Map<string, Words[]>();
  /** By confidence × 1000 (what `roundConfidence` keeps): the rounded value as text. */
  private readonly confidences: (Words | undefined)[] = new Array<Words | undefined>(1001).fill(undefined);
  private masked = new Uint16Array(256);

  /** The file the next findings are in (its name as JSON). */
  setFile(fileJson: string): void {
    this.head = wordsOf(`{"file":${fileJson},"line":`);
  }

  /** The most bytes `write` takes for a finding of `length` code units (what a block must have free). */
  bound(columnJson: string, length: number, showValue: boolean): number {
    return FIXED_BYTES + this.head.length + 3 * columnJson.length + 6 * maskedBound(length) + (showValue ? 6 * length : 0);
  }

  /**
   * Writes the line of the finding whose value is src[from, to) at `at` of `out` (and its
   * `view`); returns the end. The value is masked as `maskValue` masks it, without a string.
   */
  write(
    out: Uint8Array,
    view: DataView,
    at: number,
    line: number,
    columnJson: string,
    detector: number,
    start: number,
    end: number,
    src: Uint16Array,
    from: number,
    to: number,
    confidence: number,
    showValue: boolean,
  ): number {
    let middles = this.middles.get(columnJson);
    if (middles === undefined) {
      middles = JSONL_MIDDLE.map((middle) => wordsOf(`,"column":${columnJson}${middle}`));
      if (this.middles.size >= 10_000) this.middles.clear();
      this.middles.set(columnJson, middles);
    }
    const thousandths = Math.round(confidence * 1000);
    let c = thousandths >= 0 && thousandths <= 1000 ? this.confidences[thousandths] : undefined;
    if (c === undefined) {
      c = wordsOf(String(roundConfidence(confidence)));
      if (thousandths >= 0 && thousandths <= 1000) this.confidences[thousandths] = c;
    }
    if (this.masked.length < maskedBound(to - from)) this.masked = new Uint16Array(2 * maskedBound(to - from));
    const masked = this.masked;
    const maskedLength = maskUnits(detector, src, from, to, masked);
    let o = putBytes(out, at, this.head);
    o = putInteger(out, o, line);
    o = putBytes(out, o, middles[detector] as Words);
    o = putInteger(out, o, start);
    o = putWords(view, o, END_FIELD);
    o = putInteger(out, o, end);
    o = putWords(view, o, MASKED_FIELD);
    o = putJsonUnits(out, o, masked, 0, maskedLength);
    o = putWords(view, o, CONFIDENCE_FIELD);
    o = putWords(view, o, c);
    if (showValue) {
      o = putWords(view, o, VALUE_FIELD);
      o = putJsonUnits(out, o, src, from, to);
    }
    return putWords(view, o, LINE_END);
  }
}
