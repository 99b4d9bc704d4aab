import fc from 'fast-check';
import { APP_TYPE_IDS } from '../../src/core/app-types/app-types.js';
import {
  CROSS_BORDER_MECHANISMS,
  JURISDICTIONS,
  LEGAL_BASES,
  MINORS,
  RECIPIENT_ROLES,
  SECURITY_MEASURES,
  US_SECTORS,
} from '../../src/core/declaration/enums.js';
import type { DeclarationInput } from '../../src/core/declaration/schema.js';
import { TAXONOMY_IDS } from '../../src/core/taxonomy/taxonomy.js';

const date = fc.date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const activityArb = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      purpose: fc.string({ minLength: 1, maxLength: 40 }),
      legal_basis: fc.constantFrom(...LEGAL_BASES),
      data: fc.uniqueArray(fc.constantFrom(...TAXONOMY_IDS), { minLength: 1, maxLength: 8 }),
      necessary: maybe(fc.boolean()),
      minors: maybe(fc.constantFrom(...MINORS)),
      consent: maybe(fc.record({ obtained: fc.boolean(), separate: fc.boolean(), guardian: fc.boolean(), withdrawable: fc.boolean() }, { requiredKeys: [] })),
      recipients: maybe(
        fc.array(
          fc.record({
            name: fc.string({ minLength: 1, maxLength: 12 }),
            role: fc.constantFrom(...RECIPIENT_ROLES),
            country: fc.constantFrom('CN', 'US', 'SG', null),
            contract: fc.boolean(),
          }),
          { maxLength: 3 },
        ),
      ),
      cross_border: maybe(
        fc.record({
          destination: fc.constantFrom('US', 'SG', 'DE'),
          mechanism: fc.constantFrom(...CROSS_BORDER_MECHANISMS),
          separate_consent: fc.boolean(),
          individuals_per_year: fc.nat({ max: 5_000_000 }),
        }),
      ),
      public_disclosure: maybe(fc.boolean()),
      automated_decision: maybe(
        fc.record(
          { used: fc.boolean(), personalized_marketing: fc.boolean(), non_personalized_option: fc.boolean(), significant_effect: fc.boolean() },
          { requiredKeys: [] },
        ),
      ),
      sale_or_share: maybe(fc.boolean()),
      opt_out_offered: maybe(fc.boolean()),
      retention: maybe(fc.constantFrom('P30D', 'P1Y', 'P3Y', 'P10Y', 'PT24H')),
      impact_assessment: maybe(fc.boolean()),
      security: maybe(fc.uniqueArray(fc.constantFrom(...SECURITY_MEASURES), { maxLength: 4 })),
    },
    { requiredKeys: ['id', 'purpose', 'legal_basis', 'data'] },
  );

/** Any valid declaration (defaults left out at random), for property tests. */
export const validDeclarationArb: fc.Arbitrary<DeclarationInput> = fc
  .record({
    processor: fc.record(
      {
        name: fc.string({ minLength: 1, maxLength: 30 }),
        jurisdictions: fc.uniqueArray(fc.constantFrom(...JURISDICTIONS), { minLength: 1, maxLength: 3 }),
        app_type: maybe(fc.constantFrom(...APP_TYPE_IDS, null)),
        individuals_count: maybe(fc.nat({ max: 200_000_000 })),
        annual_revenue_usd: maybe(fc.nat({ max: 100_000_000 })),
        large_platform: maybe(fc.boolean()),
        ciio: maybe(fc.boolean()),
        foreign_processor: maybe(fc.boolean()),
        officer_appointed: maybe(fc.boolean()),
        last_compliance_audit: maybe(fc.option(date, { nil: null })),
        us_sectors: maybe(fc.uniqueArray(fc.constantFrom(...US_SECTORS), { maxLength: 2 })),
      },
      { requiredKeys: ['name', 'jurisdictions'] },
    ),
    count: fc.nat({ max: 5 }),
  })
  .chain(({ processor, count }) =>
    fc.tuple(...Array.from({ length: count }, (_, i) => activityArb(`act-${i}`))).map((activities) => ({ processor, activities }) as DeclarationInput),
  );
