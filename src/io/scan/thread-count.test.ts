import { describe, expect, it } from 'vitest';
import type { InputSource } from './list-inputs.js';
import { SMALL_INPUT_BYTES, scanThreads } from './thread-count.js';

const file = (path: string, size: number): InputSource => ({ kind: 'file', path, size });
const STDIN: InputSource = { kind: 'stdin', path: '-', size: 0 };

describe('scanThreads', () => {
  it('keeps an explicit --jobs whatever the input size', () => {
    expect(scanThreads(2, true, [file('a.csv', 10)])).toBe(2);
    expect(scanThreads(4, true, [])).toBe(4);
    expect(scanThreads(1, true, [file('a.csv', 10 * SMALL_INPUT_BYTES)])).toBe(1);
  });

  it('scans small inputs on one thread by default, counting every file', () => {
    expect(scanThreads(2, false, [file('a.csv', SMALL_INPUT_BYTES - 1)])).toBe(1);
    expect(scanThreads(8, false, [file('a.csv', SMALL_INPUT_BYTES / 2), file('b.log', SMALL_INPUT_BYTES / 2 - 1)])).toBe(1);
    expect(scanThreads(2, false, [])).toBe(1);
  });

  it('uses all cores by default from the threshold up', () => {
    expect(scanThreads(2, false, [file('a.csv', SMALL_INPUT_BYTES)])).toBe(2);
    expect(scanThreads(8, false, [file('a.csv', SMALL_INPUT_BYTES / 2), file('b.log', SMALL_INPUT_BYTES / 2)])).toBe(8);
  });

  it('counts standard input and gzip files as large (their size is unknown)', () => {
    expect(scanThreads(2, false, [STDIN])).toBe(2);
    expect(scanThreads(2, false, [file('a.csv', 10), file('logs/b.LOG.GZ', 10)])).toBe(2);
  });

  it('never asks for more threads than --jobs or the cores', () => {
    expect(scanThreads(1, false, [file('a.csv', 10 * SMALL_INPUT_BYTES)])).toBe(1);
  });
});
