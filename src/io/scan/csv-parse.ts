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
  const record: CsvRecord = { cells: [], rawStarts: [], quoted: [], start: 0, line: 0, lines: 1 };
  const length = text.length;
  let pos = 0;
  let line = 0;
  while (pos < length) {
    record.cells.length = 0;
    record.rawStarts.length = 0;
    record.quoted.length = 0;
    record.start = pos;
    record.line = line;
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
        let value = text.slice(pos + 1, close);
        if (escaped) value = value.replaceAll('""', '"');
        if (close > lineEnd) {
          line += newlinesIn(text, lineEnd, close);
          lineEnd = text.indexOf('\n', close);
          if (lineEnd === -1) lineEnd = length;
        }
        pos = close + 1;
        const next = text.indexOf(delimiter, pos);
        const stop = next === -1 || next > lineEnd ? lineEnd : next;
        if (stop > pos) {
          const tail = text.slice(pos, stop);
          value += tail.endsWith('\r') && stop === lineEnd ? tail.slice(0, -1) : tail;
        }
        record.cells.push(value);
        record.rawStarts.push(cellStart - record.start);
        record.quoted.push(true);
        pos = stop;
      } else {
        const next = text.indexOf(delimiter, pos);
        const stop = next === -1 || next > lineEnd ? lineEnd : next;
        const end = stop === lineEnd && stop > pos && text.charCodeAt(stop - 1) === CR ? stop - 1 : stop;
        record.cells.push(text.slice(pos, end));
        record.rawStarts.push(cellStart - record.start);
        record.quoted.push(false);
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
    record.lines = line - record.line;
    const blank = record.cells.length === 1 && record.cells[0] === '' && !record.quoted[0];
    if (!blank) onRecord(record);
  }
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
