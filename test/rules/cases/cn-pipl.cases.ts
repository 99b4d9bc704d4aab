import type { DeclarationInput } from '../../../src/core/declaration/schema.js';
import { declaration, type RuleCase } from '../support.js';

type ProcessorInput = DeclarationInput['processor'];
type ActivityInput = NonNullable<DeclarationInput['activities']>[number];

/** An activity with a retention period and strict measures, so only what a case is about differs. */
const act = (a: Partial<ActivityInput> = {}): Partial<ActivityInput> => ({ retention: 'P1Y', security: ['encryption', 'access_control'], ...a });

const cn = (a: Partial<ActivityInput> = {}, p: Partial<ProcessorInput> = {}) => declaration({ jurisdictions: ['CN'], ...p }, [act(a)]);

/** Consent-based with a valid, withdrawable consent; add what the case is about. */
const consented = (consent: NonNullable<ActivityInput['consent']> = {}, a: Partial<ActivityInput> = {}): Partial<ActivityInput> => ({
  legal_basis: 'consent',
  consent: { obtained: true, withdrawable: true, ...consent },
  ...a,
});

const SHOP_PROCESSOR: ProcessorInput = {
  name: 'Example Shopping Co.',
  jurisdictions: ['CN', 'US-CA'],
  app_type: 'online_shopping',
  individuals_count: 2_500_000,
  annual_revenue_usd: 30_000_000,
  officer_appointed: true,
  last_compliance_audit: '2025-06-30',
};

const SHOP_ACTIVITY: ActivityInput = {
  id: 'order-fulfilment',
  purpose: 'Deliver purchased goods',
  legal_basis: 'contract',
  data: ['mobile_phone', 'person_name', 'shipping_address', 'payment_record'],
  necessary: true,
  recipients: [{ name: 'X Logistics', role: 'entrusted', country: 'CN', contract: true }],
  retention: 'P3Y',
  impact_assessment: true,
  security: ['encryption', 'access_control'],
};

/** The ordinary, compliant online shop of the brief: must produce no CN violation. */
export const COMPLIANT_SHOP: DeclarationInput = { processor: SHOP_PROCESSOR, activities: [SHOP_ACTIVITY] };

/** The compliant shop with changes to its activity (and processor). */
export const shopWith = (a: Partial<ActivityInput>, p: Partial<ProcessorInput> = {}): DeclarationInput => ({
  processor: { ...SHOP_PROCESSOR, ...p },
  activities: [{ ...SHOP_ACTIVITY, ...a }],
});

const abroad = (c: Partial<NonNullable<ActivityInput['cross_border']>> = {}) => ({ destination: 'US', ...c });

export const CASES: readonly RuleCase[] = [
  // --- legal basis and consent (arts. 13-15) ------------------------------------------------
  {
    rule: 'PIPL-13-CONSENT-NOT-OBTAINED',
    why: 'consent-based activity without vs with consent obtained',
    fires: cn(consented({ obtained: false })),
    nearMiss: cn(consented()),
  },
  {
    rule: 'PIPL-13-CONSENT-NOT-OBTAINED',
    why: 'no consent, on a consent basis vs a contract basis (art. 13(1)(2))',
    fires: cn({ legal_basis: 'consent' }),
    nearMiss: cn({ legal_basis: 'contract' }),
  },
  {
    rule: 'PIPL-13-BASIS-NOT-NECESSARY',
    why: 'contract basis for an activity declared not necessary vs necessary',
    fires: cn({ legal_basis: 'contract', necessary: false }),
    nearMiss: cn({ legal_basis: 'contract', necessary: true }),
  },
  {
    rule: 'PIPL-13-BASIS-NOT-NECESSARY',
    why: 'a non-necessary activity on the HR basis vs on consent',
    fires: cn({ legal_basis: 'hr', necessary: false }),
    nearMiss: cn(consented({}, { necessary: false })),
  },
  {
    rule: 'PIPL-15-CONSENT-NOT-WITHDRAWABLE',
    why: 'consent that cannot vs can be withdrawn',
    fires: cn(consented({ withdrawable: false })),
    nearMiss: cn(consented({ withdrawable: true })),
  },

  // --- separate consent (arts. 23, 25, 29, 39) ---------------------------------------------
  {
    rule: 'PIPL-29-SEPARATE-CONSENT-SENSITIVE',
    why: 'consented health data without vs with separate consent',
    fires: cn(consented({}, { data: ['health_record'] })),
    nearMiss: cn(consented({ separate: true }, { data: ['health_record'] })),
  },
  {
    rule: 'PIPL-29-SEPARATE-CONSENT-SENSITIVE',
    why: 'health data on consent vs on a contract basis (art. 13(2): no consent needed)',
    fires: cn(consented({}, { data: ['health_record'] })),
    nearMiss: cn({ legal_basis: 'contract', data: ['health_record'] }),
  },
  {
    rule: 'PIPL-29-SEPARATE-CONSENT-SENSITIVE',
    why: 'a phone number of children under 14 (sensitive) vs of adults',
    fires: cn(consented({ guardian: true }, { minors: 'under_14' })),
    nearMiss: cn(consented({ guardian: true }, { minors: 'none' })),
  },
  {
    rule: 'PIPL-23-SEPARATE-CONSENT-PROVISION',
    why: 'consented provision to a third party without vs with separate consent',
    fires: cn(consented({}, { recipients: [{ name: 'Ad Partner Co.', role: 'third_party', contract: true }] })),
    nearMiss: cn(consented({ separate: true }, { recipients: [{ name: 'Ad Partner Co.', role: 'third_party', contract: true }] })),
  },
  {
    rule: 'PIPL-23-SEPARATE-CONSENT-PROVISION',
    why: 'the recipient is a third party vs an entrusted party (art. 21, no consent needed)',
    fires: cn(consented({}, { recipients: [{ name: 'Ad Partner Co.', role: 'third_party', contract: true }] })),
    nearMiss: cn(consented({}, { recipients: [{ name: 'Ad Partner Co.', role: 'entrusted', contract: true }] })),
  },
  {
    rule: 'PIPL-25-SEPARATE-CONSENT-DISCLOSURE',
    why: 'consented public disclosure without vs with separate consent',
    fires: cn(consented({}, { public_disclosure: true })),
    nearMiss: cn(consented({ separate: true }, { public_disclosure: true })),
  },
  {
    rule: 'PIPL-39-SEPARATE-CONSENT-CROSS-BORDER',
    why: 'consented transfer abroad without vs with separate consent to the transfer',
    fires: cn(consented({}, { cross_border: abroad({ mechanism: 'standard_contract', individuals_per_year: 200_000 }) })),
    nearMiss: cn(consented({}, { cross_border: abroad({ mechanism: 'standard_contract', individuals_per_year: 200_000, separate_consent: true }) })),
  },
  {
    rule: 'PIPL-39-SEPARATE-CONSENT-CROSS-BORDER',
    why: 'transfer on a consent basis vs on a contract basis (art. 13(2))',
    fires: cn(consented({}, { cross_border: abroad({ mechanism: 'exempt' }) })),
    nearMiss: cn({ legal_basis: 'contract', cross_border: abroad({ mechanism: 'exempt' }) }),
  },

  // --- minors (arts. 28, 31) ----------------------------------------------------------------
  {
    rule: 'PIPL-31-GUARDIAN-CONSENT',
    why: 'children under 14 without vs with guardian consent',
    fires: cn(consented({ separate: true }, { minors: 'under_14' })),
    nearMiss: cn(consented({ separate: true, guardian: true }, { minors: 'under_14' })),
  },
  {
    rule: 'PIPL-31-GUARDIAN-CONSENT',
    why: 'children under 13 (also under 14) vs adults, no guardian consent',
    fires: cn(consented({ separate: true }, { minors: 'under_13' })),
    nearMiss: cn(consented({ separate: true }, { minors: 'none' })),
  },
  {
    rule: 'PIPL-31-MINORS-SPECIFIC-RULES',
    why: 'children under 14 vs a service that may possibly reach them',
    fires: cn({ minors: 'under_14' }),
    nearMiss: cn({ minors: 'possible' }),
  },
  {
    rule: 'PIPL-31-MINORS-POSSIBLE',
    why: 'possible children on consent without vs with a guardian-consent mechanism',
    fires: cn(consented({}, { minors: 'possible' })),
    nearMiss: cn(consented({ guardian: true }, { minors: 'possible' })),
  },

  // --- sensitive PI (art. 28(2)) ------------------------------------------------------------
  {
    rule: 'PIPL-28-SENSITIVE-NOT-NECESSARY',
    why: 'fingerprints in an activity declared not necessary vs necessary',
    fires: cn(consented({ separate: true }, { data: ['fingerprint'], necessary: false })),
    nearMiss: cn(consented({ separate: true }, { data: ['fingerprint'], necessary: true })),
  },
  {
    rule: 'PIPL-28-SENSITIVE-NOT-NECESSARY',
    why: 'a non-necessary activity with fingerprints vs with a phone number only',
    fires: cn(consented({ separate: true }, { data: ['fingerprint'], necessary: false })),
    nearMiss: cn(consented({ separate: true }, { data: ['mobile_phone'], necessary: false })),
  },
  {
    rule: 'PIPL-28-SENSITIVE-PROTECTIVE-MEASURES',
    why: 'health data with encryption only vs with encryption and access control',
    fires: cn({ data: ['health_record'], security: ['encryption'] }),
    nearMiss: cn({ data: ['health_record'], security: ['encryption', 'access_control'] }),
  },
  {
    rule: 'PIPL-28-SENSITIVE-PROTECTIVE-MEASURES',
    why: 'no measures on sensitive data vs on ordinary data',
    fires: cn({ data: ['bank_account'], security: [] }),
    nearMiss: cn({ data: ['mobile_phone'], security: [] }),
  },

  // --- security (arts. 7, 51) -----------------------------------------------------------------
  {
    rule: 'PIPL-51-NO-SECURITY-MEASURES',
    why: 'ordinary data with no measure vs with access control',
    fires: cn({ security: [] }),
    nearMiss: cn({ security: ['access_control'] }),
  },
  {
    rule: 'PIPL-51-NO-INCIDENT-PLAN',
    why: 'no incident response plan vs a plan declared for the processor',
    fires: cn(),
    nearMiss: cn({}, { incident_response_plan: true }),
  },
  {
    rule: 'PIPL-51-NO-INCIDENT-PLAN',
    why: 'no plan vs a plan listed among the security measures of an activity',
    fires: cn({ security: ['encryption'] }),
    nearMiss: cn({ security: ['encryption', 'incident_response_plan'] }),
  },
  {
    rule: 'PIPL-7-PROCESSING-RULES-NOT-PUBLISHED',
    why: 'no published privacy policy vs a published one',
    fires: cn(),
    nearMiss: cn({}, { privacy_policy_published: true }),
  },

  // --- cross-border (arts. 38-40) -------------------------------------------------------------
  {
    rule: 'PIPL-38-NO-TRANSFER-MECHANISM',
    why: 'transfer of 200,000 individuals with no mechanism vs a standard contract',
    fires: cn({ cross_border: abroad({ mechanism: 'none', individuals_per_year: 200_000 }) }),
    nearMiss: cn({ cross_border: abroad({ mechanism: 'standard_contract', individuals_per_year: 200_000 }) }),
  },
  {
    rule: 'PIPL-38-NO-TRANSFER-MECHANISM',
    why: 'no mechanism for 150,000 vs 50,000 individuals (2024 small-volume exemption)',
    fires: cn({ cross_border: abroad({ mechanism: 'none', individuals_per_year: 150_000 }) }),
    nearMiss: cn({ cross_border: abroad({ mechanism: 'none', individuals_per_year: 50_000 }) }),
  },
  {
    rule: 'PIPL-38-NO-TRANSFER-MECHANISM',
    why: 'small volume with vs without sensitive PI (the exemption covers non-sensitive PI only)',
    fires: cn({ cross_border: abroad({ mechanism: 'none', individuals_per_year: 50_000, sensitive_individuals_per_year: 10 }) }),
    nearMiss: cn({ cross_border: abroad({ mechanism: 'none', individuals_per_year: 50_000, sensitive_individuals_per_year: 0 }) }),
  },
  {
    rule: 'PIPL-38-NO-TRANSFER-MECHANISM',
    why: 'undeclared volume (0) gets no benefit of the exemption vs a declared small volume',
    fires: cn({ cross_border: abroad({ mechanism: 'none' }) }),
    nearMiss: cn({ cross_border: abroad({ mechanism: 'none', individuals_per_year: 5_000 }) }),
  },
  {
    rule: 'PIPL-38-NO-TRANSFER-MECHANISM',
    why: 'a CIIO cannot use the small-volume exemption: CIIO vs not',
    fires: cn({ cross_border: abroad({ mechanism: 'none', individuals_per_year: 5_000 }) }, { ciio: true }),
    nearMiss: cn({ cross_border: abroad({ mechanism: 'none', individuals_per_year: 5_000 }) }, { ciio: false }),
  },
  {
    rule: 'PIPL-38-UNDECLARED-FOREIGN-RECIPIENT',
    why: 'a recipient in the US vs in China, no transfer declared',
    fires: cn({ recipients: [{ name: 'US Cloud Inc.', role: 'entrusted', country: 'US', contract: true }] }),
    nearMiss: cn({ recipients: [{ name: 'US Cloud Inc.', role: 'entrusted', country: 'CN', contract: true }] }),
  },
  {
    rule: 'PIPL-38-UNDECLARED-FOREIGN-RECIPIENT',
    why: 'a recipient abroad without vs with a declared transfer',
    fires: cn({ recipients: [{ name: 'US Cloud Inc.', role: 'entrusted', country: 'US', contract: true }] }),
    nearMiss: cn({
      recipients: [{ name: 'US Cloud Inc.', role: 'entrusted', country: 'US', contract: true }],
      cross_border: abroad({ mechanism: 'standard_contract', individuals_per_year: 200_000 }),
    }),
  },
  {
    rule: 'PIPL-40-CIIO-EXPORT-WITHOUT-ASSESSMENT',
    why: 'a CIIO exporting under a standard contract vs after a security assessment',
    fires: cn({ cross_border: abroad({ mechanism: 'standard_contract', individuals_per_year: 200_000 }) }, { ciio: true }),
    nearMiss: cn({ cross_border: abroad({ mechanism: 'security_assessment', individuals_per_year: 200_000 }) }, { ciio: true }),
  },
  {
    rule: 'PIPL-40-CIIO-EXPORT-WITHOUT-ASSESSMENT',
    why: 'a standard contract used by a CIIO vs by an ordinary processor',
    fires: cn({ cross_border: abroad({ mechanism: 'standard_contract', individuals_per_year: 200_000 }) }, { ciio: true }),
    nearMiss: cn({ cross_border: abroad({ mechanism: 'standard_contract', individuals_per_year: 200_000 }) }, { ciio: false }),
  },

  // --- automated decision-making (art. 24) ------------------------------------------------------
  {
    rule: 'PIPL-24-NO-NON-PERSONALISED-OPTION',
    why: 'personalised marketing without vs with a non-personalised option',
    fires: cn({ automated_decision: { used: true, personalized_marketing: true } }),
    nearMiss: cn({ automated_decision: { used: true, personalized_marketing: true, non_personalized_option: true } }),
  },
  {
    rule: 'PIPL-24-NO-EXPLANATION',
    why: 'significant automated decisions without vs with an explanation',
    fires: cn({ automated_decision: { used: true, significant_effect: true, human_review: true } }),
    nearMiss: cn({ automated_decision: { used: true, significant_effect: true, human_review: true, explanation_available: true } }),
  },
  {
    rule: 'PIPL-24-DIFFERENTIAL-PRICING',
    why: 'automated decisions with vs without differential pricing',
    fires: cn({ automated_decision: { used: true, differential_pricing: true } }),
    nearMiss: cn({ automated_decision: { used: true, differential_pricing: false } }),
  },

  // --- impact assessment (art. 55) ------------------------------------------------------------
  {
    rule: 'PIPL-55-PIPIA-MISSING',
    why: 'health data without vs with an impact assessment',
    fires: cn({ data: ['health_record'], impact_assessment: false }),
    nearMiss: cn({ data: ['health_record'], impact_assessment: true }),
  },
  {
    rule: 'PIPL-55-PIPIA-MISSING',
    why: 'the compliant shop without vs with its impact assessment (sensitive payment record, entrusted logistics)',
    fires: shopWith({ impact_assessment: false }),
    nearMiss: COMPLIANT_SHOP,
  },
  {
    rule: 'PIPL-55-PIPIA-MISSING',
    why: 'ordinary data with vs without automated decision-making',
    fires: cn({ automated_decision: { used: true } }),
    nearMiss: cn({ automated_decision: { used: false } }),
  },

  // --- retention and recipients (arts. 19-21) -------------------------------------------------
  {
    rule: 'PIPL-19-NO-RETENTION-PERIOD',
    why: 'no retention period vs one year',
    fires: cn({ retention: null }),
    nearMiss: cn({ retention: 'P1Y' }),
  },
  {
    rule: 'PIPL-21-ENTRUSTED-NO-CONTRACT',
    why: 'entrusted party without vs with an agreement',
    fires: cn({ recipients: [{ name: 'Cloud Co.', role: 'entrusted', country: 'CN' }] }),
    nearMiss: cn({ recipients: [{ name: 'Cloud Co.', role: 'entrusted', country: 'CN', contract: true }] }),
  },
  {
    rule: 'PIPL-21-ENTRUSTED-NO-CONTRACT',
    why: 'an uncontracted entrusted party vs an uncontracted joint processor (art. 20)',
    fires: cn({ recipients: [{ name: 'Cloud Co.', role: 'entrusted' }] }),
    nearMiss: cn({ recipients: [{ name: 'Cloud Co.', role: 'joint' }] }),
  },
  {
    rule: 'PIPL-20-JOINT-PROCESSING',
    why: 'a joint processor vs a third-party recipient',
    fires: cn({ recipients: [{ name: 'Partner Co.', role: 'joint', contract: true }] }),
    nearMiss: cn({ recipients: [{ name: 'Partner Co.', role: 'third_party', contract: true }] }),
  },

  // --- organisation (arts. 52-58) -------------------------------------------------------------
  {
    rule: 'PIPL-52-OFFICER-NOT-APPOINTED',
    why: '1,000,000 individuals without vs with an officer',
    fires: cn({}, { individuals_count: 1_000_000 }),
    nearMiss: cn({}, { individuals_count: 1_000_000, officer_appointed: true }),
  },
  {
    rule: 'PIPL-52-OFFICER-NOT-APPOINTED',
    why: '1,000,000 vs 999,999 individuals, no officer',
    fires: cn({}, { individuals_count: 1_000_000 }),
    nearMiss: cn({}, { individuals_count: 999_999 }),
  },
  {
    rule: 'PIPL-52-OFFICER-NOT-APPOINTED',
    why: 'the compliant shop (2,500,000 individuals) without vs with its officer',
    fires: shopWith({}, { officer_appointed: false }),
    nearMiss: COMPLIANT_SHOP,
  },
  {
    rule: 'PIPL-54-NEVER-AUDITED',
    why: 'never audited vs audited on 2025-06-30',
    fires: cn(),
    nearMiss: cn({}, { last_compliance_audit: '2025-06-30' }),
  },
  {
    rule: 'PIPL-53-NO-LOCAL-REPRESENTATIVE',
    why: 'overseas processor without vs with a representative in China',
    fires: cn({}, { foreign_processor: true }),
    nearMiss: cn({}, { foreign_processor: true, representative_appointed: true }),
  },
  {
    rule: 'PIPL-58-NO-EXTERNAL-OVERSIGHT',
    why: 'large platform without vs with an external oversight body',
    fires: cn({}, { large_platform: true, responsibility_report_published: true }),
    nearMiss: cn({}, { large_platform: true, responsibility_report_published: true, external_oversight_body: true }),
  },
  {
    rule: 'PIPL-58-NO-RESPONSIBILITY-REPORT',
    why: 'large platform without vs with a published responsibility report',
    fires: cn({}, { large_platform: true, external_oversight_body: true }),
    nearMiss: cn({}, { large_platform: true, external_oversight_body: true, responsibility_report_published: true }),
  },
  {
    rule: 'PIPL-58-NO-RESPONSIBILITY-REPORT',
    why: 'no report: a large platform vs an ordinary processor',
    fires: cn({}, { large_platform: true }),
    nearMiss: cn({}, { large_platform: false }),
  },
];
