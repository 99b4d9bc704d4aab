import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan-line.js';
import { isItin } from './itin.js';

const scanner = createScanner();
const found = (text: string, column: string | null = null) =>
  scanner
    .scanLine(text, { column })
    .filter((m) => m.detector === 'US_ITIN')
    .map((m) => text.slice(m.start, m.end));

describe('US_ITIN', () => {
  it.each([
    ['911-70-1234', ['911-70-1234']],
    ['911-53-1234', ['911-53-1234']],
    ['912-90-3456', ['912-90-3456']],
    ['ITIN 912903456', ['912903456']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['911-89-1234', 'group 89 is not issued'],
    ['912-93-4567', 'group 93 is not issued'],
    ['123-45-6789', 'not a 9xx area'],
    ['912903456', 'bare digits without context'],
  ])('%s is not found (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('follows the IRS group ranges', () => {
    expect([49, 50, 65, 66, 70, 88, 89, 90, 92, 93, 94, 99].map((g) => isItin(912, g))).toEqual([
      false,
      true,
      true,
      false,
      true,
      true,
      false,
      true,
      true,
      false,
      true,
      true,
    ]);
  });
});
