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

/** Per-detector facts for reports: taxonomy category, sensitivity flags, descriptions. */
export type DetectorInfo = {
  readonly category: TaxonomyId;
  /** The taxonomy flag of `category`: sensitive PI under PIPL art. 28. */
  readonly cn_sensitive: boolean;
  /** The taxonomy flag of `category`: sensitive PI under Cal. Civ. Code § 1798.140(ae). */
  readonly us_ca_sensitive: boolean;
  readonly description: { readonly zh: string; readonly en: string };
  /** The detector reports only with context (a column header or a nearby word), never on shape alone. */
  readonly needs_context: boolean;
};

export type ScannerOptions = {
  /** Detectors to run; all of DETECTOR_IDS when absent. */
  readonly detectors?: readonly DetectorId[];
  /**
   * Latest birth year a resident id may carry (GB 11643 dates after it are rejected). The core
   * reads no clock, so the caller passes it; default 2030.
   */
  readonly maxBirthYear?: number;
};

export type Scanner = {
  /** The detectors this scanner runs, in DETECTOR_IDS order. */
  readonly detectors: readonly DetectorId[];
  /** All matches in one line of text, sorted by start then detector, overlaps resolved. */
  scanLine(text: string, context: TextContext): Match[];
  /**
   * Summary mode: the same matches as `scanLine`, counted into `counts` (indexed by position in
   * DETECTOR_IDS) without allocating Match objects. Returns the number of matches.
   */
  countLine(text: string, context: TextContext, counts: Int32Array): number;
};

/**
 * The matches of the last `UnitScanner.scan`, as parallel arrays: entry `kept[k]` (k below the
 * count `scan` returned) is the k-th match in output order. Positions are indices into the
 * scanned array. Valid until the next scan; the arrays may be replaced as they grow, so read
 * them from this object each time.
 */
export type ScanMatches = {
  readonly kept: Int32Array;
  readonly detector: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly confidence: Float64Array;
};

/** The scanner the file pipeline drives: text as UTF-16 code units, no allocation per match. */
export type UnitScanner = {
  readonly detectors: readonly DetectorId[];
  readonly matches: ScanMatches;
  /** Column hints of a CSV header or JSON path (cached); 0 for free text. */
  hintsOf(column: string | null): number;
  /**
   * The UTF-16 code units the next scans read, and the same as one string (`text()[i]` is
   * `t[i]`), asked for at most once, when a context word must be looked up. `t` must not change
   * until the next `useBlock`.
   */
  useBlock(t: Uint16Array, text: () => string): void;
  /** Scans the window t[from, to) of the current block; returns how many matches `matches` holds. */
  scan(from: number, to: number, hints: number): number;
};
