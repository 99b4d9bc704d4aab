import { describe, expect, it } from 'vitest';
import { ibanCheckDigits, isIbanStringValid } from './iban.js';

describe('isIbanStringValid', () => {
  it.each([
    ['GB82WEST12345698765432', true],
    ['DE89370400440532013000', true],
    ['FR1420041010050500013M02606', true],
    ['GB82WEST12345698765433', false],
    ['GB28WEST12345698765432', false],
    ['gb82west12345698765432', false],
  ])('%s -> %s', (iban, valid) => {
    expect(isIbanStringValid(iban)).toBe(valid);
  });
});

describe('ibanCheckDigits', () => {
  it('computes the check digits ISO 13616 defines', () => {
    expect(ibanCheckDigits('GB', 'WEST12345698765432')).toBe('82');
    expect(ibanCheckDigits('DE', '370400440532013000')).toBe('89');
  });
});
