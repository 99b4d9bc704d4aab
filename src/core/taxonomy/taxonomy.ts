import { TAXONOMY } from './entries.js';
import type { CriminalClass } from './types.js';

/** A PI category id of PISA's taxonomy, e.g. `'resident_id_number'`. */
export type TaxonomyId = (typeof TAXONOMY)[number]['id'];

/** The entry of one id, with its literal flags. */
export type TaxonomyEntryOf<I extends TaxonomyId> = Extract<(typeof TAXONOMY)[number], { readonly id: I }>;

/** All ids in contract order. */
export const TAXONOMY_IDS: readonly TaxonomyId[] = Object.freeze(TAXONOMY.map((entry) => entry.id));

const BY_ID: ReadonlyMap<string, (typeof TAXONOMY)[number]> = new Map(TAXONOMY.map((entry) => [entry.id, entry]));

export function isTaxonomyId(x: string): x is TaxonomyId {
  return BY_ID.has(x);
}

/**
 * The entry of a known id.
 * @example getTaxonomyEntry('email').label.zh // '电子邮件地址'
 */
export function getTaxonomyEntry<I extends TaxonomyId>(id: I): TaxonomyEntryOf<I> {
  // The map is built from TAXONOMY, so every TaxonomyId is present.
  return BY_ID.get(id) as TaxonomyEntryOf<I>;
}

/** Ids that are sensitive PI in China (PIPL art. 28, GB/T 35273-2020 Table B.1). */
export const CN_SENSITIVE_IDS: ReadonlySet<string> = new Set<string>(TAXONOMY.filter((entry) => entry.cn_sensitive).map((entry) => entry.id));

/** Ids that are sensitive PI in California (Cal. Civ. Code § 1798.140(ae)). */
export const US_CA_SENSITIVE_IDS: ReadonlySet<string> = new Set<string>(TAXONOMY.filter((entry) => entry.us_ca_sensitive).map((entry) => entry.id));

/**
 * The item class (50, 500 or 5,000 items) at which trading this PI is "serious" under Criminal
 * Law art. 253-1 and the 2017 SPC/SPP interpretation art. 5(1) items 3-5.
 * Unknown ids get 5,000: art. 5(1)(5) covers "any other PI".
 * @example criminalClassOf('precise_location') // 50
 */
export function criminalClassOf(id: string): CriminalClass {
  return BY_ID.get(id)?.criminal_class ?? 5000;
}
