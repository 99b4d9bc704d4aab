import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan-line.js';

const scanner = createScanner();
const cards = (text: string) => scanner.scanLine(text, { column: null }).map((m) => [m.detector, text.slice(m.start, m.end)]);

describe('CN_BANK_CARD', () => {
  it.each([
    ['6222026006705354000', '6222026006705354000'],
    ['6283875070985593', '6283875070985593'],
    ['卡号 6222 0260 0670 5354 000', '6222 0260 0670 5354 000'],
    ['6222-0260-0670-5354-000', '6222-0260-0670-5354-000'],
    ['9558801001114978742', '9558801001114978742'],
    ['6013821000111497875', '6013821000111497875'],
  ])('%s is a Chinese bank card', (text, value) => {
    expect(cards(text)).toEqual([['CN_BANK_CARD', value]]);
  });

  it.each([
    ['6222026006705354001', 'Luhn fails'],
    ['62220260067053540001', '20 digits'],
    ['622202600670535', '15 digits'],
    ['6222 0260 0670 5354 001', 'grouped, Luhn fails'],
  ])('%s is not found (%s)', (text) => {
    expect(cards(text)).toEqual([]);
  });

  it('leaves Visa and Mastercard numbers of Chinese banks to CREDIT_CARD', () => {
    expect(cards('4111111111111111')).toEqual([['CREDIT_CARD', '4111111111111111']]);
  });
});
