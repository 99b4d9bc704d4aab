/** One parsed record; arrays are reused between records, so copy what you keep. */
export type CsvRecord = {
  /** Decoded cell values (quotes removed, `""` unescaped). */
  readonly cells: string[];
  /** Offset of each cell's first raw character (its opening quote when quoted), from the record start. */
  readonly rawStarts: number[];
  readonly quoted: boolean[];
  /** Offset of the record in the text. */
  start: number;
  /** `\n` before the record in the text (its first line, relative). */
  line: number;
  /** Physical lines the record spans. */
  lines: number;
};

const QUOTE = 34;
const CR = 13;

function newlinesIn(text: string, from: number, to: number): number {
  let n = 0;
  let at = text.indexOf('\n', from);
  while (at !== -1 && at < to) {
    n++;
    at = text.indexOf('\n', at + 1);
  }
  return n;
}

/**
 * Parses CSV/TSV text made of whole records (RFC 4180: quoted fields may hold delimiters, `""`
 * and newlines; CRLF or LF line ends). Blank lines are skipped. A quote opens a quoted field only
 * at the start of a field; text after a closing quote is kept (lenient, like most readers).
 */
export function parseCsvRecords(text: string, delimiter: string, onRecord: (record: CsvRecord) => void): void {
  // The same parser as the scanner's (parseCsvWindows), with each cell copied out.
  const record: CsvRecord = { cells: [], rawStarts: [], quoted: [], start: 0, line: 0, lines: 1 };
  parseCsvWindows(text, delimiter, (cells) => {
    record.cells.length = 0;
    record.rawStarts.length = 0;
    record.quoted.length = 0;
    for (let i = 0; i < cells.count; i++) {
      record.cells.push(cells.decoded[i] ?? text.slice(cells.start[i], cells.end[i]));
      record.rawStarts.push(cells.rawStart[i] as number);
      record.quoted.push(cells.quoted[i] === 1);
    }
    record.start = cells.recordStart;
    record.line = cells.line;
    record.lines = cells.lines;
    onRecord(record);
  });
}

/**
 * Offset in the raw record of offset `at` of a decoded quoted cell: each `"` before it was written
 * as `""`, and the opening quote comes first.
 */
export function rawOffsetInQuotedCell(cell: string, at: number): number {
  let shift = 1;
  let quote = cell.indexOf('"');
  while (quote !== -1 && quote < at) {
    shift++;
    quote = cell.indexOf('"', quote + 1);
  }
  return at + shift;
}

/** A cell written back as RFC 4180 CSV: quoted only when it must be. */
export function encodeCsvCell(value: string, delimiter: string): string {
  if (value.includes('"') || value.includes(delimiter) || value.includes('\n') || value.includes('\r')) {
    return `"${value.replaceAll('"', '""')}"`;
  }
  return value;
}

/** Where the cells of one record are in the text, without copying them; reused from record to record. */
export class CsvCells {
  count = 0;
  /** Offset of the record in the text, and the `\n` before it (its first line, relative). */
  recordStart = 0;
  line = 0;
  /** Physical lines the record spans. */
  lines = 1;
  /** The value of cell i is text[start[i], end[i]) unless `decoded[i]` holds it (a quoted cell with `""` or text after its closing quote). */
  start = new Int32Array(64);
  end = new Int32Array(64);
  /** Offset of the cell's first raw character (its opening quote when quoted), from the record start. */
  rawStart = new Int32Array(64);
  quoted = new Uint8Array(64);
  readonly decoded: (string | null)[] = [];

  push(start: number, end: number, rawStart: number, quoted: boolean, decoded: string | null): void {
    if (this.count === this.start.length) {
      const n = this.count * 2;
      const start2 = new Int32Array(n);
      start2.set(this.start);
      this.start = start2;
      const end2 = new Int32Array(n);
      end2.set(this.end);
      this.end = end2;
      const raw2 = new Int32Array(n);
      raw2.set(this.rawStart);
      this.rawStart = raw2;
      const quoted2 = new Uint8Array(n);
      quoted2.set(this.quoted);
      this.quoted = quoted2;
    }
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.rawStart[this.count] = rawStart;
    this.quoted[this.count] = quoted ? 1 : 0;
    this.decoded[this.count] = decoded;
    this.count++;
  }
}

/**
 * `parseCsvRecords` without copying cells: the same records (blank lines skipped, RFC 4180
 * quoting, lenient text after a closing quote), each reported as windows of `text`.
 */
export function parseCsvWindows(text: string, delimiter: string, onRecord: (cells: CsvCells) => void, cells = new CsvCells()): void {
  const length = text.length;
  let pos = 0;
  let line = 0;
  while (pos < length) {
    cells.count = 0;
    cells.recordStart = pos;
    cells.line = line;
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd === -1) lineEnd = length;
    for (;;) {
      const cellStart = pos;
      if (text.charCodeAt(pos) === QUOTE) {
        let close = text.indexOf('"', pos + 1);
        let escaped = false;
        while (close !== -1 && text.charCodeAt(close + 1) === QUOTE) {
          escaped = true;
          close = text.indexOf('"', close + 2);
        }
        if (close === -1) close = length;
        const valueStart = pos + 1;
        if (close > lineEnd) {
          line += newlinesIn(text, lineEnd, close);
          lineEnd = text.indexOf('\n', close);
          if (lineEnd === -1) lineEnd = length;
        }
        pos = close + 1;
        const next = text.indexOf(delimiter, pos);
        const stop = next === -1 || next > lineEnd ? lineEnd : next;
        let tail = '';
        if (stop > pos) {
          tail = text.slice(pos, stop);
          if (tail.endsWith('\r') && stop === lineEnd) tail = tail.slice(0, -1);
        }
        let decoded: string | null = null;
        if (escaped || tail.length > 0) {
          decoded = text.slice(valueStart, close);
          if (escaped) decoded = decoded.replaceAll('""', '"');
          decoded += tail;
        }
        cells.push(valueStart, close, cellStart - cells.recordStart, true, decoded);
        pos = stop;
      } else {
        const next = text.indexOf(delimiter, pos);
        const stop = next === -1 || next > lineEnd ? lineEnd : next;
        const end = stop === lineEnd && stop > pos && text.charCodeAt(stop - 1) === CR ? stop - 1 : stop;
        cells.push(pos, end, cellStart - cells.recordStart, false, null);
        pos = stop;
      }
      if (pos < lineEnd) {
        pos += delimiter.length;
        continue;
      }
      pos = lineEnd + 1;
      line++;
      break;
    }
    cells.lines = line - cells.line;
    const blank = cells.count === 1 && cells.quoted[0] === 0 && cells.end[0] === cells.start[0];
    if (!blank) onRecord(cells);
  }
}
