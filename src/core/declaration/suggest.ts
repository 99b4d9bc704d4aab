import { distance } from 'fastest-levenshtein';

/** The closest candidate to a near miss ("mobil_phone" -> "mobile_phone"), or "" when none is close. */
export function suggest(value: string, candidates: readonly string[]): string {
  const needle = value.toLowerCase();
  let best = '';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const tolerance = Math.max(2, Math.floor(needle.length / 3));
  return bestDistance <= tolerance ? best : '';
}
