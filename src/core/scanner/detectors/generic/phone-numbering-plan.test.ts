import { getCountries, getExampleNumber, isValidPhoneNumber } from 'libphonenumber-js';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { PHONE_INVALID, PHONE_NOT_PERSONAL, PHONE_PERSONAL, PhoneValidator } from './phone-numbering-plan.js';

// Oracle: libphonenumber-js's own isValidPhoneNumber. Every region's example mobile number and
// five variants of it (shorter, longer, changed digits) must get the same answer.
function variants(digits: string): string[] {
  const last = Number(digits.at(-1));
  return [digits, digits.slice(0, -1), `${digits}5`, digits.slice(0, -1) + ((last + 3) % 10), `${digits.slice(0, -3)}000`, `${digits.slice(0, -4)}9876`];
}

describe('PhoneValidator', () => {
  const validator = new PhoneValidator();
  const cases = getCountries().flatMap((country) => {
    const example = getExampleNumber(country, examples);
    return example === undefined ? [] : variants(example.number.slice(1)).map((digits) => [country, digits] as const);
  });

  it('has cases for most regions', () => {
    expect(cases.length).toBeGreaterThan(1200);
  });

  it('agrees with isValidPhoneNumber on every example and variant', () => {
    const disagreements = cases.filter(([, digits]) => (validator.verdict(digits) !== PHONE_INVALID) !== isValidPhoneNumber(`+${digits}`));
    expect(disagreements).toEqual([]);
  });

  it('calls toll-free numbers valid but not personal', () => {
    expect(validator.verdict('18005550199')).toBe(PHONE_NOT_PERSONAL);
    expect(validator.verdict('14155550132')).toBe(PHONE_PERSONAL);
  });

  it('rejects unknown calling codes', () => {
    expect(validator.verdict('9991234567')).toBe(PHONE_INVALID);
  });
});
