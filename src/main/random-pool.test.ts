import { describe, expect, it } from 'vitest';
import { createRandomPool } from './random-pool.js';

describe('the random pool', () => {
  it('never hands out the same bytes twice, across refills', () => {
    const draw = createRandomPool(64);
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const bytes = draw(16);
      expect(bytes).toHaveLength(16);
      seen.add(Buffer.from(bytes).toString('hex'));
    }
    expect(seen.size).toBe(1000);
  });

  it('gives copies the caller owns: changing one changes nothing drawn later', () => {
    const draw = createRandomPool(64);
    const first = draw(8);
    first.fill(0);
    const later = Array.from({ length: 20 }, () => draw(8));
    expect(later.every((bytes) => bytes.some((b) => b !== 0))).toBe(true);
    expect(first.buffer).not.toBe(later[0]?.buffer);
  });

  it('serves sizes that do not divide the pool, and large ones directly', () => {
    const draw = createRandomPool(64);
    const sizes = [7, 13, 16, 1, 15, 32, 3, 100, 17];
    for (const size of sizes) expect(draw(size)).toHaveLength(size);
    // Bytes are spread: over many draws every byte value shows up.
    const values = new Set<number>();
    for (let i = 0; i < 2000; i++) for (const b of draw(16)) values.add(b);
    expect(values.size).toBe(256);
  });
});
