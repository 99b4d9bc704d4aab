// CN_BANK_CARD: cards of Chinese issuers. UnionPay cards start with 62 (16-19 digits,
// ISO/IEC 7812 IIN range assigned to China UnionPay); older debit cards of the big four banks
// kept pre-UnionPay BINs: 9558 (ICBC), 95599 (ABC), 601382 (Bank of China), 603367 (Hangzhou),
// 603601 / 603694 (others), all 19 digits. Validation (Luhn, lengths) is shared with
// CREDIT_CARD in generic/credit-card.ts.

/** True when the digits at `o` (length `len`) carry a Chinese issuer prefix. */
export function isCnBankCardPrefix(v: Uint8Array, o: number, len: number): boolean {
  if (len < 16 || len > 19) return false;
  const d0 = v[o] as number;
  const d1 = v[o + 1] as number;
  if (d0 === 6 && d1 === 2) return true;
  if (len !== 19) return false;
  const p4 = d0 * 1000 + d1 * 100 + (v[o + 2] as number) * 10 + (v[o + 3] as number);
  if (p4 === 9558) return true;
  const p5 = p4 * 10 + (v[o + 4] as number);
  if (p5 === 95599) return true;
  const p6 = p5 * 10 + (v[o + 5] as number);
  return p6 === 601382 || p6 === 603367 || p6 === 603601 || p6 === 603694;
}
