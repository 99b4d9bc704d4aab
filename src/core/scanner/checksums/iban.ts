// ISO 13616-1:2020 §7.2 / ISO 7064 MOD 97-10: move the country code and check digits to the end,
// letters become 10..35, and the whole number mod 97 must be 1.

/** Value of an IBAN character: 0-9 for digits, 10-35 for A-Z, -1 otherwise. */
function ibanCharValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  return -1;
}

/**
 * MOD 97-10 over the compact IBAN held in `chars` (char codes, upper case, no separators).
 * @example isIbanMod97Valid(codesOf('GB82WEST12345698765432')) // true
 */
export function isIbanMod97Valid(chars: Uint16Array, length: number): boolean {
  if (length < 5) return false;
  let rem = 0;
  for (let k = 0; k < length; k++) {
    const c = chars[(k + 4) % length] as number;
    const v = ibanCharValue(c);
    if (v < 0) return false;
    rem = v > 9 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return rem === 1;
}

/** MOD 97-10 of a compact IBAN string (for tests and generators). */
export function isIbanStringValid(iban: string): boolean {
  const chars = new Uint16Array(iban.length);
  for (let i = 0; i < iban.length; i++) chars[i] = iban.charCodeAt(i);
  return isIbanMod97Valid(chars, iban.length);
}

/** The two check digits for `country` + `bban` (for generators and tests). */
export function ibanCheckDigits(country: string, bban: string): string {
  const probe = `${country}00${bban}`;
  const chars = new Uint16Array(probe.length);
  for (let i = 0; i < probe.length; i++) chars[i] = probe.charCodeAt(i);
  let rem = 0;
  for (let k = 0; k < probe.length; k++) {
    const v = ibanCharValue(chars[(k + 4) % probe.length] as number);
    rem = v > 9 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return String(98 - rem).padStart(2, '0');
}
