import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan-line.js';

const scanner = createScanner();
const found = (text: string, column: string | null = null) =>
  scanner
    .scanLine(text, { column })
    .filter((m) => m.detector === 'US_DRIVER_LICENSE')
    .map((m) => text.slice(m.start, m.end));

describe('US_DRIVER_LICENSE', () => {
  it.each([
    ["My driver's license number is F162823540116", ['F162823540116']],
    ["my driver's license number is 2270-66-1551", ['2270-66-1551']],
    ["My driver's license number is 6940579", ['6940579']],
    ['DL# D1234567', ['D1234567']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['C12T345672', 'no context'],
    ['ABCDEFG ABCDEFGH ABCDEFGHI', 'no digits'],
    ["driver's license 123", 'too short'],
  ])('%s is not found (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('takes a licence-shaped cell in a licence column', () => {
    expect(found('S123-4567-8901', 'driver_license')).toEqual(['S123-4567-8901']);
  });
});
