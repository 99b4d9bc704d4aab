import type { DetectorId } from '../scanner/types.js';
import type { FindingEncoding } from './encode-finding.js';
import type { CategoryCount, ScannedFile } from './summary.js';

/** Formats `pisa scan` reads; `auto` decides from the file name (or the first bytes of stdin). */
export const INPUT_FORMATS = ['auto', 'text', 'csv', 'tsv', 'jsonl', 'json', 'parquet'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];
export type FileFormat = Exclude<InputFormat, 'auto'>;

/** What the CLI asks the file adapter to scan (the port between src/cli and src/io, wired in main). */
export type ScanRequest = {
  /** Files, folders (read recursively) or `-` for standard input, in the order given. */
  readonly paths: readonly string[];
  /** Threads; 1 scans on the main thread. */
  readonly jobs: number;
  /** `jobs` was asked for (`--jobs`); else it is the default, and small inputs scan on one thread. */
  readonly jobsGiven?: boolean;
  readonly encoding: FindingEncoding;
  readonly showValues: boolean;
  /** Keep per-file counts (summary, SARIF, --against); jsonl alone does not need them. */
  readonly tally: boolean;
  /**
   * Keep each file's distinct-value sets in `files[].tally` (for tallies merged later, as server
   * chunks are); by default they are frozen to counts once the file is done and `categories`
   * holds the unions, so memory does not grow with the number of files.
   */
  readonly keepDistinctSets?: boolean;
  readonly inputFormat: InputFormat;
  readonly detectors?: readonly DetectorId[];
};

export type ScanHooks = {
  /**
   * Rendered findings, in input order whatever the number of workers. Resolves once `chunk` is
   * consumed (written out or copied): its memory is then reused for later findings.
   */
  readonly write: (chunk: Uint8Array) => Promise<void>;
  /** Called as input is consumed: bytes done, and the total when known (0 for stdin). */
  readonly progress?: (done: number, total: number) => void;
  /** Notes that do not stop the scan (a file skipped as binary, a JSON document scanned as text). */
  readonly warn?: (message: string) => void;
};

export type ScanOutcome =
  | {
      readonly ok: true;
      readonly files: readonly ScannedFile[];
      /** Distinct items per category over every file (empty without `tally`, or with `keepDistinctSets`). */
      readonly categories: readonly CategoryCount[];
      readonly findings: number;
      readonly bytes: number;
      readonly threads: number;
    }
  | { readonly ok: false; readonly reason: string };
