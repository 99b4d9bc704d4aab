import { describe, expect, it } from 'vitest';
import { DETECTOR_FACTS } from './detector-facts.js';
import { EXACT_LIMIT } from './distinct-sketch.js';
import { columnTally, createFileTally, mergeFileTally, tallyMatch, toFileTallyState } from './file-tally.js';
import { decodeTallyState, encodeTallyState } from './tally-codec.js';

const mask = (_: unknown, value: string) => `${value.slice(0, 2)}***`;
const MOBILE = DETECTOR_FACTS.findIndex((f) => f.id === 'CN_MOBILE');

function tallyOf(values: readonly string[], column = 'phone') {
  const tally = createFileTally();
  const target = columnTally(tally, column, 0);
  for (const [i, value] of values.entries()) tallyMatch(target, MOBILE, i, i + 1, value, 0, value.length, mask);
  tally.rows = values.length;
  return tally;
}

describe('encodeTallyState / decodeTallyState', () => {
  it('round-trips a tally: counts, rows, exact sketch and samples', () => {
    const state = toFileTallyState(tallyOf(['13800138000', '13900139000', '13800138000']));
    expect(decodeTallyState(encodeTallyState(state))).toEqual(state);
  });

  it('round-trips an estimated (HyperLogLog) sketch, so a merge past the exact limit is the same', () => {
    const values = Array.from({ length: EXACT_LIMIT + 500 }, (_, i) => `1380${String(i).padStart(7, '0')}`);
    const state = toFileTallyState(tallyOf(values));
    expect(state.columns[0]?.detectors[MOBILE]?.sketch.kind).toBe('hll');
    const direct = createFileTally();
    mergeFileTally(direct, state);
    const decoded = createFileTally();
    mergeFileTally(decoded, decodeTallyState(encodeTallyState(state)));
    const count = (t: typeof direct) => t.columns.get('phone')?.detectors[MOBILE]?.sketch.count();
    expect(count(decoded)).toBe(count(direct));
  });

  it('refuses text that is not a tally', () => {
    expect(() => decodeTallyState('{"rows":1}')).toThrow();
    expect(() => decodeTallyState('{"rows":-1,"columns":[]}')).toThrow();
    expect(() => decodeTallyState('not json')).toThrow();
    const state = JSON.parse(encodeTallyState(toFileTallyState(tallyOf(['13800138000']))));
    state.columns[0].detectors.pop();
    expect(() => decodeTallyState(JSON.stringify(state))).toThrow();
  });
});
