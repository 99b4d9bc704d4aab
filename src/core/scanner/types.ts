import type { TaxonomyId } from '../taxonomy/taxonomy.js';

/** Detector ids are a public contract (issue 4): add, never rename. */
export const DETECTOR_IDS = [
  'CN_RESIDENT_ID',
  'CN_MOBILE',
  'CN_BANK_CARD',
  'CN_PASSPORT',
  'CN_LICENSE_PLATE',
  'EMAIL',
  'IP_ADDRESS',
  'MAC_ADDRESS',
  'IMEI',
  'GEO_COORDINATE',
  'CREDIT_CARD',
  'IBAN',
  'PHONE_NUMBER',
  'US_SSN',
  'US_ITIN',
  'US_PASSPORT',
  'US_DRIVER_LICENSE',
  'PERSON_NAME',
  'ADDRESS',
] as const;
export type DetectorId = (typeof DETECTOR_IDS)[number];

/** Where a piece of text sits: a CSV column header or JSON path gives context ("手机号", "$.user.ssn"). */
export type TextContext = {
  /** CSV header or JSON path of the value, null for free text. */
  readonly column: string | null;
};

/** One match inside one line of text. Offsets are 0-based UTF-16 code units within that line. */
export type Match = {
  readonly detector: DetectorId;
  readonly category: TaxonomyId;
  readonly start: number;
  readonly end: number;
  /** 0..1: pattern + validator + context. */
  readonly confidence: number;
};
