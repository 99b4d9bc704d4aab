import type { DetectorId } from '../types.js';

/**
 * Position of each detector in DETECTOR_IDS, as constants for the hot loop (typed arrays are
 * indexed by it). A test checks that the two agree.
 */
export const D = {
  CN_RESIDENT_ID: 0,
  CN_MOBILE: 1,
  CN_BANK_CARD: 2,
  CN_PASSPORT: 3,
  CN_LICENSE_PLATE: 4,
  EMAIL: 5,
  IP_ADDRESS: 6,
  MAC_ADDRESS: 7,
  IMEI: 8,
  GEO_COORDINATE: 9,
  CREDIT_CARD: 10,
  IBAN: 11,
  PHONE_NUMBER: 12,
  US_SSN: 13,
  US_ITIN: 14,
  US_PASSPORT: 15,
  US_DRIVER_LICENSE: 16,
  PERSON_NAME: 17,
  ADDRESS: 18,
} as const satisfies Record<DetectorId, number>;

export const DETECTOR_COUNT = 19;
