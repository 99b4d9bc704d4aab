import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan-line.js';

const scanner = createScanner();
const found = (text: string) =>
  scanner
    .scanLine(text, { column: null })
    .filter((m) => m.detector === 'IBAN')
    .map((m) => text.slice(m.start, m.end));

describe('IBAN', () => {
  it.each([
    ['GB82WEST12345698765432', ['GB82WEST12345698765432']],
    ['IBAN: GB82 WEST 1234 5698 7654 32, thanks', ['GB82 WEST 1234 5698 7654 32']],
    ['AL47-2121-1009-0000-0002-3569-8741', ['AL47-2121-1009-0000-0002-3569-8741']],
    ['FR1420041010050500013M02606', ['FR1420041010050500013M02606']],
    ['MU17 BOMM 0101 1010 3030 0200 000M UR', ['MU17 BOMM 0101 1010 3030 0200 000M UR']],
    ['NO93 8601 1117 947', ['NO93 8601 1117 947']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['GB82WEST12345698765433', 'mod 97 fails'],
    ['AT61 1904 A002 3457 3201', 'a letter where Austria has digits'],
    ['QA58 0OHB 0000 1234 5678 90AB CDEF G', 'a digit where Qatar has letters'],
    ['BE36 5390 0754 7034 1234', 'a fourth group continues the number'],
    ['XX22YYY1234567890123', 'unknown country'],
    ['EE38 2200 2210  014 5686', 'irregular grouping'],
    ['gb82west12345698765432', 'lower case'],
    ['CY17 0020 0128 0000 0012 0052 7601', 'right length, wrong check'],
  ])('%s is not found (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });
});
