import type { FileSummary, ScanResult } from './api/types';

export type CategoryBar = { category: string; findings: number; items: number; sensitive: boolean };

/**
 * Findings and distinct items per category over all files, most findings first: the bars of
 * the category chart. Items are the merged distinct values (the unit of the criminal-law
 * thresholds), never a sum over files.
 */
export function categoryBars(result: Pick<ScanResult, 'files' | 'categories'>): CategoryBar[] {
  const findings = new Map<string, { count: number; sensitive: boolean }>();
  for (const file of result.files)
    for (const f of file.findings) {
      const entry = findings.get(f.category) ?? { count: 0, sensitive: f.sensitive };
      entry.count += f.count;
      findings.set(f.category, entry);
    }
  return result.categories
    .map((c) => ({
      category: c.category,
      findings: findings.get(c.category)?.count ?? 0,
      items: c.items,
      sensitive: findings.get(c.category)?.sensitive ?? false,
    }))
    .sort((a, b) => b.findings - a.findings || (a.category < b.category ? -1 : 1));
}

export type ColumnSeries = { columns: string[]; detectors: { detector: string; counts: number[] }[] };

/** One bar per column of a file, stacked by detector (counts); free text is named `textLabel`. */
export function columnSeries(file: FileSummary, textLabel: string): ColumnSeries {
  const columns: string[] = [];
  for (const f of file.findings) {
    const name = f.column ?? textLabel;
    if (!columns.includes(name)) columns.push(name);
  }
  const detectors = [...new Set(file.findings.map((f) => f.detector))].map((detector) => ({
    detector,
    counts: columns.map((column) => file.findings.find((f) => f.detector === detector && (f.column ?? textLabel) === column)?.count ?? 0),
  }));
  return { columns, detectors };
}
