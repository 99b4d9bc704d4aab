import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan-line.js';

const scanner = createScanner();
const found = (text: string, column: string | null = null) =>
  scanner
    .scanLine(text, { column })
    .filter((m) => m.detector === 'CN_PASSPORT')
    .map((m) => text.slice(m.start, m.end));

describe('CN_PASSPORT', () => {
  it.each([
    ['E12345678', ['E12345678']],
    ['G25352389', ['G25352389']],
    ['EA1234567', ['EA1234567']],
    ['护照号E12345678', ['E12345678']],
    ['护照号码：D1234567', ['D1234567']],
    ['passport no. S12345678', ['S12345678']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['K0123456', 'no PRC series K'],
    ['GA1234567', 'G is followed by digits only'],
    ['EI1234567', 'I is never used'],
    ['EO1234567', 'O is never used'],
    ['E1234567', 'too short'],
    ['e12345678', 'lower case'],
    ['D1234567', 'diplomatic series without context'],
    ['E123456789', 'too long'],
  ])('%s is not found (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('takes D/S/P numbers in a passport column', () => {
    expect(found('P1234567', '护照号')).toEqual(['P1234567']);
  });
});
