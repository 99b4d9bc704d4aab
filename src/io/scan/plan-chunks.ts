import { Readable } from 'node:stream';
import { createScanner } from '../../core/scanner/scan-line.js';
import type { ChunkSpec, DatasetPlan, PlannedFile, SplitFormat } from '../../services/scan-ports.js';
import { detectHeader } from './csv-header.js';
import { toPosix } from './dataset-files.js';
import { readHead } from './file-blocks.js';
import { formatFromName, isGzipMagic, looksBinary } from './input-format.js';
import { listInputs } from './list-inputs.js';
import { cutBlocks, decodedChunks, openRaw } from './read-chunks.js';
import { countNewlines, lastLineBoundary, lastRecordBoundary } from './record-boundary.js';

const SPLITTABLE: ReadonlySet<string> = new Set<SplitFormat>(['text', 'jsonl', 'csv', 'tsv']);
type Cut = (bytes: Buffer) => number;

/** End (exclusive, within `block`) of the next cut at or before `from + size`, growing the window when none is there. */
function nextCut(block: Buffer, from: number, size: number, cut: Cut): number {
  for (let window = Math.max(1, size); ; window *= 2) {
    if (from + window >= block.length) return block.length;
    const at = cut(block.subarray(from, from + window));
    if (at > 0) return from + at;
  }
}

/**
 * Cuts one line-oriented file into byte ranges of about `chunkBytes` at line (or, for CSV, record)
 * boundaries, reading it once: the same blocks `pisa scan` cuts, so the CSV header is detected on
 * the same bytes; quoted newlines stay inside their record; each range knows its first line.
 */
async function splitFile(file: number, path: string, relPath: string, format: SplitFormat, chunkBytes: number): Promise<ChunkSpec[]> {
  const csv = format === 'csv' || format === 'tsv';
  const delimiter = format === 'tsv' ? '\t' : ',';
  const cut: Cut = csv ? (b) => lastRecordBoundary(b, delimiter.charCodeAt(0)) : (b) => lastLineBoundary(b);
  const chunks: ChunkSpec[] = [];
  let header: string[] | null = null;
  let hasHeader = false;
  let offset = 0;
  let chunkStart = 0;
  let chunkLines = 0;
  let lines = 0;
  let first = true;
  const close = (end: number) => {
    if (end <= chunkStart) return;
    chunks.push({ kind: 'range', file, path: relPath, format, start: chunkStart, end, base_line: lines, header, skip_first: hasHeader && chunkStart === 0 });
    lines += chunkLines;
    chunkStart = end;
    chunkLines = 0;
  };
  for await (const block of cutBlocks(
    decodedChunks(openRaw(path, Readable.from([])), () => {}),
    cut,
  )) {
    if (first && csv) {
      const scanner = createScanner({});
      const detected = detectHeader(block, delimiter, (text, context) => scanner.scanLine(text, context));
      if (detected?.isHeader) {
        header = detected.cells;
        hasHeader = true;
      }
    }
    first = false;
    let pos = 0;
    while (pos < block.length) {
      const want = chunkBytes - (offset + pos - chunkStart);
      const end = nextCut(block, pos, want, cut);
      chunkLines += countNewlines(block.subarray(pos, end));
      pos = end;
      if (offset + pos - chunkStart >= chunkBytes) close(offset + pos);
    }
    offset += block.length;
  }
  close(offset);
  return chunks;
}

/**
 * The files under `target` (a file or a folder, read recursively in name order as `pisa scan`
 * does) and their chunks: line-oriented files are split, everything else (gzip, JSON, Parquet,
 * binary, empty) is one whole-file chunk. Names are relative to `baseDir`, with forward slashes.
 */
export async function planChunks(baseDir: string, target: string, chunkBytes: number): Promise<DatasetPlan> {
  const listed = await listInputs([target]);
  if (!listed.ok) throw new Error(listed.reason);
  const files: PlannedFile[] = [];
  const chunks: ChunkSpec[] = [];
  for (const input of listed.inputs) {
    const file = files.length;
    const name = toPosix(baseDir, input.path);
    const named = formatFromName(input.path);
    const head = input.size > 0 && !named.gzip && SPLITTABLE.has(named.format) ? await readHead(input.path) : null;
    const splittable = head !== null && head.length > 0 && !isGzipMagic(head) && !looksBinary(head);
    files.push({ name, path: name, bytes: input.size, format: splittable ? named.format : null });
    if (splittable) chunks.push(...(await splitFile(file, input.path, name, named.format as SplitFormat, chunkBytes)));
    else chunks.push({ kind: 'whole', file, path: name });
  }
  return { files, chunks };
}
