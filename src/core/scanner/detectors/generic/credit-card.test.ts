import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan-line.js';

const scanner = createScanner();
const found = (text: string) =>
  scanner
    .scanLine(text, { column: null })
    .filter((m) => m.detector === 'CREDIT_CARD')
    .map((m) => text.slice(m.start, m.end));

describe('CREDIT_CARD', () => {
  it.each([
    ['4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881', ['4012888888881881', '4012-8888-8888-1881', '4012 8888 8888 1881']],
    ['Amex 371449635398431 or 3714 496353 98431', ['371449635398431', '3714 496353 98431']],
    ['5555555555554444', ['5555555555554444']],
    ['2222155765072228', ['2222155765072228']],
    ['30569309025904', ['30569309025904']],
    ['6011000990139424', ['6011000990139424']],
    ['3530111333300000', ['3530111333300000']],
    ['4716989580001715211', ['4716989580001715211']],
    ['card 4735110554588', ['4735110554588']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['4012-8888-8888-1882', 'Luhn fails'],
    ['2721465526338453', 'above the Mastercard 2-series'],
    ['2220175103860763', 'below the Mastercard 2-series'],
    ['1748503543012', 'no network starts with 1'],
    ['375556917985515999999993', 'a longer number'],
    ['623491788middle2863855', 'split by a word'],
    ['4111111111111111111111', 'too long'],
    ['order 4111111111111112', 'Luhn fails'],
  ])('%s is not found (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });
});
