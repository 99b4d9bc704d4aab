import { distance } from 'fastest-levenshtein';

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The closest candidate to a near miss ("mobil_phone" -> "mobile_phone"), or "" when none is
 * close. Ties go to the longer shared prefix ("US-CAL" -> "US-CA", not "US-AL").
 */
export function suggest(value: string, candidates: readonly string[]): string {
  const needle = value.toLowerCase();
  let best = '';
  let bestDistance = Number.POSITIVE_INFINITY;
  let bestPrefix = -1;
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    const d = distance(needle, lower);
    const prefix = commonPrefix(needle, lower);
    if (d < bestDistance || (d === bestDistance && prefix > bestPrefix)) {
      best = candidate;
      bestDistance = d;
      bestPrefix = prefix;
    }
  }
  const tolerance = Math.max(2, Math.floor(needle.length / 3));
  return bestDistance <= tolerance ? best : '';
}
