import type { DeclarationInput } from '../../../src/core/declaration/schema.js';
import { declaration, type RuleCase } from '../support.js';

type ActivityInput = NonNullable<DeclarationInput['activities']>[number];

/** An activity with a short retention period and encryption, so only what a case is about differs. */
const act = (a: Partial<ActivityInput> = {}): Partial<ActivityInput> => ({ retention: 'P1Y', security: ['encryption', 'access_control'], ...a });

const cn = (a: Partial<ActivityInput> = {}) => declaration({ jurisdictions: ['CN'] }, [act(a)]);

/** A processor in Guangdong (CN-44), where the example local document applies. */
const gd = (p: Parameters<typeof declaration>[0] = {}, a: Partial<ActivityInput> = {}) => declaration({ jurisdictions: ['CN-44'], ...p }, [act(a)]);

export const CASES: readonly RuleCase[] = [
  // --- example local normative document (layer local, CN-44) -------------------------------
  // Its tightenings of PIPL rules are tested in test/rules/layering.test.ts.
  {
    rule: 'LOCAL-GD-EXAMPLE-8-MINORS-OFFICER',
    why: 'Guangdong processor of children under 14 without vs with an officer',
    fires: gd({}, { minors: 'under_14' }),
    nearMiss: gd({ officer_appointed: true }, { minors: 'under_14' }),
  },
  {
    rule: 'LOCAL-GD-EXAMPLE-8-MINORS-OFFICER',
    why: 'Guangdong vs Beijing processor of children under 14',
    fires: gd({}, { minors: 'under_14' }),
    nearMiss: declaration({ jurisdictions: ['CN-11'] }, [act({ minors: 'under_14' })]),
  },
  {
    rule: 'LOCAL-GD-EXAMPLE-8-MINORS-OFFICER',
    why: 'children under 14 vs adults',
    fires: gd({}, { minors: 'under_14' }),
    nearMiss: gd({}, { minors: 'none' }),
  },

  // --- self-regulatory convention (layer self_regulation, CN) ------------------------------
  {
    rule: 'SELF-REGULATION-4-LONG-RETENTION',
    why: 'ordinary PI kept six years vs five',
    fires: cn({ retention: 'P6Y' }),
    nearMiss: cn({ retention: 'P5Y' }),
  },
  {
    rule: 'SELF-REGULATION-4-LONG-RETENTION',
    why: 'four years: beyond the ceiling for sensitive PI, within it for ordinary PI',
    fires: cn({ data: ['health_record'], retention: 'P4Y' }),
    nearMiss: cn({ data: ['mobile_phone'], retention: 'P4Y' }),
  },
  {
    rule: 'SELF-REGULATION-4-LONG-RETENTION',
    why: 'retention by contract vs required by law',
    fires: cn({ retention: 'P10Y' }),
    nearMiss: cn({ legal_basis: 'legal_duty', retention: 'P10Y' }),
  },
  {
    rule: 'SELF-REGULATION-4-LONG-RETENTION',
    why: 'a CN processor vs a US-only processor',
    fires: declaration({ jurisdictions: ['CN-11'] }, [act({ retention: 'P10Y' })]),
    nearMiss: declaration({ jurisdictions: ['US-NY'] }, [act({ retention: 'P10Y' })]),
  },
  {
    rule: 'SELF-REGULATION-6-MARKETING-SENSITIVE-DATA',
    why: 'consented personalised marketing on purchase history (sensitive) vs on a phone number',
    fires: cn({
      legal_basis: 'consent',
      consent: { obtained: true, separate: true },
      data: ['purchase_history'],
      automated_decision: { personalized_marketing: true, non_personalized_option: true },
    }),
    nearMiss: cn({
      legal_basis: 'consent',
      consent: { obtained: true, separate: true },
      data: ['mobile_phone'],
      automated_decision: { personalized_marketing: true, non_personalized_option: true },
    }),
  },
  {
    rule: 'SELF-REGULATION-6-MARKETING-SENSITIVE-DATA',
    why: 'marketing to children under 14 (all their PI is sensitive) vs to adults',
    fires: cn({ minors: 'under_14', automated_decision: { personalized_marketing: true } }),
    nearMiss: cn({ minors: 'none', automated_decision: { personalized_marketing: true } }),
  },
  {
    rule: 'SELF-REGULATION-8-SENSITIVE-ENCRYPTION',
    why: 'sensitive PI without vs with encryption',
    fires: cn({ data: ['bank_account'], security: ['access_control'] }),
    nearMiss: cn({ data: ['bank_account'], security: ['access_control', 'encryption'] }),
  },
  {
    rule: 'SELF-REGULATION-8-SENSITIVE-ENCRYPTION',
    why: 'all PI of children under 14 is sensitive: children vs adults, both unencrypted',
    fires: cn({ minors: 'under_14', security: [] }),
    nearMiss: cn({ minors: 'none', security: [] }),
  },
];
