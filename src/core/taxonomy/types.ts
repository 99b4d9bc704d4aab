/** Criminal Law 2017 interpretation art. 5 item classes: 50, 500 or 5,000 items make "serious circumstances". */
export type CriminalClass = 50 | 500 | 5000;

export type Localized = { readonly en: string; readonly zh: string };

/** One PI category. Ids are a public contract: add entries, never rename (mark `deprecated` instead). */
export type TaxonomyEntry = {
  readonly id: string;
  readonly label: Localized;
  readonly description: Localized;
  /** Coarse grouping for display: identity, contact, government_id, device_online, location, behaviour, financial, biometric, health, belief_identity, communication, education_employment */
  readonly group: string;
  /** Sensitive under PIPL art. 28 / GB/T 35273-2020 Table B.1. */
  readonly cn_sensitive: boolean;
  /** Sensitive under Cal. Civ. Code 1798.140(ae). */
  readonly us_ca_sensitive: boolean;
  /** Criminal Law art. 253-1 with the 2017 SPC/SPP interpretation art. 5. */
  readonly criminal_class: CriminalClass;
  /** Closest W3C DPV concept (e.g. "pd:EmailAddress"), null where none exists. */
  readonly dpv: string | null;
  /** How close the DPV concept is: exact, closest, broader. */
  readonly dpv_match: 'exact' | 'closest' | 'broader' | null;
  /** Version of PISA that added the entry (lifecycle, as fideslang keeps it). */
  readonly added: string;
  readonly deprecated?: { readonly since: string; readonly replaced_by: string | null };
};
