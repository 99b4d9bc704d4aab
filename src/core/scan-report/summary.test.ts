import { describe, expect, it } from 'vitest';
import { maskValue } from '../scanner/mask-value.js';
import { DETECTOR_IDS } from '../scanner/types.js';
import { columnTally, createFileTally, type FileTally, freezeFileTally, tallyMatch } from './file-tally.js';
import { CategoryUnion, summariseFile } from './summary.js';

const MOBILE = DETECTOR_IDS.indexOf('CN_MOBILE');
const EMAIL = DETECTOR_IDS.indexOf('EMAIL');

function tallyOf(values: readonly [number, string][]): FileTally {
  const file = createFileTally();
  const column = columnTally(file, 'contact', 0);
  values.forEach(([detector, value], row) => {
    tallyMatch(column, detector, row, row + 1, value, 0, value.length, maskValue);
  });
  file.rows = values.length;
  return file;
}

describe('CategoryUnion', () => {
  it('counts a value seen in two files once, per category, and keeps counting after the files are frozen', () => {
    const a = tallyOf([
      [MOBILE, '13800138000'],
      [MOBILE, '13800138001'],
      [EMAIL, 'a@example.com'],
    ]);
    const b = tallyOf([
      [MOBILE, '13800138001'],
      [MOBILE, '13900139000'],
      [EMAIL, 'A@Example.com'],
    ]);
    const union = new CategoryUnion();
    union.add('a.csv', a);
    freezeFileTally(a);
    union.add('b.csv', b);
    freezeFileTally(b);
    const counts = union.counts().map((c) => [c.category, c.items, c.estimated, c.files]);
    expect(counts).toEqual([
      ['email', 1, false, ['a.csv', 'b.csv']],
      ['mobile_phone', 3, false, ['a.csv', 'b.csv']],
    ]);
    // The frozen files still summarise with their own distinct counts.
    const summary = summariseFile({ file: 'b.csv', format: 'csv', bytes: 0, tally: b });
    expect(summary.findings.map((f) => [f.detector, f.count, f.distinct])).toEqual([
      ['CN_MOBILE', 2, 2],
      ['EMAIL', 1, 1],
    ]);
  });

  it('cannot unite a file frozen before it was added', () => {
    const a = tallyOf([[MOBILE, '13800138000']]);
    freezeFileTally(a);
    expect(() => new CategoryUnion().add('a.csv', a)).toThrow(/frozen/);
  });
});
