import type { DeclarationInput } from '../../../src/core/declaration/schema.js';
import { declaration, type RuleCase } from '../support.js';

type ProcessorInput = DeclarationInput['processor'];
type ActivityInput = NonNullable<DeclarationInput['activities']>[number];

/** A US processor outside California (the CCPA pack stays quiet). */
const us = (p: Partial<ProcessorInput> = {}, a: Partial<ActivityInput> = {}) => declaration({ jurisdictions: ['US-NY'], ...p }, [a]);

/** A children's activity that is compliant with COPPA except for what a case changes. */
const child = (a: Partial<ActivityInput> = {}): Partial<ActivityInput> => ({
  minors: 'under_13',
  consent: { obtained: true, guardian: true, separate: true },
  retention: 'P6M',
  security: ['encryption', 'access_control'],
  ...a,
});

const bank: Partial<ProcessorInput> = { us_sectors: ['financial_institution'] };
const partner: NonNullable<ActivityInput['recipients']> = [{ name: 'Partner Co.', role: 'third_party' }];

export const CASES: readonly RuleCase[] = [
  // --- COPPA ------------------------------------------------------------------------------
  {
    rule: 'COPPA-312.5-NO-PARENTAL-CONSENT',
    why: 'children under 13 without vs with verifiable parental consent',
    fires: us({}, child({ consent: { obtained: true } })),
    nearMiss: us({}, child()),
  },
  {
    rule: 'COPPA-312.5-NO-PARENTAL-CONSENT',
    why: 'under-14 band (includes children) vs no minors',
    fires: us({}, child({ minors: 'under_14', consent: {} })),
    nearMiss: us({}, child({ minors: 'none', consent: {} })),
  },
  {
    rule: 'COPPA-312.5-NO-PARENTAL-CONSENT',
    why: 'a US processor vs a processor only in China',
    fires: us({}, child({ consent: {} })),
    nearMiss: us({ jurisdictions: ['CN'] }, child({ consent: {} })),
  },
  {
    rule: 'COPPA-312.5-THIRD-PARTY-NO-SEPARATE-CONSENT',
    why: 'disclosure to a third party without vs with separate parental consent',
    fires: us({}, child({ consent: { obtained: true, guardian: true }, recipients: [...partner] })),
    nearMiss: us({}, child({ recipients: [...partner] })),
  },
  {
    rule: 'COPPA-312.5-THIRD-PARTY-NO-SEPARATE-CONSENT',
    why: 'third party vs entrusted service provider',
    fires: us({}, child({ consent: { obtained: true, guardian: true }, recipients: [...partner] })),
    nearMiss: us({}, child({ consent: { obtained: true, guardian: true }, recipients: [{ name: 'Partner Co.', role: 'entrusted' }] })),
  },
  {
    rule: 'COPPA-312.10-RETENTION-NOT-LIMITED',
    why: 'before the 2025 compliance date: no retention period vs six months',
    asOf: '2025-06-30',
    fires: us({}, child({ retention: null })),
    nearMiss: us({}, child()),
  },
  {
    rule: 'COPPA-312.10-NO-RETENTION-POLICY',
    why: 'no retention timeframe for children vs six months',
    fires: us({}, child({ retention: null })),
    nearMiss: us({}, child()),
  },
  {
    rule: 'COPPA-312.10-NO-RETENTION-POLICY',
    why: 'children vs adults, both without retention period',
    fires: us({}, child({ retention: null })),
    nearMiss: us({}, child({ minors: 'none', retention: null })),
  },
  {
    rule: 'COPPA-312.8-SECURITY-MEASURES-MISSING',
    why: 'children data encrypted but no access control vs both',
    fires: us({}, child({ security: ['encryption'] })),
    nearMiss: us({}, child()),
  },
  {
    rule: 'COPPA-312.7-EXCESS-DATA',
    why: 'children data not declared necessary vs necessary',
    fires: us({}, child({ necessary: false })),
    nearMiss: us({}, child({ necessary: true })),
  },

  // --- GLBA -------------------------------------------------------------------------------
  {
    rule: 'GLBA-6802-NPI-NO-OPT-OUT',
    why: 'bank shares account data with a third party without vs with an opt-out',
    fires: us(bank, { data: ['bank_account'], recipients: [...partner] }),
    nearMiss: us(bank, { data: ['bank_account'], recipients: [...partner], opt_out_offered: true }),
  },
  {
    rule: 'GLBA-6802-NPI-NO-OPT-OUT',
    why: 'financial institution vs a processor outside the financial sector',
    fires: us(bank, { data: ['income'], recipients: [...partner] }),
    nearMiss: us({}, { data: ['income'], recipients: [...partner] }),
  },
  {
    rule: 'GLBA-6802-NPI-NO-OPT-OUT',
    why: 'third party vs entrusted service provider',
    fires: us(bank, { data: ['credit_record'], recipients: [...partner] }),
    nearMiss: us(bank, { data: ['credit_record'], recipients: [{ name: 'Partner Co.', role: 'entrusted' }] }),
  },
  {
    rule: 'GLBA-6802-ACCOUNT-NUMBER-MARKETING',
    why: 'card numbers to a third party for a marketing purpose vs for card issuance',
    fires: us(bank, { purpose: 'Co-branded marketing campaign', data: ['credit_card_number'], recipients: [...partner] }),
    nearMiss: us(bank, { purpose: 'Card issuance', data: ['credit_card_number'], recipients: [...partner] }),
  },
  {
    rule: 'GLBA-6802-ACCOUNT-NUMBER-MARKETING',
    why: 'account numbers sold vs a purchase history sold',
    fires: us(bank, { data: ['bank_account'], recipients: [...partner], sale_or_share: true }),
    nearMiss: us(bank, { data: ['purchase_history'], recipients: [...partner], sale_or_share: true }),
  },

  // --- FCRA -------------------------------------------------------------------------------
  {
    rule: 'FCRA-1681A-CRA-APPLIES',
    why: 'declares itself a consumer reporting agency vs no sector',
    fires: us({ us_sectors: ['consumer_reporting_agency'] }),
    nearMiss: us({ us_sectors: [] }),
  },
  {
    rule: 'FCRA-1681B-PERMISSIBLE-PURPOSE',
    why: 'uses credit records vs income',
    fires: us({}, { data: ['credit_record'] }),
    nearMiss: us({}, { data: ['income'] }),
  },
  {
    rule: 'FCRA-1681B-EMPLOYMENT-NO-WRITTEN-AUTH',
    why: 'credit records for HR without vs with written authorisation',
    fires: us({}, { legal_basis: 'hr', data: ['credit_record'] }),
    nearMiss: us({}, { legal_basis: 'hr', data: ['credit_record'], consent: { obtained: true, written: true } }),
  },
  {
    rule: 'FCRA-1681B-EMPLOYMENT-NO-WRITTEN-AUTH',
    why: 'HR vs a credit contract',
    fires: us({}, { legal_basis: 'hr', data: ['credit_record'] }),
    nearMiss: us({}, { legal_basis: 'contract', data: ['credit_record'] }),
  },

  // --- HIPAA ------------------------------------------------------------------------------
  {
    rule: 'HIPAA-160.103-PHI-APPLIES',
    why: 'covered entity with medical records vs no HIPAA sector',
    fires: us({ us_sectors: ['hipaa_covered_entity'] }, { data: ['medical_record'] }),
    nearMiss: us({ us_sectors: [] }, { data: ['medical_record'] }),
  },
  {
    rule: 'HIPAA-160.103-PHI-APPLIES',
    why: 'business associate with health data vs with contact data only',
    fires: us({ us_sectors: ['hipaa_business_associate'] }, { data: ['health_record'] }),
    nearMiss: us({ us_sectors: ['hipaa_business_associate'] }, { data: ['mobile_phone'] }),
  },
  {
    rule: 'HIPAA-164.508-DISCLOSURE-NO-AUTHORISATION',
    why: 'PHI to a third party without vs with a written authorisation',
    fires: us({ us_sectors: ['hipaa_covered_entity'] }, { data: ['health_record'], recipients: [...partner] }),
    nearMiss: us({ us_sectors: ['hipaa_covered_entity'] }, { data: ['health_record'], recipients: [...partner], consent: { obtained: true, written: true } }),
  },
  {
    rule: 'HIPAA-164.508-DISCLOSURE-NO-AUTHORISATION',
    why: 'PHI sold vs kept in house',
    fires: us({ us_sectors: ['hipaa_covered_entity'] }, { data: ['medical_record'], sale_or_share: true }),
    nearMiss: us({ us_sectors: ['hipaa_covered_entity'] }, { data: ['medical_record'] }),
  },

  // --- FERPA ------------------------------------------------------------------------------
  {
    rule: 'FERPA-99.30-DISCLOSURE-NO-CONSENT',
    why: 'school gives education records to a third party vs to an entrusted contractor',
    fires: us({ us_sectors: ['ferpa_school'] }, { data: ['education_record'], recipients: [...partner] }),
    nearMiss: us({ us_sectors: ['ferpa_school'] }, { data: ['education_record'], recipients: [{ name: 'Partner Co.', role: 'entrusted' }] }),
  },
  {
    rule: 'FERPA-99.30-DISCLOSURE-NO-CONSENT',
    why: 'without vs with prior written consent',
    fires: us({ us_sectors: ['ferpa_school'] }, { data: ['education_record'], recipients: [...partner] }),
    nearMiss: us({ us_sectors: ['ferpa_school'] }, { data: ['education_record'], recipients: [...partner], consent: { obtained: true, written: true } }),
  },
  {
    rule: 'FERPA-99.33-VENDOR-REDISCLOSURE',
    why: 'edtech vendor passes education records on without vs with written consent',
    fires: us({ us_sectors: ['edtech_vendor'] }, { data: ['education_record'], recipients: [...partner] }),
    nearMiss: us({ us_sectors: ['edtech_vendor'] }, { data: ['education_record'], recipients: [...partner], consent: { obtained: true, written: true } }),
  },
];
