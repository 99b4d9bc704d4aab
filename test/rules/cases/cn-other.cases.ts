import type { DeclarationInput } from '../../../src/core/declaration/schema.js';
import { declaration, type RuleCase } from '../support.js';
import { COMPLIANT_SHOP, shopWith } from './cn-pipl.cases.js';

type ProcessorInput = DeclarationInput['processor'];
type ActivityInput = NonNullable<DeclarationInput['activities']>[number];

const act = (a: Partial<ActivityInput> = {}): Partial<ActivityInput> => ({ retention: 'P1Y', security: ['encryption', 'access_control'], ...a });

const cn = (a: Partial<ActivityInput> = {}, p: Partial<ProcessorInput> = {}) => declaration({ jurisdictions: ['CN'], ...p }, [act(a)]);

const consented = (a: Partial<ActivityInput> = {}): Partial<ActivityInput> => ({
  legal_basis: 'consent',
  consent: { obtained: true, separate: true, withdrawable: true },
  ...a,
});

export const CASES: readonly RuleCase[] = [
  // --- Civil Code -------------------------------------------------------------------------------
  {
    rule: 'CIVIL-CODE-1035-CONSENT-NOT-OBTAINED',
    why: 'consent-based processing without vs with consent',
    fires: cn({ legal_basis: 'consent' }),
    nearMiss: cn(consented()),
  },
  {
    rule: 'CIVIL-CODE-1035-CONSENT-NOT-OBTAINED',
    why: 'in 2021 before the PIPL: no consent on a consent basis vs a statutory duty ("laws provide otherwise")',
    asOf: '2021-06-01',
    fires: cn({ legal_basis: 'consent' }),
    nearMiss: cn({ legal_basis: 'legal_duty' }),
  },
  {
    rule: 'CIVIL-CODE-1038-PROVISION-WITHOUT-CONSENT',
    why: 'unconsented provision to a third party vs to an entrusted party',
    fires: cn({ legal_basis: 'consent', recipients: [{ name: 'Data Broker Co.', role: 'third_party' }] }),
    nearMiss: cn({ legal_basis: 'consent', recipients: [{ name: 'Data Broker Co.', role: 'entrusted' }] }),
  },
  {
    rule: 'CIVIL-CODE-1038-PROVISION-WITHOUT-CONSENT',
    why: 'provision to a joint processor without vs with consent',
    fires: cn({ legal_basis: 'consent', recipients: [{ name: 'Partner Co.', role: 'joint', contract: true }] }),
    nearMiss: cn(consented({ recipients: [{ name: 'Partner Co.', role: 'joint', contract: true }] })),
  },
  {
    rule: 'CIVIL-CODE-1033-PRIVATE-INFORMATION',
    why: 'medical records on a contract basis vs a statutory duty',
    fires: cn({ legal_basis: 'contract', data: ['medical_record'] }),
    nearMiss: cn({ legal_basis: 'legal_duty', data: ['medical_record'] }),
  },
  {
    rule: 'CIVIL-CODE-1033-PRIVATE-INFORMATION',
    why: 'on the HR basis: sexual orientation vs a phone number',
    fires: cn({ legal_basis: 'hr', data: ['sexual_orientation'] }),
    nearMiss: cn({ legal_basis: 'hr', data: ['mobile_phone'] }),
  },
  {
    rule: 'CIVIL-CODE-1033-PRIVATE-INFORMATION',
    why: 'communication content on a contract basis vs with explicit consent',
    fires: cn({ legal_basis: 'contract', data: ['communication_content'] }),
    nearMiss: cn(consented({ data: ['communication_content'] })),
  },

  // --- NDSMR 2024 ---------------------------------------------------------------------------------
  {
    rule: 'NDSMR-12-RECIPIENT-NO-AGREEMENT',
    why: 'third-party recipient without vs with an agreement',
    fires: cn({ recipients: [{ name: 'Partner Co.', role: 'third_party' }] }),
    nearMiss: cn({ recipients: [{ name: 'Partner Co.', role: 'third_party', contract: true }] }),
  },
  {
    rule: 'NDSMR-12-RECIPIENT-NO-AGREEMENT',
    why: 'an uncontracted joint processor vs an uncontracted entrusted party (left to PIPL art. 21)',
    fires: cn({ recipients: [{ name: 'Partner Co.', role: 'joint' }] }),
    nearMiss: cn({ recipients: [{ name: 'Partner Co.', role: 'entrusted' }] }),
  },
  {
    rule: 'NDSMR-12-RECIPIENT-NO-AGREEMENT',
    why: 'the compliant shop also handing orders to a marketplace seller without an agreement vs as it is',
    fires: shopWith({
      recipients: [
        { name: 'X Logistics', role: 'entrusted', country: 'CN', contract: true },
        { name: 'Seller Co.', role: 'third_party', country: 'CN' },
      ],
    }),
    nearMiss: COMPLIANT_SHOP,
  },
  {
    rule: 'NDSMR-28-TEN-MILLION-INDIVIDUALS',
    why: '10,000,000 vs 9,999,999 individuals',
    fires: cn({}, { individuals_count: 10_000_000 }),
    nearMiss: cn({}, { individuals_count: 9_999_999 }),
  },
  {
    rule: 'NDSMR-35-EXEMPTION-NOT-NECESSARY',
    why: 'export exempt for contract performance, activity declared not necessary vs necessary',
    fires: cn({ legal_basis: 'contract', necessary: false, cross_border: { destination: 'SG', mechanism: 'exempt', individuals_per_year: 1_000 } }),
    nearMiss: cn({ legal_basis: 'contract', necessary: true, cross_border: { destination: 'SG', mechanism: 'exempt', individuals_per_year: 1_000 } }),
  },
  {
    rule: 'NDSMR-35-EXEMPTION-NOT-NECESSARY',
    why: 'a non-necessary export claimed exempt vs covered by a standard contract',
    fires: cn({ legal_basis: 'hr', necessary: false, cross_border: { destination: 'SG', mechanism: 'exempt', individuals_per_year: 1_000 } }),
    nearMiss: cn({ legal_basis: 'hr', necessary: false, cross_border: { destination: 'SG', mechanism: 'standard_contract', individuals_per_year: 1_000 } }),
  },
  {
    rule: 'NDSMR-42-NO-RECOMMENDATION-SWITCH',
    why: 'an app pushing personalised content without vs with a switch-off option',
    fires: shopWith({ automated_decision: { used: true, personalized_marketing: true } }),
    nearMiss: shopWith({ automated_decision: { used: true, personalized_marketing: true, non_personalized_option: true } }),
  },
  {
    rule: 'NDSMR-42-NO-RECOMMENDATION-SWITCH',
    why: 'personalised push without a switch: an app vs a processor that is neither an app nor a platform',
    fires: shopWith({ automated_decision: { used: true, personalized_marketing: true } }),
    nearMiss: shopWith({ automated_decision: { used: true, personalized_marketing: true } }, { app_type: null }),
  },
  {
    rule: 'NDSMR-42-NO-RECOMMENDATION-SWITCH',
    why: 'no app type: a declared large platform vs not',
    fires: cn({ automated_decision: { used: true, personalized_marketing: true } }, { large_platform: true }),
    nearMiss: cn({ automated_decision: { used: true, personalized_marketing: true } }, { large_platform: false }),
  },
  {
    rule: 'NDSMR-44-NO-ANNUAL-REPORT',
    why: 'large platform without vs with a published report',
    fires: cn({}, { large_platform: true, external_oversight_body: true }),
    nearMiss: cn({}, { large_platform: true, external_oversight_body: true, responsibility_report_published: true }),
  },
  {
    rule: 'NDSMR-46-LARGE-PLATFORM-DIFFERENTIAL-TREATMENT',
    why: 'differential pricing by a large platform vs by an ordinary processor',
    fires: cn({ automated_decision: { used: true, differential_pricing: true } }, { large_platform: true }),
    nearMiss: cn({ automated_decision: { used: true, differential_pricing: true } }, { large_platform: false }),
  },
  {
    rule: 'NDSMR-62-LARGE-PLATFORM-THRESHOLD',
    why: '50,000,000 registered users, not declared vs declared a large platform',
    fires: cn({}, { registered_users: 50_000_000 }),
    nearMiss: cn({}, { registered_users: 50_000_000, large_platform: true }),
  },
  {
    rule: 'NDSMR-62-LARGE-PLATFORM-THRESHOLD',
    why: '10,000,000 vs 9,999,999 monthly active users',
    fires: cn({}, { monthly_active_users: 10_000_000 }),
    nearMiss: cn({}, { monthly_active_users: 9_999_999, registered_users: 49_999_999 }),
  },

  // --- GB/T 35273-2020 ----------------------------------------------------------------------------
  {
    rule: 'GB-T-35273-7.7-NO-HUMAN-REVIEW',
    why: 'significant automated decisions without vs with human review',
    fires: cn({ automated_decision: { used: true, significant_effect: true, explanation_available: true } }),
    nearMiss: cn({ automated_decision: { used: true, significant_effect: true, explanation_available: true, human_review: true } }),
  },
  {
    rule: 'GB-T-35273-9.2-BIOMETRIC-SHARING',
    why: 'fingerprints shared with a third party vs processed by an entrusted party',
    fires: cn(consented({ data: ['fingerprint'], recipients: [{ name: 'ID Check Co.', role: 'third_party', contract: true }] })),
    nearMiss: cn(consented({ data: ['fingerprint'], recipients: [{ name: 'ID Check Co.', role: 'entrusted', contract: true }] })),
  },
  {
    rule: 'GB-T-35273-9.2-BIOMETRIC-SHARING',
    why: 'a third party receives face images vs ordinary photos',
    fires: cn(consented({ data: ['face_image'], recipients: [{ name: 'ID Check Co.', role: 'third_party', contract: true }] })),
    nearMiss: cn(consented({ data: ['photo'], recipients: [{ name: 'ID Check Co.', role: 'third_party', contract: true }] })),
  },
  {
    rule: 'GB-T-35273-9.4-BIOMETRIC-DISCLOSURE',
    why: 'publicly disclosed face images vs ordinary photos',
    fires: cn(consented({ data: ['face_image'], public_disclosure: true })),
    nearMiss: cn(consented({ data: ['photo'], public_disclosure: true })),
  },
  {
    rule: 'GB-T-35273-11.1-OFFICER-SENSITIVE-VOLUME',
    why: 'sensitive PI of 100,001 vs 100,000 individuals, no officer',
    fires: cn({}, { sensitive_individuals_count: 100_001 }),
    nearMiss: cn({}, { sensitive_individuals_count: 100_000 }),
  },
  {
    rule: 'GB-T-35273-11.1-OFFICER-SENSITIVE-VOLUME',
    why: 'sensitive PI of 200,000 individuals without vs with an officer',
    fires: cn({}, { sensitive_individuals_count: 200_000 }),
    nearMiss: cn({}, { sensitive_individuals_count: 200_000, officer_appointed: true }),
  },
];
