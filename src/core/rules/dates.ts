/** Whole days from `from` to `to` (both YYYY-MM-DD); pure calendar arithmetic, no clock. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Approximate length of an ISO 8601 duration in days (a year is 365 days, a month 30). */
export function durationDays(duration: string): number {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration);
  if (!m) return -1;
  const n = (i: number) => Number(m[i] ?? 0);
  return n(1) * 365 + n(2) * 30 + n(3) * 7 + n(4) + n(5) / 24 + n(6) / 1440 + n(7) / 86_400;
}
