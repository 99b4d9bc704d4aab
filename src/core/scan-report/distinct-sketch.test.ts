import { describe, expect, it } from 'vitest';
import { DistinctSketch, EXACT_LIMIT } from './distinct-sketch.js';
import { hashValue } from './value-hash.js';

const hash = (s: string) => hashValue(s, 0, s.length);

describe('hashValue', () => {
  it('reads an identifier the same with spaces, hyphens or upper case', () => {
    expect(hashValue('x 138-0013-8000 y', 2, 15)).toBe(hash('13800138000'));
    expect(hash('A@Example.COM')).toBe(hash('a@example.com'));
    expect(hash('13800138000')).not.toBe(hash('13800138001'));
  });
});

describe('DistinctSketch', () => {
  it('counts exactly up to the limit, whatever the repeats', () => {
    const s = new DistinctSketch();
    for (let round = 0; round < 3; round++) for (let i = 0; i < 50_000; i++) s.add(hash(`v${i}`));
    expect(s.count()).toBe(50_000);
    expect(s.isEstimated()).toBe(false);
  });

  it('estimates within 3 % past the limit', () => {
    const s = new DistinctSketch();
    const n = EXACT_LIMIT * 3;
    for (let i = 0; i < n; i++) s.add(hash(`value-${i}`));
    expect(s.isEstimated()).toBe(true);
    expect(Math.abs(s.count() - n) / n).toBeLessThan(0.03);
  });

  it('unites sketches made elsewhere (exact with exact, exact with estimated)', () => {
    const a = new DistinctSketch();
    const b = new DistinctSketch();
    for (let i = 0; i < 1000; i++) a.add(hash(`a${i}`));
    for (let i = 500; i < 1500; i++) b.add(hash(`a${i}`));
    a.merge(b.toState());
    expect(a.count()).toBe(1500);
    const big = new DistinctSketch();
    for (let i = 0; i < EXACT_LIMIT + 10_000; i++) big.add(hash(`b${i}`));
    a.merge(big.toState());
    const expected = 1500 + EXACT_LIMIT + 10_000;
    expect(Math.abs(a.count() - expected) / expected).toBeLessThan(0.03);
  });

  it('counts the same by clone and unite as by merging states into a new sketch', () => {
    const filled = (prefix: string, n: number) => {
      const s = new DistinctSketch();
      for (let i = 0; i < n; i++) s.add(hash(`${prefix}${i}`));
      return s;
    };
    const cases = [
      [filled('a', 1000), filled('a', 1500)],
      [filled('a', 40_000), filled('b', 40_000)],
      [filled('a', 3000), filled('a', EXACT_LIMIT + 5000)],
      [filled('a', EXACT_LIMIT + 5000), filled('b', EXACT_LIMIT + 100), filled('c', 10)],
    ];
    for (const sketches of cases) {
      const merged = new DistinctSketch();
      for (const s of sketches) merged.merge(s.toState());
      const [first, ...rest] = sketches as [DistinctSketch, ...DistinctSketch[]];
      const before = first.count();
      const united = first.clone();
      for (const s of rest) united.unite(s);
      expect([united.count(), united.isEstimated()]).toEqual([merged.count(), merged.isEstimated()]);
      expect(first.count()).toBe(before);
    }
  });

  it('keeps only its count once frozen, exact or estimated, and refuses to be united', () => {
    const exact = new DistinctSketch();
    for (let i = 0; i < 1000; i++) exact.add(hash(`f${i % 700}`));
    const estimated = new DistinctSketch();
    for (let i = 0; i < EXACT_LIMIT + 5000; i++) estimated.add(hash(`g${i}`));
    const before = [exact.count(), exact.isEstimated(), estimated.count(), estimated.isEstimated()];
    exact.freeze();
    estimated.freeze();
    expect([exact.count(), exact.isEstimated(), estimated.count(), estimated.isEstimated()]).toEqual(before);
    expect(before.slice(0, 2)).toEqual([700, false]);
    expect(() => exact.toState()).toThrow(/frozen/);
    expect(() => new DistinctSketch().unite(estimated)).toThrow(/frozen/);
    expect(() => estimated.add(hash('more'))).toThrow(/frozen/);
  });
});
