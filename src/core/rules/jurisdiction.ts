/**
 * Whether a rule binding in `ruleJurisdiction` applies to a processor active in `active`:
 * a national rule (CN, US) applies wherever any part of the country is named; a provincial or
 * state rule (CN-44, US-CA) only where that part is named.
 */
export function appliesIn(ruleJurisdiction: string, active: readonly string[]): boolean {
  if (ruleJurisdiction.length === 2) return active.some((j) => j.startsWith(ruleJurisdiction));
  return active.includes(ruleJurisdiction);
}

/** The country part: "US-CA" -> "US". */
export const countryOf = (jurisdiction: string): string => jurisdiction.slice(0, 2);
