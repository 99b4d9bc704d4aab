import { APP_TYPE_IDS } from '../src/core/app-types/app-types.js';
import { CROSS_BORDER_MECHANISMS, LEGAL_BASES, MINORS, RECIPIENT_ROLES, SECURITY_MEASURES } from '../src/core/declaration/enums.js';
import type { DeclarationInput } from '../src/core/declaration/schema.js';
import { TAXONOMY_IDS } from '../src/core/taxonomy/taxonomy.js';
import { prng } from './prng.js';

const JURISDICTION_SETS = [['CN'], ['CN', 'US-CA'], ['US-CA'], ['CN-44'], ['CN', 'US'], ['CN-31', 'US-CA', 'US-NY']];

/** `count` declarations with 1-9 activities each (5 on average), mixing every feature the rules read. */
export function generateDeclarations(count: number, seed = 42): DeclarationInput[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const chance = (p: number) => random() < p;
  const some = <T>(items: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(items)))];

  return Array.from({ length: count }, (_, i) => ({
    processor: {
      name: `Processor ${i}`,
      jurisdictions: pick(JURISDICTION_SETS),
      app_type: chance(0.7) ? pick(APP_TYPE_IDS) : null,
      individuals_count: Math.floor(random() * 20_000_000),
      annual_revenue_usd: Math.floor(random() * 60_000_000),
      large_platform: chance(0.05),
      ciio: chance(0.05),
      foreign_processor: chance(0.1),
      officer_appointed: chance(0.5),
      last_compliance_audit: chance(0.6) ? `202${Math.floor(random() * 6)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}` : null,
    },
    activities: Array.from({ length: 1 + Math.floor(random() * 9) }, (_, j) => ({
      id: `activity-${j}`,
      purpose: 'Generated purpose',
      legal_basis: pick(LEGAL_BASES),
      data: some(TAXONOMY_IDS, 6),
      necessary: chance(0.5),
      minors: chance(0.8) ? 'none' : pick(MINORS),
      consent: { obtained: chance(0.6), separate: chance(0.4), guardian: chance(0.2), withdrawable: chance(0.6) },
      recipients: chance(0.5) ? [{ name: 'Recipient', role: pick(RECIPIENT_ROLES), country: pick(['CN', 'US', null]), contract: chance(0.5) }] : [],
      cross_border: chance(0.2)
        ? { destination: 'US', mechanism: pick(CROSS_BORDER_MECHANISMS), separate_consent: chance(0.5), individuals_per_year: Math.floor(random() * 2_000_000) }
        : null,
      public_disclosure: chance(0.05),
      automated_decision: { used: chance(0.3), personalized_marketing: chance(0.2), non_personalized_option: chance(0.5), significant_effect: chance(0.1) },
      sale_or_share: chance(0.2),
      opt_out_offered: chance(0.5),
      retention: chance(0.7) ? pick(['P30D', 'P1Y', 'P3Y', 'P10Y']) : null,
      impact_assessment: chance(0.5),
      security: some(SECURITY_MEASURES, 4),
    })),
  }));
}
