import { describe, expect, it } from 'vitest';
import { isLuhnDigits, luhnCheckDigit } from './luhn.js';

describe('isLuhnDigits', () => {
  it.each([
    ['4111111111111111', true],
    ['4111111111111112', false],
    ['79927398713', true],
    ['79927398710', false],
    ['490154203237518', true],
    ['490154203237517', false],
    ['0', false],
    ['12a4', false],
  ])('%s -> %s', (digits, valid) => {
    expect(isLuhnDigits(digits)).toBe(valid);
  });
});

describe('luhnCheckDigit', () => {
  it('completes a body into a valid number', () => {
    expect(luhnCheckDigit('7992739871')).toBe(3);
    expect(isLuhnDigits(`411111111111111${luhnCheckDigit('411111111111111')}`)).toBe(true);
  });
});
