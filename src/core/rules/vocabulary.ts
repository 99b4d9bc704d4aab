/** Law codes used in citations: the first fourteen are the public contract of `pisa check`. */
export const LAW_CODES = [
  'PIPL',
  'CIVIL_CODE',
  'CRIMINAL_LAW',
  'CAC_NECESSARY_PI_2021',
  'CAC_APP_METHOD_2019',
  'NDSMR_2024',
  'CAC_AUDIT_2025',
  'GB_T_35273',
  'CCPA',
  'COPPA',
  'GLBA',
  'FERPA',
  'FCRA',
  'HIPAA',
  // Extensions (added, never renamed):
  'CCPA_REGS', // 11 CCR § 7000 ff.: article = CCR section, e.g. "7025"
  'CAC_CHILDREN_2019',
  'CAC_CROSS_BORDER_2024',
  'GB_T_39335',
  'LOCAL', // a local normative document: citation.document names it
  'SELF_REGULATION', // the Association's self-regulatory convention: citation.document names it
] as const;
export type LawCode = (typeof LAW_CODES)[number];

/** Where a rule comes from, as the law itself is layered. */
export const LAYERS = ['law', 'regulation', 'standard', 'local', 'self_regulation'] as const;
export type Layer = (typeof LAYERS)[number];

export const SEVERITIES = ['info', 'warning', 'violation'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);
export const layerRank = (l: Layer): number => LAYERS.indexOf(l);
