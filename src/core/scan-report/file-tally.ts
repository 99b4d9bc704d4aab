import type { DetectorId } from '../scanner/types.js';
import { DETECTOR_FACTS } from './detector-facts.js';
import { DistinctSketch, type SketchState } from './distinct-sketch.js';
import { hashUnits, hashValue } from './value-hash.js';

/** How many masked examples a summary shows per column and detector. */
export const SAMPLE_COUNT = 3;

export type Sample = { readonly line: number; readonly start: number; readonly masked: string };

/** Counts of one detector in one column of one file. */
export type DetectorTally = {
  count: number;
  /** Rows holding at least one match (for the share of rows). */
  rows: number;
  lastRow: number;
  readonly sketch: DistinctSketch;
  /** The first matches in file order, one per distinct masked text. */
  readonly samples: Sample[];
};

/** One column (CSV header, JSON path with `[*]` for indexes, or free text). */
export type ColumnTally = {
  /** The column as reported: the header or JSON path, null for free text. */
  readonly name: string | null;
  /** Where the column sits in a CSV header (sort order), -1 elsewhere. */
  readonly order: number;
  readonly detectors: (DetectorTally | undefined)[];
};

/** Everything the summary keeps of one file: no finding is stored, only these counts. */
export type FileTally = { rows: number; readonly columns: Map<string, ColumnTally> };

export function createFileTally(): FileTally {
  return { rows: 0, columns: new Map() };
}

/** The tally of a column, created on first use; `key` is the name, or "" for free text. */
export function columnTally(file: FileTally, name: string | null, order = -1): ColumnTally {
  const key = name ?? '';
  let column = file.columns.get(key);
  if (column === undefined) {
    column = { name, order, detectors: new Array(DETECTOR_FACTS.length).fill(undefined) };
    file.columns.set(key, column);
  }
  return column;
}

function detectorTally(column: ColumnTally, index: number): DetectorTally {
  let tally = column.detectors[index];
  if (tally === undefined) {
    tally = { count: 0, rows: 0, lastRow: -1, sketch: new DistinctSketch(), samples: [] };
    column.detectors[index] = tally;
  }
  return tally;
}

/**
 * Counts one match without keeping it: its value is hashed in place and masked only while the
 * sample list is not full. `row` must be unique within the file (the share of rows counts changes).
 */
export function tallyMatch(
  column: ColumnTally,
  detector: number,
  row: number,
  line: number,
  text: string,
  start: number,
  end: number,
  mask: (detector: DetectorId, value: string) => string,
): void {
  const tally = detectorTally(column, detector);
  tally.count++;
  if (tally.lastRow !== row) {
    tally.lastRow = row;
    tally.rows++;
  }
  tally.sketch.add(hashValue(text, start, end));
  if (tally.samples.length < SAMPLE_COUNT) {
    const masked = mask((DETECTOR_FACTS[detector] as (typeof DETECTOR_FACTS)[number]).id, text.slice(start, end));
    if (!tally.samples.some((s) => s.masked === masked)) tally.samples.push({ line, start, masked });
  }
}

/**
 * `tallyMatch` for the file pipeline: the value is `text[start, end)`, hashed from the code
 * units `units` when given (the same hash as from the string), and masked only while the sample
 * list is not full. `position` orders samples: the match's offset within its line.
 */
export function tallyValue(
  column: ColumnTally,
  detector: number,
  row: number,
  line: number,
  position: number,
  units: Uint16Array | null,
  text: string,
  start: number,
  end: number,
  mask: (detector: DetectorId, value: string) => string,
): void {
  const tally = detectorTally(column, detector);
  tally.count++;
  if (tally.lastRow !== row) {
    tally.lastRow = row;
    tally.rows++;
  }
  tally.sketch.add(units === null ? hashValue(text, start, end) : hashUnits(units, start, end));
  if (tally.samples.length < SAMPLE_COUNT) {
    const masked = mask((DETECTOR_FACTS[detector] as (typeof DETECTOR_FACTS)[number]).id, text.slice(start, end));
    if (!tally.samples.some((s) => s.masked === masked)) tally.samples.push({ line, start: position, masked });
  }
}

/** A tally as plain data (typed arrays included) for postMessage. */
export type FileTallyState = {
  readonly rows: number;
  readonly columns: readonly {
    readonly name: string | null;
    readonly order: number;
    readonly detectors: readonly ({ count: number; rows: number; sketch: SketchState; samples: readonly Sample[] } | null)[];
  }[];
};

export function toFileTallyState(file: FileTally): FileTallyState {
  return {
    rows: file.rows,
    columns: [...file.columns.values()].map((c) => ({
      name: c.name,
      order: c.order,
      detectors: c.detectors.map((d) => (d === undefined ? null : { count: d.count, rows: d.rows, sketch: d.sketch.toState(), samples: d.samples })),
    })),
  };
}

/** Keeps only the counts of every sketch in the tally (see `DistinctSketch#freeze`). */
export function freezeFileTally(file: FileTally): void {
  for (const column of file.columns.values()) for (const d of column.detectors) d?.sketch.freeze();
}

const bySamplePosition = (a: Sample, b: Sample) => a.line - b.line || a.start - b.start;

/** Adds a tally made elsewhere (another worker, another chunk): counts add, sketches unite. */
export function mergeFileTally(target: FileTally, state: FileTallyState): void {
  target.rows += state.rows;
  for (const c of state.columns) {
    const column = columnTally(target, c.name, c.order);
    c.detectors.forEach((d, index) => {
      if (d === null) return;
      const tally = detectorTally(column, index);
      tally.count += d.count;
      tally.rows += d.rows;
      tally.sketch.merge(d.sketch);
      const samples = [...tally.samples, ...d.samples].sort(bySamplePosition);
      const kept: Sample[] = [];
      for (const s of samples) if (kept.length < SAMPLE_COUNT && !kept.some((k) => k.masked === s.masked)) kept.push(s);
      tally.samples.splice(0, tally.samples.length, ...kept);
    });
  }
}
