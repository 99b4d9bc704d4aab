import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan-line.js';

const scanner = createScanner();
const found = (text: string) =>
  scanner
    .scanLine(text, { column: null })
    .filter((m) => m.detector === 'IMEI')
    .map((m) => text.slice(m.start, m.end));

describe('IMEI', () => {
  it.each([
    ['352099001761481', ['352099001761481']],
    ['IMEI: 35-209900-176148-1', ['35-209900-176148-1']],
    ['868932036356090,490154203237518', ['868932036356090', '490154203237518']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['490154203237517', 'Luhn fails'],
    ['35-417803-685978-1', 'Luhn fails'],
    ['3568680000414120', 'sixteen digits (IMEISV)'],
    ['372099001761485', 'reporting body 37 does not exist (an Amex-like number)'],
  ])('%s is not found (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });
});
