import type { FileTallyState } from '../core/scan-report/file-tally.js';
import type { FileFormat } from '../core/scan-report/scan-request.js';
import type { ScanResult } from '../core/scan-report/scan-result.js';

// The ports of server scans: the scan records (src/db), the files (src/io/scan: datasets,
// uploads, planning and scanning chunks) and the job queue (src/jobs: pg-boss, or in-process on
// the embedded database). docs/scanner.md "Server scans and workers" explains the flow.

export const SCAN_STATUSES = ['queued', 'planning', 'running', 'done', 'failed', 'cancelled'] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];
/** A scan that may still change: the ones `cancel` stops. */
export const ACTIVE_SCAN_STATUSES: readonly ScanStatus[] = ['queued', 'planning', 'running'];

/** What a scan reads: a path under the processor's datasets folder, or a file uploaded for it. */
export type ScanSource = { readonly kind: 'dataset'; readonly path: string } | { readonly kind: 'upload'; readonly name: string; readonly bytes: number };

/**
 * Where files are, independent of the machine: `base` is a folder under the datasets root (the
 * processor's slug) or the uploads folder (the scan's id); `path` is relative to it ("" = all).
 */
export type FileRoot = { readonly root: 'datasets' | 'uploads'; readonly base: string };

/** A format whose files are cut into byte ranges at line (or CSV record) boundaries. */
export type SplitFormat = 'text' | 'jsonl' | 'csv' | 'tsv';

/** One unit of work: a whole file (gzip, JSON, Parquet, binary) or a byte range of a line-oriented one. */
export type ChunkSpec =
  | { readonly kind: 'whole'; readonly file: number; readonly path: string }
  | {
      readonly kind: 'range';
      readonly file: number;
      readonly path: string;
      readonly format: SplitFormat;
      /** Byte offsets in the file: [start, end). */
      readonly start: number;
      readonly end: number;
      /** Newlines before `start`: line numbers stay those of the whole file. */
      readonly base_line: number;
      /** CSV/TSV: the file's header (carried to every chunk), or null when it has none. */
      readonly header: readonly string[] | null;
      /** The chunk starts with the header row (the first chunk of a file with one). */
      readonly skip_first: boolean;
    };

/** A file as planned: its name as shown (relative to the base), size and format when known before scanning. */
export type PlannedFile = { readonly name: string; readonly path: string; readonly bytes: number; readonly format: FileFormat | null };

export type DatasetPlan = { readonly files: readonly PlannedFile[]; readonly chunks: readonly ChunkSpec[] };

/** What scanning one chunk gives: the tally of its part of the file, its findings, the format read. */
export type ChunkOutcome = { readonly format: FileFormat | 'skipped'; readonly tally: FileTallyState; readonly findings: number };

/** A file or folder a processor may scan, for the console's picker. */
export type DatasetEntry = { readonly path: string; readonly kind: 'file' | 'folder'; readonly bytes: number };

/** The files side (src/io/scan). Paths are checked as text by the service first, then on disk here. */
export interface ScanFiles {
  /** Files and folders under a processor's datasets folder (bounded), sorted; [] when it has none. */
  listDatasets(base: string): Promise<DatasetEntry[]>;
  /** Throws NOT_FOUND when the path does not exist and SCAN_PATH_INVALID when its real path leaves the base. */
  checkDataset(base: string, path: string): Promise<void>;
  /** Stores an upload as uploads/<base>/<name>; throws INPUT_TOO_LARGE past `limit` bytes (nothing is kept). */
  saveUpload(base: string, name: string, body: AsyncIterable<Uint8Array>, limit: number): Promise<{ bytes: number }>;
  /** Deletes an upload's folder (after its scan ends); no error when it is gone. */
  removeUpload(base: string): Promise<void>;
  /** Lists the files and cuts them into chunks of about `chunkBytes` (reads splittable files once, at disk speed). */
  plan(root: FileRoot, path: string, chunkBytes: number): Promise<DatasetPlan>;
  scanChunk(root: FileRoot, chunk: ChunkSpec): Promise<ChunkOutcome>;
}

/** A unit of queued work: plan a scan, or scan one of its chunks. */
export type ScanJob = { readonly kind: 'plan'; readonly scanId: string } | { readonly kind: 'chunk'; readonly scanId: string; readonly seq: number };

/** The queue (src/jobs): pg-boss on PostgreSQL, in-process on the embedded database. */
export interface ScanQueue {
  enqueue(jobs: readonly ScanJob[]): Promise<void>;
}

export type ScanProgress = {
  readonly chunks_total: number;
  readonly chunks_done: number;
  readonly bytes_total: number;
  readonly bytes_done: number;
};

export type ScanRecord = {
  readonly id: string;
  readonly processor_id: string;
  readonly source: ScanSource;
  readonly status: ScanStatus;
  readonly progress: ScanProgress;
  /** The declaration version the data is compared with (the latest when the scan started), or null. */
  readonly declaration_version: number | null;
  readonly declaration_version_id: string | null;
  /** Why a failed scan failed (no personal information, no file contents). */
  readonly error: string | null;
  readonly created_at: string;
  readonly started_at: string | null;
  readonly finished_at: string | null;
  /** Present once done (`get` only; lists leave it out). */
  readonly result: ScanResult | null;
};

export type NewScan = {
  readonly id: string;
  readonly processorId: string;
  readonly source: ScanSource;
  readonly declarationVersionId: string | null;
  readonly declarationVersion: number | null;
  readonly chunkBytes: number;
  readonly createdAt: Date;
};

/** A chunk's stored partial result: the encrypted tally, its findings and the format read. */
export type ChunkPartial = {
  readonly seq: number;
  readonly file: number;
  readonly format: FileFormat | 'skipped';
  readonly findings: number;
  readonly tally_enc: string;
};

export interface ScanStore {
  create(input: NewScan): Promise<ScanRecord>;
  find(id: string): Promise<ScanRecord | null>;
  /** Newest first, without results: of one processor, of the given organisations' processors, or all. */
  list(filter: {
    readonly processorId?: string | undefined;
    readonly organisationIds?: readonly string[] | undefined;
    readonly limit: number;
  }): Promise<ScanRecord[]>;
  /** Scans not finished (for the in-process queue to resume after a restart). */
  listActive(): Promise<ScanRecord[]>;
  /** Moves a scan from one of `from` to `to`; false when it was in none of them. Terminal states clear the partials. */
  transition(id: string, from: readonly ScanStatus[], to: ScanStatus, at: Date, error?: string): Promise<boolean>;
  chunkBytes(id: string): Promise<number | null>;
  /** Stores the plan and its chunks and moves planning -> running; false when the scan was cancelled meanwhile. */
  savePlan(id: string, plan: DatasetPlan, at: Date): Promise<boolean>;
  files(id: string): Promise<PlannedFile[]>;
  findChunk(id: string, seq: number): Promise<{ readonly spec: ChunkSpec; readonly done: boolean } | null>;
  /** Seqs of the chunks not yet done. */
  pendingChunks(id: string): Promise<number[]>;
  /**
   * Records a chunk's partial once, with its bytes as progress, while the scan runs: the progress
   * after, or null when the chunk was already recorded or the scan no longer runs.
   */
  completeChunk(id: string, partial: ChunkPartial, bytes: number): Promise<{ readonly chunksDone: number; readonly chunksTotal: number } | null>;
  /** Seqs of the recorded chunks whose partial is kept, in order (read one at a time: partials can be large). */
  partialSeqs(id: string): Promise<number[]>;
  partial(id: string, seq: number): Promise<ChunkPartial | null>;
  /** running -> done with the result (partials deleted); false when the scan no longer runs. */
  finish(id: string, result: ScanResult, at: Date): Promise<boolean>;
}
