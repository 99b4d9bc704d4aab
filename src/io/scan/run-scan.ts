import type { Readable } from 'node:stream';
import { createFileTally, type FileTally, mergeFileTally } from '../../core/scan-report/file-tally.js';
import type { FileFormat, ScanHooks, ScanOutcome, ScanRequest } from '../../core/scan-report/scan-request.js';
import type { ScannedFile } from '../../core/scan-report/summary.js';
import type { Scanner } from '../../core/scanner/types.js';
import { BlockPool } from './block-pool.js';
import { detectHeader } from './csv-header.js';
import { readFileBlocks, readHead } from './file-blocks.js';
import { FileSettler } from './file-settler.js';
import { formatFromName, isGzipMagic, looksBinary, sniffFormat } from './input-format.js';
import { type InputSource, listInputs } from './list-inputs.js';
import { peekChunks } from './peek-chunks.js';
import { BLOCK_SIZE, cutBlocks, decodedChunks, openRaw } from './read-chunks.js';
import { countNewlines, lastLineBoundary, lastRecordBoundary } from './record-boundary.js';
import type { ScanTask, TaskResult } from './scan-task.js';
import { scanThreads } from './thread-count.js';
import { WorkerPool } from './worker-pool.js';

/** Plain JSON documents are parsed whole up to this size; larger ones are scanned as text lines. */
export const JSON_DOCUMENT_CAP = 64 * 1024 * 1024;

type Executor = {
  run: (task: ScanTask) => Promise<TaskResult>;
  /** The whole tally of `file` from every thread (null when none scanned any of it), forgotten there: once its last task is answered. */
  takeTally: (file: number) => Promise<FileTally | null>;
  close: () => Promise<void>;
  /** Takes back a result's output blocks once they are written, so their memory is reused. */
  recycle: (result: TaskResult) => void;
};

/** Unanswered tasks each worker holds before the main thread scans one itself. */
const WORKER_AHEAD = 2;

async function createExecutor(request: ScanRequest, threads: number, blocks: BlockPool): Promise<Executor> {
  const options = {
    encoding: request.encoding,
    showValues: request.showValues,
    tally: request.tally,
    ...(request.detectors === undefined ? {} : { detectors: request.detectors }),
  };
  if (threads <= 1) {
    // One thread: the runner's own tallies are the result, no copy or merge needed.
    const { TaskRunner } = await import('./scan-task.js');
    const runner = new TaskRunner(options);
    return {
      run: async (task) => {
        // Scan on the next turn of the event loop, not at once: the reader first asks for the
        // next block, which is then read while this one is scanned (it waited idle before).
        await new Promise<void>((resolve) => setImmediate(resolve));
        const result = await runner.run(task);
        if (task.kind !== 'parquet') blocks.give(task.bytes.buffer);
        return result;
      },
      takeTally: async (file) => runner.takeTally(file),
      close: async () => {},
      recycle: (result) => runner.recycle(result.output.map((block) => block.buffer as ArrayBuffer)),
    };
  }
  // N threads scan: this one and N - 1 workers (a worker more would boot and compile the scanner
  // again). This thread also reads the input and writes all output, so it takes a task only when
  // every worker has WORKER_AHEAD tasks unanswered (one being scanned, one queued) and it has none
  // of its own: a fixed share (every Nth task) left the worker idle 22 % of a jsonl scan while this
  // thread caught up.
  // Workers first: they boot while this thread loads its own scanner.
  const pool = new WorkerPool(threads - 1, options, (input) => blocks.give(input));
  const { TaskRunner } = await import('./scan-task.js');
  const local = new TaskRunner(options);
  const localSeqs = new Set<number>();
  let localPending = 0;
  return {
    run: async (task) => {
      if (localPending > 0 || pool.leastQueued() < WORKER_AHEAD) return pool.run(task);
      localSeqs.add(task.seq);
      localPending++;
      try {
        const result = await local.run(task);
        if (task.kind !== 'parquet') blocks.give(task.bytes.buffer);
        return result;
      } finally {
        localPending--;
      }
    },
    takeTally: async (file) => {
      const mine = local.takeTally(file);
      const theirs = await pool.take(file);
      if (mine === null && theirs.length === 0) return null;
      const tally = mine ?? createFileTally();
      for (const state of theirs) mergeFileTally(tally, state);
      return tally;
    },
    close: () => pool.close(),
    recycle: (result) => {
      if (localSeqs.delete(result.seq)) local.recycle(result.output.map((block) => block.buffer as ArrayBuffer));
      else pool.recycle(result);
    },
  };
}

/**
 * Scans files, folders and stdin, streaming: memory holds a few blocks per worker whatever the
 * input size. Findings are written through `hooks.write` in input order (files in the order
 * given, folders sorted), identical for any number of workers.
 */
export async function runScan(request: ScanRequest, hooks: ScanHooks, stdin: Readable): Promise<ScanOutcome> {
  const listed = await listInputs(request.paths);
  if (!listed.ok) return listed;
  const total = listed.inputs.reduce((n, i) => n + i.size, 0);
  let done = 0;
  const onRaw = (bytes: number) => {
    done += bytes;
    hooks.progress?.(done, total);
  };

  // jsonl and SARIF blocks are half size: each block's rendered output (about five times its size) waits in memory until written in order.
  const blocks = new BlockPool(request.encoding === 'none' ? BLOCK_SIZE : BLOCK_SIZE / 2);
  const threads = scanThreads(request.jobs, request.jobsGiven === true, listed.inputs);
  const executor = await createExecutor(request, threads, blocks);
  const inFlight: Promise<TaskResult>[] = [];
  const limit = Math.max(2, threads * 2);
  let seq = 0;
  let findings = 0;
  const scanned: { file: string; format: string; bytes: number }[] = [];
  let headerScanner: Scanner | null = null;
  const settler = request.tally
    ? new FileSettler(executor.takeTally, (file) => (scanned[file] as { file: string }).file, request.keepDistinctSets === true)
    : null;
  const drainOne = async () => {
    const result = await (inFlight.shift() as Promise<TaskResult>);
    findings += result.findings;
    for (const block of result.output) await hooks.write(block);
    executor.recycle(result);
    settler?.answered(result.seq);
  };
  const submit = async (task: ScanTask) => {
    inFlight.push(executor.run(task));
    while (inFlight.length >= limit) await drainOne();
  };
  const nextSeq = () => seq++;

  try {
    for (const input of listed.inputs) {
      const file = scanned.length;
      const firstSeq = seq;
      const format = await scanInput(input, file, request, {
        submit,
        nextSeq,
        onRaw,
        warn: (m) => hooks.warn?.(m),
        stdin,
        blocks,
        headerScanner: async () => {
          if (headerScanner === null) {
            const { createScanner } = await import('../../core/scanner/scan-line.js');
            headerScanner = createScanner(request.detectors === undefined ? {} : { detectors: request.detectors });
          }
          return headerScanner;
        },
      });
      scanned.push({ file: input.path, format: format ?? 'skipped', bytes: input.size });
      settler?.submitted(file, seq > firstSeq ? seq - 1 : null);
    }
    while (inFlight.length > 0) await drainOne();
    const { tallies, categories } = settler === null ? { tallies: [], categories: [] } : await settler.finish(scanned.length);
    const files: ScannedFile[] = scanned.map((s, i) => ({ ...s, tally: tallies[i] ?? createFileTally() }));
    return { ok: true, files, categories, findings, bytes: done, threads };
  } catch (error) {
    // Let running tasks settle so no rejection goes unhandled, then report.
    await Promise.allSettled(inFlight);
    await settler?.abandon();
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `scan failed: ${message}` };
  } finally {
    await executor.close();
  }
}

type InputContext = {
  submit: (task: ScanTask) => Promise<void>;
  nextSeq: () => number;
  onRaw: (bytes: number) => void;
  warn: (message: string) => void;
  stdin: Readable;
  /** A scanner for telling a CSV header from data (loaded on the first CSV). */
  headerScanner: () => Promise<Scanner>;
  /** Input blocks (their size is the bytes per task). */
  blocks: BlockPool;
};

/** Turns one input into tasks; returns its format, or null when it was skipped. */
async function scanInput(input: InputSource, file: number, request: ScanRequest, ctx: InputContext): Promise<FileFormat | null> {
  const named = formatFromName(input.path);
  const name = input.path;
  let format: FileFormat | null = request.inputFormat === 'auto' ? (input.kind === 'stdin' ? null : named.format) : request.inputFormat;

  if (format === 'parquet' && input.kind === 'file' && !named.gzip) {
    const { parquetRowRanges } = await import('./parquet-rows.js');
    for (const range of await parquetRowRanges(input.path)) {
      await ctx.submit({ kind: 'parquet', seq: ctx.nextSeq(), file, name, path: input.path, ...range });
    }
    ctx.onRaw(input.size);
    return 'parquet';
  }

  if (input.kind === 'file' && (format === 'csv' || format === 'tsv' || format === 'jsonl' || format === 'text')) {
    const head = await readHead(input.path);
    if (head.length === 0) return format;
    if (!isGzipMagic(head)) {
      if (request.inputFormat === 'auto' && looksBinary(head)) {
        ctx.warn(`${name}: binary content, skipped`);
        ctx.onRaw(input.size);
        return null;
      }
      // A plain file: read into blocks directly (no stream chunks to join).
      const blocks = (cut: Cut) => readFileBlocks(input.path, cut, ctx.blocks, ctx.onRaw);
      if (format === 'csv' || format === 'tsv') await submitCsv(blocks, file, name, format, ctx);
      else await submitLines(blocks(lineCut), file, name, format === 'jsonl', ctx);
      return format;
    }
  }

  const { head, all } = await peekChunks(decodedChunks(openRaw(input.path, ctx.stdin), ctx.onRaw));
  if (head === null) return format ?? 'text';
  if (format === null) format = sniffFormat(head);
  if (format === 'parquet') {
    ctx.warn(`${name}: Parquet is read from a file on disk only (not stdin or .gz); skipped`);
    for await (const _ of all); // consume, so progress and stdin end normally
    return null;
  }
  if (request.inputFormat === 'auto' && looksBinary(head)) {
    ctx.warn(`${name}: binary content, skipped`);
    for await (const _ of all);
    return null;
  }

  if (format === 'json') {
    const parts: Buffer[] = [];
    let size = 0;
    let overflow = false;
    for await (const chunk of all) {
      parts.push(chunk);
      size += chunk.length;
      if (size > JSON_DOCUMENT_CAP) {
        overflow = true;
        break;
      }
    }
    if (!overflow) {
      await ctx.submit({ kind: 'json', seq: ctx.nextSeq(), file, name, bytes: Buffer.concat(parts, size) });
      return 'json';
    }
    ctx.warn(`${name}: JSON document larger than ${JSON_DOCUMENT_CAP / 1024 / 1024} MiB, scanned as text lines (no JSON paths)`);
    async function* rest() {
      yield* parts;
      yield* all;
    }
    await submitLines(cutBlocks(rest(), lineCut, ctx.blocks.size), file, name, false, ctx);
    return 'json';
  }

  if (format === 'csv' || format === 'tsv') {
    await submitCsv((cut) => cutBlocks(all, cut, ctx.blocks.size), file, name, format, ctx);
    return format;
  }

  await submitLines(cutBlocks(all, lineCut, ctx.blocks.size), file, name, format === 'jsonl', ctx);
  return format;
}

type Cut = (bytes: Buffer) => number;
const lineCut: Cut = (b) => lastLineBoundary(b);

/** CSV/TSV blocks as tasks; the header is detected on the first block. */
async function submitCsv(blocks: (cut: Cut) => AsyncIterable<Buffer>, file: number, name: string, format: 'csv' | 'tsv', ctx: InputContext): Promise<void> {
  const delimiter = format === 'csv' ? ',' : '\t';
  const code = delimiter.charCodeAt(0);
  let baseLine = 0;
  let first = true;
  let header: string[] | null = null;
  for await (const block of blocks((b) => lastRecordBoundary(b, code))) {
    let skipFirst = false;
    if (first) {
      first = false;
      const scanner = await ctx.headerScanner();
      const detected = detectHeader(block, delimiter, (text, context) => scanner.scanLine(text, context));
      if (detected?.isHeader) {
        header = detected.cells;
        skipFirst = true;
      }
    }
    const lines = countNewlines(block);
    await ctx.submit({ kind: 'csv', seq: ctx.nextSeq(), file, name, bytes: block, baseLine, delimiter, header, skipFirst });
    baseLine += lines;
  }
}

async function submitLines(blocks: AsyncIterable<Buffer>, file: number, name: string, json: boolean, ctx: InputContext): Promise<void> {
  let baseLine = 0;
  for await (const block of blocks) {
    const lines = countNewlines(block);
    await ctx.submit({ kind: 'lines', seq: ctx.nextSeq(), file, name, json, bytes: block, baseLine });
    // A last line without a final newline still counts as a line.
    baseLine += lines;
  }
}
