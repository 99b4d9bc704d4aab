import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan-line.js';

const scanner = createScanner();
const found = (text: string, column: string | null = null) =>
  scanner
    .scanLine(text, { column })
    .filter((m) => m.detector === 'ADDRESS')
    .map((m) => text.slice(m.start, m.end));

describe('ADDRESS (Latin script)', () => {
  it.each([
    ['send it to 14 Crown Street, London please', ['14 Crown Street, London']],
    ['2046 50 Point Walter Road Suite 067 Apt. 162, Chomutice', ['2046 50 Point Walter Road Suite 067 Apt. 162, Chomutice']],
    ['1600 Pennsylvania Ave, Washington, DC 20500', ['1600 Pennsylvania Ave, Washington, DC 20500']],
    ['He lives on the north side of Rua Diadema 1903.', ['Rua Diadema 1903']],
    ['05575 Feldstrasse 42 Suite 055', ['Feldstrasse 42 Suite 055']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['I have 3 Apples and 2 Pears', 'no street type'],
    ['We moved here from Estonia', 'a country'],
    ['Android 13', 'a version'],
  ])('%s is not an address (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('takes the whole cell in an address column', () => {
    expect(found('221B Baker St, London NW1 6XE', 'shipping_address')).toEqual(['221B Baker St, London NW1 6XE']);
  });
});
