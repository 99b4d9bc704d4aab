import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLineScratch, forEachLineInRange, lineRanges } from '../../src/cli/commands/verify-lines.js';

// The ranges `pisa verify` spreads over threads must together give every line of the file once, in order.

const dir = mkdtempSync(join(tmpdir(), 'pisa-lines-'));

function linesOverRanges(file: string, size: number, rangeBytes: number, scratchBytes: number): string[] {
  const out: string[] = [];
  const scratch = createLineScratch(scratchBytes);
  for (const range of lineRanges(file, size, rangeBytes)) forEachLineInRange(range, scratch, (line) => out.push(line));
  return out;
}

describe('JSON Lines ranges', () => {
  it('give every line exactly once, in order, whatever the range and buffer sizes', () => {
    const line = fc.stringMatching(/^[a-z{}":, \r中文é😀]{0,40}$/u);
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 30 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 16 }),
        (lines, finalNewline, rangeBytes, scratchBytes) => {
          const text = lines.join('\n') + (finalNewline && lines.length > 0 ? '\n' : '');
          const file = join(dir, 'lines.jsonl');
          const bytes = Buffer.from(text, 'utf8');
          writeFileSync(file, bytes);
          const expected = text === '' ? [] : text.split('\n');
          if (text.endsWith('\n')) expected.pop();
          expect(linesOverRanges(file, bytes.length, rangeBytes, scratchBytes)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a line far longer than its range and buffer whole, in the range it starts in', () => {
    const long = 'x'.repeat(100_000);
    const file = join(dir, 'long.jsonl');
    writeFileSync(file, `a\n${long}\nb`);
    const ranges = lineRanges(file, long.length + 4, 1000);
    const perRange = ranges.map((range) => {
      const out: string[] = [];
      forEachLineInRange(range, createLineScratch(8), (l) => out.push(l));
      return out;
    });
    expect(perRange[0]).toEqual(['a', long]);
    expect(perRange.flat()).toEqual(['a', long, 'b']);
  });
});
