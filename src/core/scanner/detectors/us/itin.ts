// US_ITIN: IRS Individual Taxpayer Identification Number, 9XX-XX-XXXX whose middle group is in
// the ranges the IRS issues: 50-65, 70-88, 90-92, 94-99 (IRS, "ITIN ranges", 2023).

/** True when area (9xx) and group form an issued ITIN. */
export function isItin(area: number, group: number): boolean {
  if (area < 900 || area > 999) return false;
  return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || (group >= 94 && group <= 99);
}
