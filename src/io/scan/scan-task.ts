import { encodeFindingSarif, type FindingEncoding, FindingWriter } from '../../core/scan-report/encode-finding.js';
import { type ColumnTally, columnTally, createFileTally, type FileTally, tallyValue } from '../../core/scan-report/file-tally.js';
import { createUnitScanner, maskValue } from '../../core/scanner/scan-line.js';
import { DETECTOR_IDS, type DetectorId, type UnitScanner } from '../../core/scanner/types.js';
import { CsvCells, parseCsvWindows, rawOffsetInQuotedCell } from './csv-parse.js';
import { decodeUtf8, PieceDecoder } from './decode-units.js';
import { type JsonPath, type JsonValue, JsonWalker, rawOffsetInJsonString } from './json-walk.js';
import { OutputBlocks } from './output-blocks.js';
import { lastLineBoundary, lastRecordBoundary } from './record-boundary.js';

/** A unit of work: a block of whole lines or records, a whole JSON document, or Parquet rows. */
export type ScanTask =
  | {
      readonly kind: 'lines';
      readonly seq: number;
      readonly file: number;
      readonly name: string;
      readonly json: boolean;
      readonly bytes: Uint8Array;
      readonly baseLine: number;
    }
  | {
      readonly kind: 'csv';
      readonly seq: number;
      readonly file: number;
      readonly name: string;
      readonly bytes: Uint8Array;
      readonly baseLine: number;
      readonly delimiter: string;
      /** Column names, or null when the file has no header row. */
      readonly header: readonly string[] | null;
      /** The block starts with the header row, which is not scanned. */
      readonly skipFirst: boolean;
    }
  | { readonly kind: 'json'; readonly seq: number; readonly file: number; readonly name: string; readonly bytes: Uint8Array }
  | {
      readonly kind: 'parquet';
      readonly seq: number;
      readonly file: number;
      readonly name: string;
      readonly path: string;
      readonly rowStart: number;
      readonly rowEnd: number;
    };

export type TaskResult = { readonly seq: number; readonly output: readonly Uint8Array[]; readonly findings: number };

export type TaskRunnerOptions = {
  readonly encoding: FindingEncoding;
  readonly showValues: boolean;
  readonly tally: boolean;
  readonly detectors?: readonly DetectorId[];
};

/** Row numbers unique within a file across tasks (tasks hold fewer than 2^26 rows). */
const ROW_SPAN = 67_108_864;

/**
 * Blocks are decoded and parsed in pieces of about this many bytes: their strings stay small
 * enough for V8's young generation (a string of a whole block would be a large object, kept
 * until a full collection, and held outside the heap by Node).
 */
const PIECE = 64 * 1024;

/** End of the next piece of about PIECE bytes that ends on a boundary (the window grows for long lines). */
function pieceEnd(bytes: Buffer, from: number, cut: (window: Buffer) => number): number {
  for (let size = PIECE; ; size *= 2) {
    if (from + size >= bytes.length) return bytes.length;
    const at = cut(bytes.subarray(from, from + size));
    if (at > 0) return from + at;
  }
}

function countLines(text: string): number {
  let n = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

/**
 * Findings of one JSON Lines record, held until the record proves to be JSON (otherwise the line
 * is scanned as text instead). Entry i is a match in the block (`decoded[i]` null) or in a
 * value decoded from escapes.
 */
class PendingMatches {
  size = 0;
  detector = new Uint8Array(16);
  confidence = new Float64Array(16);
  start = new Int32Array(16);
  end = new Int32Array(16);
  rawStart = new Int32Array(16);
  readonly decoded: (string | null)[] = [];
  readonly node: JsonPath[] = [];
  readonly path: (string | null)[] = [];

  push(detector: number, confidence: number, start: number, end: number, rawStart: number, decoded: string | null, node: JsonPath, path: string | null): void {
    if (this.size === this.start.length) this.grow();
    const i = this.size++;
    this.detector[i] = detector;
    this.confidence[i] = confidence;
    this.start[i] = start;
    this.end[i] = end;
    this.rawStart[i] = rawStart;
    this.decoded[i] = decoded;
    this.node[i] = node;
    this.path[i] = path;
  }

  private grow(): void {
    const n = this.size * 2;
    const detector = new Uint8Array(n);
    detector.set(this.detector);
    this.detector = detector;
    const confidence = new Float64Array(n);
    confidence.set(this.confidence);
    this.confidence = confidence;
    for (const key of ['start', 'end', 'rawStart'] as const) {
      const grown = new Int32Array(n);
      grown.set(this[key]);
      this[key] = grown;
    }
  }
}

/**
 * Scans tasks and keeps per-file tallies; runs the same on the main thread (`--jobs 1`) and in
 * each worker. Output is the rendered findings of the task, in input order within it. A block is
 * decoded once into UTF-16 code units (and the same as a string, for the parsers' searches);
 * lines, cells and values are scanned where they lie in it, never copied.
 */
export class TaskRunner {
  /** Scans windows of the current block; `values` scans text decoded apart (escaped JSON, quoted CSV with `""`, Parquet). */
  private readonly units: UnitScanner;
  private readonly values: UnitScanner;
  private scratch = new Uint16Array(1024);
  /** jsonl lines (written as bytes, values masked in place) or SARIF results (as text), or nothing (summary). */
  private readonly lines: FindingWriter | null;
  private readonly sarif: boolean;
  private readonly tallies = new Map<number, FileTally>();
  private readonly walker = new JsonWalker();
  private readonly cells = new CsvCells();
  private readonly pending = new PendingMatches();
  private readonly out = new OutputBlocks();
  private readonly pieces = new PieceDecoder();
  private findings = 0;
  private fileJson = '""';
  private tally: FileTally | null = null;

  constructor(private readonly options: TaskRunnerOptions) {
    const scanner = options.detectors === undefined ? {} : { detectors: options.detectors };
    this.units = createUnitScanner(scanner);
    this.values = createUnitScanner(scanner);
    this.lines = options.encoding === 'jsonl' ? new FindingWriter() : null;
    this.sarif = options.encoding === 'sarif';
  }

  async run(task: ScanTask): Promise<TaskResult> {
    this.out.take();
    this.findings = 0;
    this.fileJson = JSON.stringify(task.name);
    this.lines?.setFile(this.fileJson);
    this.tally = this.options.tally ? this.tallyOf(task.file) : null;
    if (task.kind === 'lines') this.runLines(task.bytes, task.baseLine, task.json, task.seq * ROW_SPAN);
    else if (task.kind === 'csv') this.runCsv(task);
    else if (task.kind === 'json') this.runJsonDocument(task.bytes, task.seq * ROW_SPAN);
    else await this.runParquet(task);
    return { seq: task.seq, output: this.out.take(), findings: this.findings };
  }

  /** Takes back the memory of output blocks once they are written (see OutputBlocks#recycle). */
  recycle(buffers: readonly ArrayBuffer[]): void {
    this.out.recycle(buffers);
  }

  /**
   * The tally of `file` as this runner has it (null when it scanned none of the file), handed over
   * and forgotten here: call it once the file's last task has run.
   */
  takeTally(file: number): FileTally | null {
    const tally = this.tallies.get(file) ?? null;
    this.tallies.delete(file);
    return tally;
  }

  private tallyOf(file: number): FileTally {
    let tally = this.tallies.get(file);
    if (tally === undefined) {
      tally = createFileTally();
      this.tallies.set(file, tally);
    }
    return tally;
  }

  /**
   * Records one match whose value is `text[start, end)` (`units` holds the same code units, or
   * is null for text decoded apart): rendered (jsonl, SARIF) and/or tallied (summary).
   * `rawStart`/`rawEnd` are its offsets within the physical line.
   */
  private record(
    detector: number,
    confidence: number,
    units: Uint16Array | null,
    text: string,
    start: number,
    end: number,
    line: number,
    rawStart: number,
    rawEnd: number,
    columnJson: string,
    column: ColumnTally | null,
    row: number,
  ): void {
    this.findings++;
    const lines = this.lines;
    if (lines !== null) {
      let src = units;
      let from = start;
      let to = end;
      if (src === null) {
        src = this.unitsOf(text, start, end);
        from = 0;
        to = end - start;
      }
      const out = this.out;
      const block = out.room(lines.bound(columnJson, to - from, this.options.showValues));
      out.commit(lines.write(block, out.view, out.end, line, columnJson, detector, rawStart, rawEnd, src, from, to, confidence, this.options.showValues));
    } else if (this.sarif) {
      const value = text.slice(start, end);
      const masked = maskValue(DETECTOR_IDS[detector] as DetectorId, value);
      this.out.append(
        encodeFindingSarif(this.fileJson, line, columnJson, detector, rawStart, rawEnd, masked, confidence, this.options.showValues ? value : null),
      );
    }
    if (column !== null) tallyValue(column, detector, row, line, rawStart, units, text, start, end, maskValue);
  }

  /** Records the matches of the last block scan; their offsets are taken from `lineStart`. */
  private recordBlockMatches(
    count: number,
    t: Uint16Array,
    text: string,
    lineStart: number,
    line: number,
    columnJson: string,
    column: ColumnTally | null,
    row: number,
  ): void {
    const m = this.units.matches;
    for (let k = 0; k < count; k++) {
      const i = m.kept[k] as number;
      const start = m.start[i] as number;
      const end = m.end[i] as number;
      this.record(m.detector[i] as number, m.confidence[i] as number, t, text, start, end, line, start - lineStart, end - lineStart, columnJson, column, row);
    }
  }

  private valueUnits = new Uint16Array(256);

  /** text[start, end) as code units (a value decoded apart, for the jsonl writer). */
  private unitsOf(text: string, start: number, end: number): Uint16Array {
    if (this.valueUnits.length < end - start) this.valueUnits = new Uint16Array(2 * (end - start));
    const units = this.valueUnits;
    for (let i = start; i < end; i++) units[i - start] = text.charCodeAt(i);
    return units;
  }

  /** Scans a value decoded apart (its code units copied to the scratch array); returns how many matches `values` holds. */
  private scanApart(value: string, hints: number): number {
    const n = value.length;
    if (this.scratch.length < n) this.scratch = new Uint16Array(Math.max(n, this.scratch.length * 2));
    const scratch = this.scratch;
    for (let i = 0; i < n; i++) scratch[i] = value.charCodeAt(i);
    this.values.useBlock(scratch, () => value);
    return this.values.scan(0, n, hints);
  }

  private runLines(bytes: Uint8Array, baseLine: number, json: boolean, rowBase: number): void {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const textColumn = this.tally === null ? null : columnTally(this.tally, null);
    let line = baseLine;
    let from = 0;
    while (from < buffer.length) {
      const to = pieceEnd(buffer, from, (b) => lastLineBoundary(b));
      const { units: t, text } = this.pieces.decode(buffer.subarray(from, to));
      this.units.useBlock(t, () => text);
      if (json) this.walker.begin(text);
      const n = text.length;
      let start = 0;
      while (start < n) {
        let end = text.indexOf('\n', start);
        if (end === -1) end = n;
        const next = end + 1;
        if (end > start && t[end - 1] === 13) end--;
        line++;
        if (json) this.scanJsonLine(t, text, start, end, line, rowBase + line);
        else if (end > start) {
          const count = this.units.scan(start, end, 0);
          if (count > 0) this.recordBlockMatches(count, t, text, start, line, 'null', textColumn, rowBase + line);
        }
        start = next;
      }
      from = to;
    }
    if (this.tally !== null) this.tally.rows += line - baseLine;
  }

  private hintsOf(node: JsonPath): number {
    if (node.hints < 0) node.hints = this.units.hintsOf(node.path);
    return node.hints;
  }

  private columnOf(node: JsonPath): ColumnTally | null {
    const tally = this.tally;
    if (tally === null) return null;
    if (node.columnOwner !== tally) {
      node.column = columnTally(tally, node.path);
      node.columnOwner = tally;
    }
    return node.column as ColumnTally;
  }

  /** Scans one value of a JSON Lines record; its matches wait in `pending` until the record proves to be JSON. */
  private readonly visitRecordValue = (v: JsonValue): void => {
    const hints = this.hintsOf(v.node);
    const decoded = v.escaped ? v.decoded : null;
    const count = decoded === null ? this.units.scan(v.rawStart, v.rawEnd, hints) : this.scanApart(decoded, hints);
    if (count === 0) return;
    const m = decoded === null ? this.units.matches : this.values.matches;
    const walker = this.walker;
    const path = this.lines !== null || this.sarif ? (walker.plainPath() ? v.node.pathJson() : JSON.stringify(walker.exactPath())) : null;
    for (let k = 0; k < count; k++) {
      const i = m.kept[k] as number;
      this.pending.push(m.detector[i] as number, m.confidence[i] as number, m.start[i] as number, m.end[i] as number, v.rawStart, decoded, v.node, path);
    }
  };

  /** A JSON Lines record text[from, to); a line that is not JSON is scanned as text. */
  private scanJsonLine(t: Uint16Array, text: string, from: number, to: number, lineNo: number, row: number): void {
    if (to === from) return;
    const pending = this.pending;
    pending.size = 0;
    const ok = this.walker.walk(text, from, to, this.visitRecordValue);
    if (!ok) {
      const column = this.tally === null ? null : columnTally(this.tally, null);
      const count = this.units.scan(from, to, 0);
      if (count > 0) this.recordBlockMatches(count, t, text, from, lineNo, 'null', column, row);
      return;
    }
    for (let i = 0; i < pending.size; i++) {
      const decoded = pending.decoded[i] as string | null;
      const s = pending.start[i] as number;
      const e = pending.end[i] as number;
      const node = pending.node[i] as JsonPath;
      const column = this.columnOf(node);
      const columnJson = pending.path[i] ?? 'null';
      const detector = pending.detector[i] as number;
      const confidence = pending.confidence[i] as number;
      if (decoded === null) this.record(detector, confidence, t, text, s, e, lineNo, s - from, e - from, columnJson, column, row);
      else {
        const rawStart = pending.rawStart[i] as number;
        const start = rawStart + rawOffsetInJsonString(text, rawStart, s) - from;
        const end = rawStart + rawOffsetInJsonString(text, rawStart, e) - from;
        this.record(detector, confidence, null, decoded, s, e, lineNo, start, end, columnJson, column, row);
      }
    }
    pending.size = 0;
  }

  private runJsonDocument(bytes: Uint8Array, rowBase: number): void {
    const { units: t, text } = decodeUtf8(bytes);
    this.units.useBlock(t, () => text);
    const walker = this.walker;
    walker.begin(text);
    let lastRow = 0;
    let visits = 0;
    const ok = walker.walk(text, text.charCodeAt(0) === 0xfeff ? 1 : 0, text.length, (v: JsonValue) => {
      visits++;
      const row = walker.topIndex();
      if (row > lastRow) lastRow = row;
      const hints = this.hintsOf(v.node);
      const decoded = v.escaped ? v.decoded : null;
      const count = decoded === null ? this.units.scan(v.rawStart, v.rawEnd, hints) : this.scanApart(decoded, hints);
      if (count === 0) return;
      const m = decoded === null ? this.units.matches : this.values.matches;
      const column = this.columnOf(v.node);
      const path = this.lines === null && !this.sarif ? 'null' : walker.plainPath() ? v.node.pathJson() : JSON.stringify(walker.exactPath());
      for (let k = 0; k < count; k++) {
        const i = m.kept[k] as number;
        const s = m.start[i] as number;
        const e = m.end[i] as number;
        const detector = m.detector[i] as number;
        const confidence = m.confidence[i] as number;
        if (decoded === null) this.record(detector, confidence, t, text, s, e, v.line + 1, s - v.lineStart, e - v.lineStart, path, column, rowBase + row);
        else {
          const start = v.rawStart + rawOffsetInJsonString(text, v.rawStart, s) - v.lineStart;
          const end = v.rawStart + rawOffsetInJsonString(text, v.rawStart, e) - v.lineStart;
          this.record(detector, confidence, null, decoded, s, e, v.line + 1, start, end, path, column, rowBase + row);
        }
      }
    });
    if (!ok) {
      // Not JSON after all: scan it as text (findings made before the error would repeat).
      this.out.take();
      this.findings = 0;
      if (this.tally !== null) this.tally.columns.clear();
      this.runLines(bytes, 0, false, rowBase);
      return;
    }
    if (this.tally !== null) this.tally.rows += visits === 0 ? 0 : lastRow + 1;
  }

  private runCsv(task: Extract<ScanTask, { kind: 'csv' }>): void {
    const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
    const delimiter = task.delimiter.charCodeAt(0);
    const header = task.header;
    const hints = header === null ? [] : header.map((name) => this.units.hintsOf(name));
    const columnsJson = header === null ? [] : header.map((name) => JSON.stringify(name));
    const columns: (ColumnTally | null)[] = this.tally === null ? [] : (header ?? []).map((name, i) => columnTally(this.tally as FileTally, name, i));
    const fallback = this.tally === null ? null : columnTally(this.tally, null);
    let skip = task.skipFirst;
    let rows = 0;
    let lineBase = task.baseLine;
    let from = 0;
    while (from < bytes.length) {
      const to = pieceEnd(bytes, from, (b) => lastRecordBoundary(b, delimiter));
      const { units: t, text } = this.pieces.decode(bytes.subarray(from, to));
      this.units.useBlock(t, () => text);
      parseCsvWindows(
        text,
        task.delimiter,
        (cells) => {
          if (skip) {
            skip = false;
            return;
          }
          rows++;
          const line = lineBase + cells.line + 1;
          const row = task.seq * ROW_SPAN + rows;
          const recordStart = cells.recordStart;
          for (let col = 0; col < cells.count; col++) {
            const decoded = cells.decoded[col] as string | null;
            const columnJson = columnsJson[col] ?? 'null';
            const column = columns[col] ?? fallback;
            if (decoded === null) {
              const cellStart = cells.start[col] as number;
              const cellEnd = cells.end[col] as number;
              if (cellEnd === cellStart) continue;
              const count = this.units.scan(cellStart, cellEnd, hints[col] ?? 0);
              if (count > 0) this.recordBlockMatches(count, t, text, recordStart, line, columnJson, column, row);
              continue;
            }
            if (decoded.length === 0) continue;
            const count = this.scanApart(decoded, hints[col] ?? 0);
            const m = this.values.matches;
            const base = cells.rawStart[col] as number;
            for (let k = 0; k < count; k++) {
              const i = m.kept[k] as number;
              const s = m.start[i] as number;
              const e = m.end[i] as number;
              const start = base + rawOffsetInQuotedCell(decoded, s);
              const end = base + rawOffsetInQuotedCell(decoded, e);
              this.record(m.detector[i] as number, m.confidence[i] as number, null, decoded, s, e, line, start, end, columnJson, column, row);
            }
          }
        },
        this.cells,
      );
      lineBase += countLines(text);
      from = to;
    }
    if (this.tally !== null) this.tally.rows += rows;
  }

  private async runParquet(task: Extract<ScanTask, { kind: 'parquet' }>): Promise<void> {
    const columnsJson = new Map<string, string>();
    // hyparquet is loaded only when a Parquet file is scanned.
    const { readParquetRows } = await import('./parquet-rows.js');
    await readParquetRows(task.path, task.rowStart, task.rowEnd, (row, index) => {
      const line = task.rowStart + index + 1;
      for (const [name, value] of row) {
        if (value.length === 0) continue;
        const count = this.scanApart(value, this.values.hintsOf(name));
        if (count === 0) continue;
        let json = columnsJson.get(name);
        if (json === undefined) {
          json = JSON.stringify(name);
          columnsJson.set(name, json);
        }
        const column = this.tally === null ? null : columnTally(this.tally, name);
        const m = this.values.matches;
        for (let k = 0; k < count; k++) {
          const i = m.kept[k] as number;
          const s = m.start[i] as number;
          const e = m.end[i] as number;
          this.record(m.detector[i] as number, m.confidence[i] as number, null, value, s, e, line, s, e, json, column, task.seq * ROW_SPAN + index);
        }
      }
    });
    if (this.tally !== null) this.tally.rows += task.rowEnd - task.rowStart;
  }
}
