import type { DeclarationInput } from '../../../src/core/declaration/schema.js';
import { declaration, type RuleCase } from '../support.js';

type ProcessorInput = DeclarationInput['processor'];
type ActivityInput = NonNullable<DeclarationInput['activities']>[number];

/** A California business (revenue above the 2025 threshold) with a published privacy policy. */
const business = (p: Partial<ProcessorInput> = {}): Partial<ProcessorInput> => ({
  jurisdictions: ['US-CA'],
  annual_revenue_usd: 30_000_000,
  privacy_policy_published: true,
  ...p,
});

/** An activity that states a retention period, so that only what a case is about differs. */
const act = (a: Partial<ActivityInput> = {}): Partial<ActivityInput> => ({ retention: 'P1Y', ...a });

const ca = (p: Partial<ProcessorInput> = {}, a: Partial<ActivityInput> = {}) => declaration(business(p), [act(a)]);

/** Sells or shares with every opt-out in place. */
const selling: Partial<ActivityInput> = { sale_or_share: true, opt_out_offered: true, gpc_honoured: true };

export const CASES: readonly RuleCase[] = [
  // --- applicability (§ 1798.140(d)) ----------------------------------------------------
  {
    rule: 'CCPA-1798.140-BUSINESS-APPLIES',
    why: 'revenue above the adjusted USD 26,625,000 vs exactly the threshold',
    fires: ca({ annual_revenue_usd: 26_625_001 }),
    nearMiss: ca({ annual_revenue_usd: 26_625_000 }),
  },
  {
    rule: 'CCPA-1798.140-BUSINESS-APPLIES',
    why: 'before 2025 the USD 25,000,000 threshold applies: 26,000,000 is above it, 25,000,000 is not',
    asOf: '2024-12-31',
    fires: ca({ annual_revenue_usd: 26_000_000 }),
    nearMiss: ca({ annual_revenue_usd: 25_000_000 }),
  },
  {
    rule: 'CCPA-1798.140-BUSINESS-APPLIES',
    why: 'from 2025 revenue of USD 26,000,000 is below the adjusted threshold',
    asOf: '2025-01-01',
    fires: ca({ annual_revenue_usd: 26_625_001 }),
    nearMiss: ca({ annual_revenue_usd: 26_000_000 }),
  },
  {
    rule: 'CCPA-1798.140-BUSINESS-APPLIES',
    why: '100,000 California consumers sold/shared vs 99,999',
    fires: ca({ annual_revenue_usd: 0, ca_consumers_sold_shared: 100_000 }),
    nearMiss: ca({ annual_revenue_usd: 0, ca_consumers_sold_shared: 99_999 }),
  },
  {
    rule: 'CCPA-1798.140-BUSINESS-APPLIES',
    why: 'before the CPRA (2023) 50,000 consumers sufficed',
    asOf: '2022-06-30',
    fires: ca({ annual_revenue_usd: 0, ca_consumers_sold_shared: 50_000 }),
    nearMiss: ca({ annual_revenue_usd: 0, ca_consumers_sold_shared: 49_999 }),
  },
  {
    rule: 'CCPA-1798.140-BUSINESS-APPLIES',
    why: 'half of revenue from selling/sharing PI vs 49 %',
    fires: ca({ annual_revenue_usd: 0, pi_revenue_share: 0.5 }),
    nearMiss: ca({ annual_revenue_usd: 0, pi_revenue_share: 0.49 }),
  },
  {
    rule: 'CCPA-1798.140-BUSINESS-APPLIES',
    why: 'California declared vs only New York',
    fires: ca(),
    nearMiss: ca({ jurisdictions: ['US-NY'] }),
  },

  // --- sale and sharing (§§ 1798.120, 1798.135; 11 CCR 7025) ------------------------------
  {
    rule: 'CCPA-1798.120-SALE-NO-OPT-OUT',
    why: 'sells without an opt-out vs with one',
    fires: ca({}, { ...selling, opt_out_offered: false }),
    nearMiss: ca({}, selling),
  },
  {
    rule: 'CCPA-1798.120-SALE-NO-OPT-OUT',
    why: 'a CCPA business vs a processor below every threshold',
    fires: ca({}, { ...selling, opt_out_offered: false }),
    nearMiss: ca({ annual_revenue_usd: 1_000_000 }, { ...selling, opt_out_offered: false }),
  },
  {
    rule: 'CCPA-REGS-7025-OPT-OUT-SIGNAL-IGNORED',
    why: 'sells and ignores GPC vs honours it',
    fires: ca({}, { ...selling, gpc_honoured: false }),
    nearMiss: ca({}, selling),
  },
  {
    rule: 'CCPA-REGS-7025-OPT-OUT-SIGNAL-IGNORED',
    why: 'first day of § 7025 in force: sells vs does not sell',
    asOf: '2023-03-29',
    fires: ca({}, { ...selling, gpc_honoured: false }),
    nearMiss: ca({}, { ...selling, sale_or_share: false, gpc_honoured: false }),
  },

  // --- minors (§ 1798.120(c)) -----------------------------------------------------------
  {
    rule: 'CCPA-1798.120-MINOR-SALE-NO-PARENT-OPT-IN',
    why: 'children under 13, no parental opt-in vs parental opt-in',
    fires: ca({}, { ...selling, minors: 'under_13' }),
    nearMiss: ca({}, { ...selling, minors: 'under_13', consent: { guardian: true } }),
  },
  {
    rule: 'CCPA-1798.120-MINOR-SALE-NO-PARENT-OPT-IN',
    why: 'under-14 band (includes under 13) sold vs not sold',
    fires: ca({}, { ...selling, minors: 'under_14', consent: { obtained: true } }),
    nearMiss: ca({}, { ...selling, sale_or_share: false, minors: 'under_14', consent: { obtained: true } }),
  },
  {
    rule: 'CCPA-1798.120-MINOR-SALE-NO-TEEN-OPT-IN',
    why: 'under-14 band with parental but no own opt-in vs both',
    fires: ca({}, { ...selling, minors: 'under_14', consent: { guardian: true } }),
    nearMiss: ca({}, { ...selling, minors: 'under_14', consent: { guardian: true, obtained: true } }),
  },
  {
    rule: 'CCPA-1798.120-MINOR-SALE-NO-TEEN-OPT-IN',
    why: 'the 13-15 opt-in concerns the under-14 band, not a children-only (under 13) service',
    fires: ca({}, { ...selling, minors: 'under_14', consent: { guardian: true } }),
    nearMiss: ca({}, { ...selling, minors: 'under_13', consent: { guardian: true } }),
  },
  {
    rule: 'CCPA-1798.120-MINOR-AGE-WILFUL-DISREGARD',
    why: 'minors possible vs none',
    fires: ca({}, { ...selling, minors: 'possible' }),
    nearMiss: ca({}, { ...selling, minors: 'none' }),
  },

  // --- sensitive PI (§ 1798.121) --------------------------------------------------------
  {
    rule: 'CCPA-1798.121-SENSITIVE-USE-NOT-LIMITED',
    why: 'precise location not necessary for the service, no limit right vs limit right offered',
    fires: ca({}, { data: ['precise_location'], necessary: false }),
    nearMiss: ca({}, { data: ['precise_location'], necessary: false, sensitive_use_limited: true }),
  },
  {
    rule: 'CCPA-1798.121-SENSITIVE-USE-NOT-LIMITED',
    why: 'necessary precise location that is also sold vs only used for the service',
    fires: ca({}, { ...selling, data: ['precise_location'], necessary: true }),
    nearMiss: ca({}, { data: ['precise_location'], necessary: true }),
  },
  {
    rule: 'CCPA-1798.121-SENSITIVE-USE-NOT-LIMITED',
    why: 'sensitive vs ordinary data used beyond the service',
    fires: ca({}, { data: ['social_security_number'], necessary: false }),
    nearMiss: ca({}, { data: ['mobile_phone'], necessary: false }),
  },

  {
    rule: 'CCPA-1798.121-SENSITIVE-USE-NOT-LIMITED',
    why: 'health records of a plain business vs PHI of a HIPAA covered entity (exempt, § 1798.146)',
    fires: ca({}, { data: ['health_record'], necessary: false }),
    nearMiss: ca({ us_sectors: ['hipaa_covered_entity'] }, { data: ['health_record'], necessary: false }),
  },

  // --- notice at collection, contracts, privacy policy, security ------------------------
  {
    rule: 'CCPA-1798.100-RETENTION-NOT-DISCLOSED',
    why: 'no retention period vs one year',
    fires: ca({}, { retention: null }),
    nearMiss: ca({}, { retention: 'P1Y' }),
  },
  {
    rule: 'CCPA-1798.100-RECIPIENT-NO-CONTRACT',
    why: 'service provider without vs with a written contract',
    fires: ca({}, { recipients: [{ name: 'Cloud Host Inc.', role: 'entrusted' }] }),
    nearMiss: ca({}, { recipients: [{ name: 'Cloud Host Inc.', role: 'entrusted', contract: true }] }),
  },
  {
    rule: 'CCPA-1798.100-RECIPIENT-NO-CONTRACT',
    why: 'third party without a contract when PI is sold vs not sold',
    fires: ca({}, { ...selling, recipients: [{ name: 'Ad Network LLC', role: 'third_party' }] }),
    nearMiss: ca({}, { recipients: [{ name: 'Ad Network LLC', role: 'third_party' }] }),
  },
  {
    rule: 'CCPA-1798.130-PRIVACY-POLICY-MISSING',
    why: 'no privacy policy published vs published',
    fires: ca({ privacy_policy_published: false }),
    nearMiss: ca({ privacy_policy_published: true }),
  },
  {
    rule: 'CCPA-1798.150-UNENCRYPTED-BREACH-EXPOSURE',
    why: 'SSNs without vs with encryption',
    fires: ca({}, { data: ['person_name', 'social_security_number'], security: ['access_control'] }),
    nearMiss: ca({}, { data: ['person_name', 'social_security_number'], security: ['access_control', 'encryption'] }),
  },
  {
    rule: 'CCPA-1798.150-UNENCRYPTED-BREACH-EXPOSURE',
    why: 'medical records vs a phone number, both unencrypted',
    fires: ca({}, { data: ['medical_record'] }),
    nearMiss: ca({}, { data: ['mobile_phone'] }),
  },
  {
    rule: 'CCPA-1798.150-UNENCRYPTED-BREACH-EXPOSURE',
    why: 'unencrypted medical records of a plain business vs PHI of a HIPAA business associate',
    fires: ca({}, { data: ['medical_record'] }),
    nearMiss: ca({ us_sectors: ['hipaa_business_associate'] }, { data: ['medical_record'] }),
  },
];
