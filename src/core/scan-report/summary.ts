import type { DetectorId } from '../scanner/types.js';
import type { TaxonomyId } from '../taxonomy/taxonomy.js';
import { DETECTOR_FACTS } from './detector-facts.js';
import type { DistinctSketch } from './distinct-sketch.js';
import { type FileTally, freezeFileTally } from './file-tally.js';

/** One line of the summary: a detector in a column of a file. */
export type ColumnFinding = {
  readonly column: string | null;
  readonly detector: DetectorId;
  readonly category: TaxonomyId;
  readonly sensitive: boolean;
  readonly count: number;
  readonly distinct: number;
  /** True when `distinct` is a HyperLogLog estimate (more than 65,536 distinct values). */
  readonly distinct_estimated: boolean;
  readonly samples: readonly string[];
  /** Rows with at least one match, divided by the file's rows (0..1). */
  readonly row_share: number;
};

export type FileSummary = {
  readonly file: string;
  readonly format: string;
  readonly bytes: number;
  readonly rows: number;
  readonly findings: readonly ColumnFinding[];
};

/** Distinct items of one category over every file (the unit of the criminal-law thresholds). */
export type CategoryCount = {
  readonly category: TaxonomyId;
  readonly items: number;
  readonly estimated: boolean;
  readonly detectors: readonly DetectorId[];
  readonly files: readonly string[];
};

export type ScannedFile = { readonly file: string; readonly format: string; readonly bytes: number; readonly tally: FileTally };

const byColumn = (a: { order: number; key: string }, b: { order: number; key: string }) =>
  a.order === b.order ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.order === -1 ? 1 : b.order === -1 ? -1 : a.order - b.order;

/** The per-file summary: CSV columns in header order, other columns by name, detectors in contract order. */
export function summariseFile(scanned: ScannedFile): FileSummary {
  const { tally } = scanned;
  const columns = [...tally.columns.entries()].map(([key, column]) => ({ key, order: column.order, column })).sort(byColumn);
  const findings: ColumnFinding[] = [];
  for (const { column } of columns) {
    column.detectors.forEach((d, index) => {
      if (d === undefined || d.count === 0) return;
      const facts = DETECTOR_FACTS[index] as (typeof DETECTOR_FACTS)[number];
      findings.push({
        column: column.name,
        detector: facts.id,
        category: facts.category,
        sensitive: facts.sensitive,
        count: d.count,
        distinct: d.sketch.count(),
        distinct_estimated: d.sketch.isEstimated(),
        samples: d.samples.map((s) => s.masked),
        row_share: tally.rows === 0 ? 0 : Math.min(1, d.rows / tally.rows),
      });
    });
  }
  return { file: scanned.file, format: scanned.format, bytes: scanned.bytes, rows: tally.rows, findings };
}

/**
 * Distinct items per category over the files added so far: the same value in two files is one
 * item. Each file's sketches are united into one per category as the file is added, so a scan
 * can then freeze the file's own (keep its counts only) and memory does not grow with the files.
 */
export class CategoryUnion {
  private readonly byCategory = new Map<TaxonomyId, { sketch: DistinctSketch | null; detectors: Set<DetectorId>; files: Set<string> }>();

  add(file: string, tally: FileTally): void {
    for (const column of tally.columns.values()) {
      column.detectors.forEach((d, index) => {
        if (d === undefined || d.count === 0) return;
        const facts = DETECTOR_FACTS[index] as (typeof DETECTOR_FACTS)[number];
        let entry = this.byCategory.get(facts.category);
        if (entry === undefined) {
          entry = { sketch: null, detectors: new Set(), files: new Set() };
          this.byCategory.set(facts.category, entry);
        }
        // The first set is copied as it is (no value hashed into a table again), later ones added.
        if (entry.sketch === null) entry.sketch = d.sketch.clone();
        else entry.sketch.unite(d.sketch);
        entry.detectors.add(facts.id);
        entry.files.add(file);
      });
    }
  }

  /** `add`, then the file keeps only its counts (`freezeFileTally`): for a file that is complete. */
  settle(file: string, tally: FileTally): void {
    this.add(file, tally);
    freezeFileTally(tally);
  }

  counts(): CategoryCount[] {
    return [...this.byCategory.entries()]
      .map(([category, e]) => ({
        category,
        items: (e.sketch as DistinctSketch).count(),
        estimated: (e.sketch as DistinctSketch).isEstimated(),
        detectors: DETECTOR_FACTS.filter((f) => e.detectors.has(f.id)).map((f) => f.id),
        files: [...e.files].sort(),
      }))
      .sort((a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
  }
}

/** Distinct items per category over all files (files whose sketches are not frozen). */
export function countCategories(files: readonly ScannedFile[]): CategoryCount[] {
  const union = new CategoryUnion();
  for (const { file, tally } of files) union.add(file, tally);
  return union.counts();
}
