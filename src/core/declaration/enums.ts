/** Enumerations of the declaration format (public contract: add values, never rename). */

/** PIPL art. 13(1) items 1-7; see docs/declaration.md for the mapping. */
export const LEGAL_BASES = ['consent', 'contract', 'hr', 'legal_duty', 'public_health', 'news', 'public_info', 'other_law'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const MINORS = ['none', 'under_14', 'under_13', 'possible'] as const;
export type Minors = (typeof MINORS)[number];

/** entrusted = PIPL art. 21, third_party = art. 23, joint = art. 20. */
export const RECIPIENT_ROLES = ['entrusted', 'third_party', 'joint'] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

/** PIPL art. 38(1): assessment, certification, standard contract; exempt under the 2024 provisions. */
export const CROSS_BORDER_MECHANISMS = ['security_assessment', 'standard_contract', 'certification', 'exempt', 'none'] as const;
export type CrossBorderMechanism = (typeof CROSS_BORDER_MECHANISMS)[number];

/** PIPL art. 51 measures and common controls. */
export const SECURITY_MEASURES = [
  'encryption',
  'access_control',
  'deidentification',
  'anonymisation',
  'audit_log',
  'staff_training',
  'incident_response_plan',
  'classification',
  'backup',
  'mfa',
  'data_localisation',
] as const;
export type SecurityMeasure = (typeof SECURITY_MEASURES)[number];

/** US sectoral regimes that decide which federal rules apply. */
export const US_SECTORS = [
  'financial_institution',
  'consumer_reporting_agency',
  'hipaa_covered_entity',
  'hipaa_business_associate',
  'ferpa_school',
  'edtech_vendor',
] as const;
export type UsSector = (typeof US_SECTORS)[number];

/** Province-level division codes of GB/T 2260 (first two digits of a region code). */
export const CN_PROVINCE_CODES = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
] as const;

export const US_STATE_CODES = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
  'PR',
  'GU',
  'VI',
] as const;

export const JURISDICTIONS = ['CN', ...CN_PROVINCE_CODES.map((c) => `CN-${c}`), 'US', ...US_STATE_CODES.map((s) => `US-${s}`)];
