/**
 * Jurisdictions offered in pickers: the national levels and the provinces or states that have
 * rule packs. Any other code (CN-<province>, US-<state>) can still be typed in.
 */
export const JURISDICTION_CHOICES = ['CN', 'CN-44', 'US', 'US-CA'] as const;
export type JurisdictionChoice = (typeof JURISDICTION_CHOICES)[number];

/** The countries findings are grouped by; a jurisdiction belongs to the country it starts with. */
export const COUNTRIES = ['CN', 'US'] as const;
export type Country = (typeof COUNTRIES)[number];

export const countryOf = (jurisdiction: string): Country | null => COUNTRIES.find((c) => jurisdiction.startsWith(c)) ?? null;
