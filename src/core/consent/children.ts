import type { Purpose } from '../notice/types.js';
import { appliesIn } from '../rules/jurisdiction.js';
import { type ConsentActor, type SubjectContext, VPC_METHODS } from './types.js';

/** PIPL art. 31 and the CAC children's provisions art. 2: a child is under 14. */
export const CN_CHILD_AGE = 14;
/** COPPA, 16 CFR 312.2: a child is under 13. */
export const US_CHILD_AGE = 13;

/**
 * Which adult must decide for this person and purpose. With a known age the age decides; with no
 * age, a purpose declared for children (`minors`) is taken to reach children. A mixed audience
 * (`possible`) must ask the age first: without it no child rule can be applied.
 */
export function childRules(purpose: Purpose, subject: SubjectContext): { guardian: boolean; parental: boolean } {
  const age = subject.age;
  const cnChild = age !== null ? age < CN_CHILD_AGE : purpose.minors === 'under_14' || purpose.minors === 'under_13';
  const usChild = age !== null ? age < US_CHILD_AGE : purpose.minors === 'under_13';
  return { guardian: cnChild && appliesIn('CN', subject.jurisdictions), parental: usChild && appliesIn('US', subject.jurisdictions) };
}

/** A parent or other guardian, with the way they were verified recorded (PIPL art. 31). */
export const isGuardian = (actor: ConsentActor): boolean => actor.kind !== 'self' && actor.verification.trim() !== '';

/** Verifiable parental consent: a parent or legal guardian (16 CFR 312.2 "parent") verified by a 312.5(b) method. */
export const isVerifiedParent = (actor: ConsentActor): boolean => actor.kind !== 'self' && (VPC_METHODS as readonly string[]).includes(actor.verification);
