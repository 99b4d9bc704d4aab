import { childRules, isGuardian, isVerifiedParent } from '../../src/core/consent/children.js';
import { type ConsentActor, VPC_METHODS } from '../../src/core/consent/types.js';
import type { Notice } from '../../src/core/notice/types.js';

// Children: who must decide, from what the processor's page knows (the `subject-age`,
// `guardian-verification` and `parental-method` attributes), with the core's own rules, so the
// widget asks for an adult exactly when the API would refuse the child's grant.

/** The three attributes as the page set them (null: absent). */
export type ChildAttributes = {
  readonly age: string | null;
  readonly guardianVerification: string | null;
  readonly parentalMethod: string | null;
};

/**
 * Who decides and whether the widget may record. `guardian`: PIPL art. 31 applies (under 14 in
 * CN); `parental`: COPPA applies (under 13 in the US, 16 CFR 312.5). `blocked`: a rule applies
 * and the page has not named the verified adult it needs. `ageInvalid`: `subject-age` is not a
 * whole number of years.
 */
export type ChildState = {
  readonly age: number | null;
  readonly ageInvalid: boolean;
  readonly guardian: boolean;
  readonly parental: boolean;
  readonly actor: ConsentActor;
  readonly blocked: boolean;
};

/** `subject-age` as whole years (0–150, as the API accepts it); null when absent, `invalid` otherwise. */
export function parseAge(value: string | null): number | null | 'invalid' {
  const text = (value ?? '').trim();
  if (text === '') return null;
  if (!/^\d{1,3}$/.test(text)) return 'invalid';
  const age = Number(text);
  return age <= 150 ? age : 'invalid';
}

/**
 * The adult the page says it verified: a parent by a 16 CFR 312.5(b) method (which also
 * satisfies PIPL art. 31), else a guardian with the processor's own verification, else the person.
 */
export function actorOf(attributes: ChildAttributes): ConsentActor {
  const method = (attributes.parentalMethod ?? '').trim();
  if ((VPC_METHODS as readonly string[]).includes(method)) return { kind: 'parent', verification: method };
  const verification = (attributes.guardianVerification ?? '').trim().slice(0, 100);
  return verification === '' ? { kind: 'self' } : { kind: 'guardian', verification };
}

/** The child rules for this notice and person: over every purpose the widget asks about. */
export function childStateOf(notice: Pick<Notice, 'purposes' | 'jurisdictions'>, attributes: ChildAttributes): ChildState {
  const parsed = parseAge(attributes.age);
  const age = parsed === 'invalid' ? null : parsed;
  const subject = { age, jurisdictions: notice.jurisdictions };
  const rules = notice.purposes.filter((p) => p.consent_required || p.separate.length > 0).map((p) => childRules(p, subject));
  const guardian = rules.some((r) => r.guardian);
  const parental = rules.some((r) => r.parental);
  const actor = actorOf(attributes);
  const blocked = (guardian && !isGuardian(actor)) || (parental && !isVerifiedParent(actor));
  return { age, ageInvalid: parsed === 'invalid', guardian, parental, actor, blocked };
}
