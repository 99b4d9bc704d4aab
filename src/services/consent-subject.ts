import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { PisaError } from '../core/errors/pisa-error.js';

// Processors name the individual by their own pseudonymous id (never an e-mail address, phone
// number or ID number: the receipt and the processor's API calls carry it). PISA stores only a
// hash of it, scoped to the processor, so one person's ids at two processors cannot be joined.

const SUBJECT = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const LONG_DIGIT_RUN = /\d{11,}/;

/** The subject of a signed-in PISA account: its (random, PI-free) account id. */
export const accountSubject = (accountId: string): string => `pisa:${accountId}`;

/** `accountSubject`'s form: a random UUID, whose last group may be twelve digits by chance. */
const ACCOUNT_SUBJECT = /^pisa:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Refuses ids that are malformed or look like personal information (11+ digits in a row: a phone
 * or ID number). A PISA account's subject is a random UUID and is taken as it is: about one
 * account in 130 has 11-12 digits in a row in its last group, and was refused consent in the portal.
 */
export function checkSubject(subject: string): string {
  if (ACCOUNT_SUBJECT.test(subject)) return subject;
  if (!SUBJECT.test(subject) || LONG_DIGIT_RUN.test(subject)) throw new PisaError('CONSENT_SUBJECT_INVALID', { value: subject.slice(0, 32) });
  return subject;
}

/** What the consent tables store instead of the subject id. */
export function subjectIndex(processorId: string, subject: string): string {
  return bytesToHex(sha256(utf8ToBytes(`pisa-subject/1\0${processorId}\0${subject}`)));
}
