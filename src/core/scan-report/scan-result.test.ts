import { describe, expect, it } from 'vitest';
import { parseDeclarationText } from '../declaration/from-text.js';
import { DETECTOR_FACTS } from './detector-facts.js';
import { columnTally, createFileTally, type FileTallyState, tallyMatch, toFileTallyState } from './file-tally.js';

const merged = (parts: readonly FileTallyState[]) => parts.reduce(mergeChunkTally, createFileTally());

import { buildScanResult, mergeChunkTally } from './scan-result.js';

const mask = (_: unknown, value: string) => `${value.slice(0, 3)}****`;
const index = (id: string) => DETECTOR_FACTS.findIndex((f) => f.id === id);

/** The tally of some rows of a CSV "bank" column, starting at `line`. */
function part(values: readonly string[], line: number): FileTallyState {
  const tally = createFileTally();
  const column = columnTally(tally, 'bank', 0);
  for (const [i, v] of values.entries()) tallyMatch(column, index('CN_BANK_CARD'), line + i, line + i, v, 0, v.length, mask);
  tally.rows = values.length;
  return toFileTallyState(tally);
}

const cards = (from: number, n: number) => Array.from({ length: n }, (_, i) => `6222${String(from + i).padStart(12, '0')}`);

describe('buildScanResult', () => {
  it('adds counts and rows over chunks and counts distinct values over all of them', () => {
    const result = buildScanResult([{ file: 'a.csv', bytes: 100, format: 'csv', tally: merged([part(cards(0, 30), 2), part(cards(20, 30), 32)]) }], 60, null);
    const finding = result.files[0]?.findings[0];
    expect(finding).toMatchObject({ column: 'bank', detector: 'CN_BANK_CARD', count: 60, distinct: 50, row_share: 1 });
    expect(result.totals).toEqual({ files: 1, bytes: 100, rows: 60, findings: 60 });
  });

  it('decides the criminal-law thresholds on distinct items merged over chunks and files, not on sums', () => {
    // 30 + 30 bank cards in two chunks, 20 of them the same: 40 distinct items, below 50.
    const split = buildScanResult([{ file: 'a.csv', bytes: 1, format: 'csv', tally: merged([part(cards(0, 30), 2), part(cards(10, 30), 32)]) }], 60, null);
    expect(split.assessment.classes.find((c) => c.threshold === 50)?.items).toBe(40);
    expect(split.assessment.serious).toBe(false);
    // The same card numbers in a second file are the same items.
    const twoFiles = buildScanResult(
      [
        { file: 'a.csv', bytes: 1, format: 'csv', tally: merged([part(cards(0, 40), 2)]) },
        { file: 'b.csv', bytes: 1, format: 'csv', tally: merged([part(cards(30, 20), 2)]) },
      ],
      60,
      null,
    );
    expect(twoFiles.categories[0]).toMatchObject({ category: 'bank_account', items: 50, files: ['a.csv', 'b.csv'] });
    expect(twoFiles.assessment.serious).toBe(true);
  });

  it('keeps skipped files out of the summary but counts their bytes, and compares with a declaration', () => {
    const parsed = parseDeclarationText(
      'processor: {name: X, jurisdictions: [CN]}\nactivities:\n  - {id: pay, purpose: Pay, legal_basis: contract, data: [mobile_phone]}\n',
      'yaml',
    );
    if (!parsed.ok) throw new Error('bad test declaration');
    const result = buildScanResult(
      [
        { file: 'a.csv', bytes: 10, format: 'csv', tally: merged([part(cards(0, 3), 2)]) },
        { file: 'b.bin', bytes: 5, format: 'skipped', tally: merged([]) },
      ],
      3,
      parsed.declaration,
    );
    expect(result.files.map((f) => f.file)).toEqual(['a.csv']);
    expect(result.totals.bytes).toBe(15);
    expect(result.against?.undeclared.map((u) => u.category)).toEqual(['bank_account']);
    expect(result.against?.declared_absent).toEqual(['mobile_phone']);
  });
});
