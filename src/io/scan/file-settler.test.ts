import { describe, expect, it } from 'vitest';
import { columnTally, createFileTally, type FileTally, tallyMatch } from '../../core/scan-report/file-tally.js';
import { maskValue } from '../../core/scanner/mask-value.js';
import { DETECTOR_IDS } from '../../core/scanner/types.js';
import { FileSettler } from './file-settler.js';

const MOBILE = DETECTOR_IDS.indexOf('CN_MOBILE');

function phones(...values: string[]): FileTally {
  const file = createFileTally();
  const column = columnTally(file, 'phone', 0);
  values.forEach((value, row) => {
    tallyMatch(column, MOBILE, row, row + 1, value, 0, value.length, maskValue);
  });
  return file;
}

describe('FileSettler', () => {
  it('takes each file once its last task is answered, in order, and unites the files per category', async () => {
    const held = new Map<number, FileTally>([
      [0, phones('13800138000', '13800138001')],
      [2, phones('13800138001', '13900139000')],
    ]);
    const taken: number[] = [];
    const settler = new FileSettler(
      async (file) => {
        taken.push(file);
        return held.get(file) ?? null;
      },
      (file) => `f${file}.csv`,
      false,
    );
    settler.submitted(0, 2);
    settler.answered(1);
    expect(taken).toEqual([]);
    settler.submitted(1, null); // no tasks: settled at once
    settler.submitted(2, 4);
    settler.answered(3);
    expect(taken).toEqual([1, 0]);
    settler.answered(4);
    const { tallies, categories } = await settler.finish(3);
    expect(taken).toEqual([1, 0, 2]);
    expect(categories.map((c) => [c.category, c.items, c.files])).toEqual([['mobile_phone', 3, ['f0.csv', 'f2.csv']]]);
    expect(tallies.map((t) => t.columns.get('phone')?.detectors[MOBILE]?.sketch.count() ?? 0)).toEqual([2, 0, 2]);
    expect(() => tallies[0]?.columns.get('phone')?.detectors[MOBILE]?.sketch.toState()).toThrow(/frozen/);
  });

  it('keeps the sets and makes no union when asked to', async () => {
    const settler = new FileSettler(
      async () => phones('13800138000'),
      () => 'a.csv',
      true,
    );
    settler.submitted(0, 0);
    settler.answered(0);
    const { tallies, categories } = await settler.finish(1);
    expect(categories).toEqual([]);
    expect(tallies[0]?.columns.get('phone')?.detectors[MOBILE]?.sketch.toState().kind).toBe('exact');
  });

  it('reports a failed take when finishing', async () => {
    const settler = new FileSettler(
      async () => {
        throw new Error('worker gone');
      },
      () => 'a.csv',
      false,
    );
    settler.submitted(0, null);
    await expect(settler.finish(1)).rejects.toThrow('worker gone');
  });
});
