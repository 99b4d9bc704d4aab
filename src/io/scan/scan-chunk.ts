import { Readable } from 'node:stream';
import { createFileTally, toFileTallyState } from '../../core/scan-report/file-tally.js';
import type { ChunkOutcome, ChunkSpec } from '../../services/scan-ports.js';
import { BlockPool } from './block-pool.js';
import { readFileBlocks } from './file-blocks.js';
import { BLOCK_SIZE } from './read-chunks.js';
import { countNewlines, lastLineBoundary, lastRecordBoundary } from './record-boundary.js';
import { runScan } from './run-scan.js';
import { type ScanTask, TaskRunner } from './scan-task.js';

const OPTIONS = { encoding: 'none', showValues: false, tally: true } as const;

/** A whole file, exactly as `pisa scan FILE` reads it (gzip, JSON, Parquet, sniffing and skipping included). */
async function scanWholeFile(path: string): Promise<ChunkOutcome> {
  const outcome = await runScan(
    { paths: [path], jobs: 1, inputFormat: 'auto', keepDistinctSets: true, ...OPTIONS },
    { write: async () => {} },
    Readable.from([]),
  );
  if (!outcome.ok) throw new Error(outcome.reason);
  const scanned = outcome.files[0];
  if (scanned === undefined) throw new Error('the file was not read');
  return { format: scanned.format as ChunkOutcome['format'], tally: toFileTallyState(scanned.tally), findings: outcome.findings };
}

/** A byte range of a line-oriented file, in the blocks and tasks `pisa scan` makes of it, on this thread. */
async function scanRange(path: string, spec: Extract<ChunkSpec, { kind: 'range' }>): Promise<ChunkOutcome> {
  const runner = new TaskRunner(OPTIONS);
  const csv = spec.format === 'csv' || spec.format === 'tsv';
  const delimiter = spec.format === 'tsv' ? '\t' : ',';
  const cut = csv ? (b: Buffer) => lastRecordBoundary(b, delimiter.charCodeAt(0)) : (b: Buffer) => lastLineBoundary(b);
  let seq = 0;
  let baseLine = spec.base_line;
  let findings = 0;
  const blocks = new BlockPool(BLOCK_SIZE);
  for await (const bytes of readFileBlocks(path, cut, blocks, () => {}, spec.start, spec.end)) {
    const common = { seq, file: 0, name: path, bytes, baseLine };
    const task: ScanTask = csv
      ? { kind: 'csv', ...common, delimiter, header: spec.header, skipFirst: seq === 0 && spec.skip_first }
      : { kind: 'lines', ...common, json: spec.format === 'jsonl' };
    findings += (await runner.run(task)).findings;
    baseLine += countNewlines(bytes);
    blocks.give(bytes.buffer);
    seq++;
  }
  const tally = toFileTallyState(runner.takeTally(0) ?? createFileTally());
  return { format: spec.format, tally, findings };
}

/** Scans one chunk of a file on this thread: its tally, findings and the format read. */
export function scanChunkAt(path: string, spec: ChunkSpec): Promise<ChunkOutcome> {
  return spec.kind === 'whole' ? scanWholeFile(path) : scanRange(path, spec);
}
