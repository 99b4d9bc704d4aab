import type { Declaration } from '../declaration/schema.js';
import { DETECTOR_IDS } from '../scanner/types.js';
import { type AgainstReport, compareWithDeclaration } from './against.js';
import { assessCriminalThresholds, type CriminalAssessment } from './criminal-assessment.js';
import { categoriesOf } from './detector-facts.js';
import { type FileTally, type FileTallyState, mergeFileTally } from './file-tally.js';
import { type CategoryCount, countCategories, type FileSummary, type ScannedFile, summariseFile } from './summary.js';

/** What a server scan stores and shows: the same summary, assessment and comparison as `pisa scan`. */
export type ScanResult = {
  readonly files: readonly FileSummary[];
  readonly categories: readonly CategoryCount[];
  readonly assessment: CriminalAssessment;
  /** The comparison with the processor's declaration, or null when it had none. */
  readonly against: AgainstReport | null;
  readonly totals: { readonly files: number; readonly bytes: number; readonly rows: number; readonly findings: number };
};

/** One file of a scan: its name and size, the format read (or 'skipped'), and its chunks' tallies merged. */
export type MergedFile = {
  readonly file: string;
  readonly bytes: number;
  /** The format read, or 'skipped' (binary content, Parquet from a stream). */
  readonly format: string;
  readonly tally: FileTally;
};

/**
 * Adds chunk tallies into one, as `pisa scan` merges its threads' tallies: counts and rows add,
 * distinct sketches unite (exact up to 65,536 values, then the same HyperLogLog), samples are the
 * first distinct ones by position. Call it chunk by chunk to keep one tally in memory.
 */
export function mergeChunkTally(target: FileTally, part: FileTallyState): FileTally {
  mergeFileTally(target, part);
  return target;
}

/**
 * The summary, the leaked-dataset assessment and the declaration comparison of merged files,
 * exactly as `pisa scan` computes them for the same files in one process: the assessment is
 * recomputed from the merged distinct items per category (never a sum of chunk counts).
 */
export function buildScanResult(
  files: readonly MergedFile[],
  findings: number,
  declaration: Declaration | null,
  /** The per-category counts when the files' sketches were united as they completed (and frozen); else computed here. */
  counted?: readonly CategoryCount[],
): ScanResult {
  const scanned: ScannedFile[] = files.filter((f) => f.format !== 'skipped').map((f) => ({ file: f.file, format: f.format, bytes: f.bytes, tally: f.tally }));
  const summaries = scanned.map(summariseFile);
  const categories = counted === undefined ? countCategories(scanned) : [...counted];
  const against = declaration === null ? null : compareWithDeclaration(categories, declaration, categoriesOf(DETECTOR_IDS));
  return {
    files: summaries,
    categories,
    assessment: assessCriminalThresholds(categories),
    against,
    totals: {
      files: summaries.length,
      bytes: files.reduce((n, f) => n + f.bytes, 0),
      rows: summaries.reduce((n, f) => n + f.rows, 0),
      findings,
    },
  };
}
