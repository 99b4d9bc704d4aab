import { detectorIndex } from '../../core/scan-report/detector-facts.js';
import { encodeFindingLine, encodeFindingSarif, type FindingEncoding } from '../../core/scan-report/encode-finding.js';
import {
  type ColumnTally,
  columnTally,
  createFileTally,
  type FileTally,
  type FileTallyState,
  tallyMatch,
  toFileTallyState,
} from '../../core/scan-report/file-tally.js';
import { createScanner, maskValue } from '../../core/scanner/scan-line.js';
import type { DetectorId, Match, TextContext } from '../../core/scanner/types.js';
import { parseCsvRecords, rawOffsetInQuotedCell } from './csv-parse.js';
import { type JsonValue, JsonWalker, rawOffsetInJsonString } from './json-walk.js';
import { OutputBlocks } from './output-blocks.js';
import { readParquetRows } from './parquet-rows.js';
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

/** Pieces of a block are decoded at most this large: V8 allocates bigger strings in a slower space. */
const PIECE = 64 * 1024;
const TEXT_CONTEXT: TextContext = Object.freeze({ column: null });
/** Row numbers unique within a file across tasks (tasks hold fewer than 2^26 rows). */
const ROW_SPAN = 67_108_864;

/**
 * Scans tasks and keeps per-file tallies; runs the same on the main thread (`--jobs 1`) and in
 * each worker. Output is the rendered findings of the task, in input order within it.
 */
export class TaskRunner {
  private readonly scanner;
  private readonly render: typeof encodeFindingLine | null;
  private readonly tallies = new Map<number, FileTally>();
  private readonly contexts = new Map<string, TextContext>();
  private readonly walker = new JsonWalker();
  private readonly out = new OutputBlocks();
  private findings = 0;
  private fileJson = '""';
  private tally: FileTally | null = null;

  constructor(private readonly options: TaskRunnerOptions) {
    this.scanner = createScanner(options.detectors === undefined ? {} : { detectors: options.detectors });
    this.render = options.encoding === 'jsonl' ? encodeFindingLine : options.encoding === 'sarif' ? encodeFindingSarif : null;
  }

  async run(task: ScanTask): Promise<TaskResult> {
    this.out.take();
    this.findings = 0;
    this.fileJson = JSON.stringify(task.name);
    this.tally = this.options.tally ? this.tallyOf(task.file) : null;
    if (task.kind === 'lines') this.runLines(task.bytes, task.baseLine, task.json, task.seq * ROW_SPAN);
    else if (task.kind === 'csv') this.runCsv(task);
    else if (task.kind === 'json') this.runJsonDocument(task.bytes, task.seq * ROW_SPAN);
    else await this.runParquet(task);
    return { seq: task.seq, output: this.out.take(), findings: this.findings };
  }

  /** The tallies of every file this runner saw, as plain data. */
  tallyStates(): [number, FileTallyState][] {
    return [...this.tallies.entries()].map(([file, tally]) => [file, toFileTallyState(tally)]);
  }

  /** Hands this runner's tallies over as they are (single-threaded scans): targets[file] is replaced in place. */
  adoptInto(targets: FileTally[] | readonly FileTally[]): void {
    for (const [file, tally] of this.tallies) {
      const target = targets[file];
      if (target === undefined) continue;
      target.rows = tally.rows;
      target.columns.clear();
      for (const [key, column] of tally.columns) target.columns.set(key, column);
    }
  }

  private tallyOf(file: number): FileTally {
    let tally = this.tallies.get(file);
    if (tally === undefined) {
      tally = createFileTally();
      this.tallies.set(file, tally);
    }
    return tally;
  }

  private contextOf(column: string): TextContext {
    let context = this.contexts.get(column);
    if (context === undefined) {
      context = Object.freeze({ column });
      if (this.contexts.size < 100_000) this.contexts.set(column, context);
    }
    return context;
  }

  /** Records one match: rendered (jsonl, SARIF) and/or tallied (summary). */
  private emit(match: Match, text: string, line: number, start: number, end: number, columnJson: string, column: ColumnTally | null, row: number): void {
    this.findings++;
    const detector = detectorIndex(match.detector);
    if (this.render !== null) {
      const value = text.slice(match.start, match.end);
      this.out.append(
        this.render(
          this.fileJson,
          line,
          columnJson,
          detector,
          start,
          end,
          maskValue(match.detector, value),
          match.confidence,
          this.options.showValues ? value : null,
        ),
      );
    }
    if (column !== null) tallyMatch(column, detector, row, line, text, match.start, match.end, maskValue);
  }

  private runLines(bytes: Uint8Array, baseLine: number, json: boolean, rowBase: number): void {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const textColumn = this.tally === null ? null : columnTally(this.tally, null);
    let line = baseLine;
    let from = 0;
    while (from < buffer.length) {
      const to = pieceEnd(buffer, from, (b) => lastLineBoundary(b));
      const piece = buffer.toString('utf8', from, to);
      let start = 0;
      while (start < piece.length) {
        let end = piece.indexOf('\n', start);
        if (end === -1) end = piece.length;
        const next = end + 1;
        if (end > start && piece.charCodeAt(end - 1) === 13) end--;
        line++;
        const text = start === 0 && end === piece.length ? piece : piece.slice(start, end);
        if (json) this.scanJsonLine(text, line, rowBase + line);
        else if (text.length > 0) {
          const matches = this.scanner.scanLine(text, TEXT_CONTEXT);
          for (const m of matches) this.emit(m, text, line, m.start, m.end, 'null', textColumn, rowBase + line);
        }
        start = next;
      }
      from = to;
    }
    if (this.tally !== null) this.tally.rows += line - baseLine;
  }

  private readonly pending: { match: Match; value: JsonValue; text: string; path: string | null; rawStart: number; escaped: boolean; generic: string }[] = [];

  /** A JSON Lines record; a line that is not JSON is scanned as text. */
  private scanJsonLine(line: string, lineNo: number, row: number): void {
    if (line.length === 0) return;
    const pending = this.pending;
    pending.length = 0;
    const needsPath = this.render !== null;
    const ok = this.walker.walk(line, 0, line.length, (v) => {
      const matches = this.scanner.scanLine(v.text, this.contextOf(v.genericPath));
      for (const match of matches) {
        pending.push({
          match,
          value: v,
          text: v.text,
          path: needsPath ? this.walker.exactPath() : null,
          rawStart: v.rawStart,
          escaped: v.escaped,
          generic: v.genericPath,
        });
      }
    });
    if (!ok) {
      const column = this.tally === null ? null : columnTally(this.tally, null);
      for (const m of this.scanner.scanLine(line, TEXT_CONTEXT)) this.emit(m, line, lineNo, m.start, m.end, 'null', column, row);
      return;
    }
    for (const p of pending) {
      const start = p.rawStart + (p.escaped ? rawOffsetInJsonString(line, p.rawStart, p.match.start) : p.match.start);
      const end = p.rawStart + (p.escaped ? rawOffsetInJsonString(line, p.rawStart, p.match.end) : p.match.end);
      const column = this.tally === null ? null : columnTally(this.tally, p.generic);
      this.emit(p.match, p.text, lineNo, start, end, p.path === null ? 'null' : JSON.stringify(p.path), column, row);
    }
    pending.length = 0;
  }

  private runJsonDocument(bytes: Uint8Array, rowBase: number): void {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    const pending = this.pending;
    pending.length = 0;
    let lastRow = 0;
    let visits = 0;
    const ok = this.walker.walk(text, text.charCodeAt(0) === 0xfeff ? 1 : 0, text.length, (v) => {
      visits++;
      const row = this.walker.topIndex();
      if (row > lastRow) lastRow = row;
      for (const match of this.scanner.scanLine(v.text, this.contextOf(v.genericPath))) {
        const start = v.rawStart + (v.escaped ? rawOffsetInJsonString(text, v.rawStart, match.start) : match.start) - v.lineStart;
        const end = v.rawStart + (v.escaped ? rawOffsetInJsonString(text, v.rawStart, match.end) : match.end) - v.lineStart;
        const column = this.tally === null ? null : columnTally(this.tally, v.genericPath);
        const path = this.render === null ? 'null' : JSON.stringify(this.walker.exactPath());
        this.emit(match, v.text, v.line + 1, start, end, path, column, rowBase + row);
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
    const header = task.header;
    const contexts = header === null ? [] : header.map((name) => this.contextOf(name));
    const columnsJson = header === null ? [] : header.map((name) => JSON.stringify(name));
    const columns: (ColumnTally | null)[] = this.tally === null ? [] : (header ?? []).map((name, i) => columnTally(this.tally as FileTally, name, i));
    const fallback = this.tally === null ? null : columnTally(this.tally, null);
    const delimiter = task.delimiter.charCodeAt(0);
    let skip = task.skipFirst;
    let lineBase = task.baseLine;
    let rows = 0;
    let from = 0;
    while (from < bytes.length) {
      const to = pieceEnd(bytes, from, (b) => lastRecordBoundary(b, delimiter));
      const piece = bytes.toString('utf8', from, to);
      parseCsvRecords(piece, task.delimiter, (record) => {
        if (skip) {
          skip = false;
          return;
        }
        rows++;
        const line = lineBase + record.line + 1;
        const row = task.seq * ROW_SPAN + rows;
        const { cells } = record;
        for (let col = 0; col < cells.length; col++) {
          const cell = cells[col] as string;
          if (cell.length === 0) continue;
          const matches = this.scanner.scanLine(cell, contexts[col] ?? TEXT_CONTEXT);
          if (matches.length === 0) continue;
          const base = record.rawStarts[col] as number;
          const quoted = record.quoted[col] === true;
          for (const m of matches) {
            const start = base + (quoted ? rawOffsetInQuotedCell(cell, m.start) : m.start);
            const end = base + (quoted ? rawOffsetInQuotedCell(cell, m.end) : m.end);
            this.emit(m, cell, line, start, end, columnsJson[col] ?? 'null', columns[col] ?? fallback, row);
          }
        }
      });
      lineBase += countLines(piece);
      from = to;
    }
    if (this.tally !== null) this.tally.rows += rows;
  }

  private async runParquet(task: Extract<ScanTask, { kind: 'parquet' }>): Promise<void> {
    const columnsJson = new Map<string, string>();
    await readParquetRows(task.path, task.rowStart, task.rowEnd, (row, index) => {
      const line = task.rowStart + index + 1;
      for (const [name, value] of row) {
        if (value.length === 0) continue;
        const matches = this.scanner.scanLine(value, this.contextOf(name));
        if (matches.length === 0) continue;
        let json = columnsJson.get(name);
        if (json === undefined) {
          json = JSON.stringify(name);
          columnsJson.set(name, json);
        }
        const column = this.tally === null ? null : columnTally(this.tally, name);
        for (const m of matches) this.emit(m, value, line, m.start, m.end, json, column, task.seq * ROW_SPAN + index);
      }
    });
    if (this.tally !== null) this.tally.rows += task.rowEnd - task.rowStart;
  }
}

/** End of the next piece of about PIECE bytes that ends on a boundary (the window grows for long lines). */
function pieceEnd(bytes: Buffer, from: number, cut: (window: Buffer) => number): number {
  for (let size = PIECE; ; size *= 2) {
    if (from + size >= bytes.length) return bytes.length;
    const at = cut(bytes.subarray(from, from + size));
    if (at > 0) return from + at;
  }
}

function countLines(piece: string): number {
  let n = 0;
  for (let at = piece.indexOf('\n'); at !== -1; at = piece.indexOf('\n', at + 1)) n++;
  return n;
}
