/**
 * Luhn (ISO/IEC 7812-1 Annex B) over digit values `values[offset .. offset + length)`, each 0-9.
 * Used by payment cards and IMEI (3GPP TS 23.003 §6.2.1).
 * @example isLuhnValid(Uint8Array.from([4, 1, 1, 1]), 0, 4) // false
 */
export function isLuhnValid(values: Uint8Array, offset: number, length: number): boolean {
  let sum = 0;
  let double = false;
  for (let i = offset + length - 1; i >= offset; i--) {
    let d = values[i] as number;
    if (d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Luhn over a string of ASCII digits (anything else fails). */
export function isLuhnDigits(digits: string): boolean {
  const values = new Uint8Array(digits.length);
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    values[i] = d;
  }
  return digits.length > 1 && isLuhnValid(values, 0, values.length);
}

/** The digit that makes `digits` + it Luhn-valid (for generators and tests). */
export function luhnCheckDigit(digits: string): number {
  for (let d = 0; d <= 9; d++) if (isLuhnDigits(digits + d)) return d;
  return 0;
}
