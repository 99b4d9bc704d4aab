import { describe, expect, it } from 'vitest';
import type { ColumnFinding, FileSummary } from './api/types';
import { categoryBars, columnSeries } from './chart-data';

const finding = (column: string | null, detector: string, category: string, count: number): ColumnFinding => ({
  column,
  detector,
  category,
  sensitive: category === 'resident_id_number',
  count,
  distinct: count,
  distinct_estimated: false,
  samples: [],
  row_share: 1,
});

const file = (name: string, findings: ColumnFinding[]): FileSummary => ({ file: name, format: 'csv', bytes: 1, rows: 1, findings });

describe('categoryBars', () => {
  it('adds findings per category over files and keeps the merged distinct items', () => {
    const files = [
      file('a.csv', [finding('phone', 'CN_MOBILE', 'mobile_phone', 5), finding('id', 'CN_RESIDENT_ID', 'resident_id_number', 2)]),
      file('b.log', [finding(null, 'CN_MOBILE', 'mobile_phone', 3)]),
    ];
    const categories = [
      { category: 'mobile_phone', items: 6, estimated: false, detectors: ['CN_MOBILE'], files: ['a.csv', 'b.log'] },
      { category: 'resident_id_number', items: 2, estimated: false, detectors: ['CN_RESIDENT_ID'], files: ['a.csv'] },
    ];
    expect(categoryBars({ files, categories })).toEqual([
      { category: 'mobile_phone', findings: 8, items: 6, sensitive: false },
      { category: 'resident_id_number', findings: 2, items: 2, sensitive: true },
    ]);
  });
});

describe('columnSeries', () => {
  it('makes one bar per column, stacked by detector, free text under its label', () => {
    const series = columnSeries(
      file('a.csv', [finding('phone', 'CN_MOBILE', 'mobile_phone', 5), finding('note', 'CN_MOBILE', 'mobile_phone', 1), finding(null, 'EMAIL', 'email', 2)]),
      '(text)',
    );
    expect(series).toEqual({
      columns: ['phone', 'note', '(text)'],
      detectors: [
        { detector: 'CN_MOBILE', counts: [5, 1, 0] },
        { detector: 'EMAIL', counts: [0, 0, 2] },
      ],
    });
  });
});
