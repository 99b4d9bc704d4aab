// GB 11643-1999 §8.2: the 18th character of a citizen identity number is an ISO 7064 MOD 11-2
// check: weights 2^(17-i) mod 11, remainder r -> "10X98765432"[r] (X stands for 10).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = [1, 0, 10, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/**
 * The check value (0-10, 10 = X) of the 17 digit values at `values[offset ..]`.
 * @example gb11643CheckValue(digitsOf('11010519491231002'), 0) // 10, i.e. 'X'
 */
export function gb11643CheckValue(values: Uint8Array, offset: number): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (values[offset + i] as number) * (WEIGHTS[i] as number);
  return CHECK[sum % 11] as number;
}

/** True when the 18 values at `offset` (digits 0-9, last may be 10 for X) carry a correct check. */
export function isGb11643CheckValid(values: Uint8Array, offset: number): boolean {
  for (let i = 0; i < 17; i++) if ((values[offset + i] as number) > 9) return false;
  return gb11643CheckValue(values, offset) === values[offset + 17];
}

/** The check character for a 17-digit body (for generators and tests). */
export function gb11643CheckChar(body17: string): string {
  const values = new Uint8Array(17);
  for (let i = 0; i < 17; i++) values[i] = body17.charCodeAt(i) - 48;
  const check = gb11643CheckValue(values, 0);
  return check === 10 ? 'X' : String(check);
}
