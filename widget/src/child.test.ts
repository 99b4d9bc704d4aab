import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ConsentActor, VPC_METHODS } from '../../src/core/consent/types.js';
import { validateConsentDecision } from '../../src/core/consent/validate-decision.js';
import type { Notice } from '../../src/core/notice/types.js';
import { actorOf, type ChildAttributes, childStateOf, parseAge } from './child.js';
import { WIDGET_SHOP } from './widget-shop.fixture.js';

const attrs = (age: string | null, guardianVerification: string | null = null, parentalMethod: string | null = null): ChildAttributes => ({
  age,
  guardianVerification,
  parentalMethod,
});

/** The API's oracle: does the core refuse a grant of every purpose from this actor for a person of this age? */
function apiRefusesGrant(notice: Notice, age: number | null, actor: ConsentActor): boolean {
  const request = { subject: 's', processorId: 'p', noticeHash: 'h', method: 'widget' as const, actor, decisions: [], all: 'grant' as const };
  return validateConsentDecision(request, { hash: 'h', purposes: notice.purposes }, { age, jurisdictions: notice.jurisdictions }).some(
    (issue) => issue.code === 'CONSENT_GUARDIAN_REQUIRED' || issue.code === 'CONSENT_PARENTAL_REQUIRED',
  );
}

describe('parseAge', () => {
  it('reads whole years and leaves an absent or empty attribute unknown', () => {
    expect(parseAge('9')).toBe(9);
    expect(parseAge(' 13 ')).toBe(13);
    expect(parseAge(null)).toBeNull();
    expect(parseAge('')).toBeNull();
  });

  it('calls anything else invalid (the API accepts 0 to 150 whole years)', () => {
    for (const value of ['nine', '9.5', '-1', '151', '1e1']) expect(parseAge(value)).toBe('invalid');
  });
});

describe('actorOf', () => {
  it('names a parent verified by a 16 CFR 312.5(b) method', () => {
    expect(actorOf(attrs('9', 'ID card checked', 'signed_form'))).toEqual({ kind: 'parent', verification: 'signed_form' });
  });

  it('names a guardian with the processor’s own verification when no valid method is given', () => {
    expect(actorOf(attrs('9', ' ID card checked ', 'a letter'))).toEqual({ kind: 'guardian', verification: 'ID card checked' });
  });

  it('is the person when the page names no adult', () => {
    expect(actorOf(attrs('9', '  '))).toEqual({ kind: 'self' });
  });
});

describe('childStateOf (a shop in CN and US-CA)', () => {
  describe('when the person is 9', () => {
    it('needs a guardian (PIPL art. 31) and verifiable parental consent (COPPA) and blocks recording without them', () => {
      expect(childStateOf(WIDGET_SHOP, attrs('9'))).toMatchObject({ age: 9, guardian: true, parental: true, blocked: true, actor: { kind: 'self' } });
    });

    it('is still blocked with only a guardian: COPPA needs a 312.5(b) method', () => {
      expect(childStateOf(WIDGET_SHOP, attrs('9', 'ID card checked')).blocked).toBe(true);
    });

    it('records as the parent verified by a 312.5(b) method, which also satisfies art. 31', () => {
      expect(childStateOf(WIDGET_SHOP, attrs('9', null, 'government_id'))).toMatchObject({
        blocked: false,
        actor: { kind: 'parent', verification: 'government_id' },
      });
    });
  });

  it('needs only a guardian for a 13-year-old (under 14 in CN, not under 13 in the US)', () => {
    expect(childStateOf(WIDGET_SHOP, attrs('13'))).toMatchObject({ guardian: true, parental: false, blocked: true });
    expect(childStateOf(WIDGET_SHOP, attrs('13', 'ID card checked'))).toMatchObject({ blocked: false, actor: { kind: 'guardian' } });
  });

  it('applies no child rule to an adult, or to a person of unknown age on a service not for children', () => {
    expect(childStateOf(WIDGET_SHOP, attrs('30'))).toMatchObject({ guardian: false, parental: false, blocked: false });
    expect(childStateOf(WIDGET_SHOP, attrs(null))).toMatchObject({ guardian: false, parental: false, blocked: false, age: null });
  });

  it('applies only the rules of the notice’s jurisdictions', () => {
    const cnOnly = { ...WIDGET_SHOP, jurisdictions: ['CN'] };
    expect(childStateOf(cnOnly, attrs('9'))).toMatchObject({ guardian: true, parental: false });
  });

  it('treats a purpose for children under 13 as reaching a child when the age is unknown', () => {
    const forChildren = { ...WIDGET_SHOP, purposes: WIDGET_SHOP.purposes.map((p) => ({ ...p, minors: 'under_13' as const })) };
    expect(childStateOf(forChildren, attrs(null))).toMatchObject({ guardian: true, parental: true, blocked: true });
  });

  it('reports an invalid age and then knows no age', () => {
    expect(childStateOf(WIDGET_SHOP, attrs('nine'))).toMatchObject({ ageInvalid: true, age: null, blocked: false });
  });

  it('blocks exactly when the API would refuse a grant from the actor it sends', () => {
    const methods = [...VPC_METHODS, 'a letter', ''];
    const jurisdictions = fc.subarray(['CN', 'CN-44', 'US', 'US-CA', 'EU'], { minLength: 1 });
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
        fc.option(fc.constantFrom('ID card checked', ' ', ''), { nil: null }),
        fc.option(fc.constantFrom(...methods), { nil: null }),
        jurisdictions,
        fc.constantFrom('none', 'possible', 'under_14', 'under_13'),
        (age, guardian, method, where, minors) => {
          const notice = { ...WIDGET_SHOP, jurisdictions: where, purposes: WIDGET_SHOP.purposes.map((p) => ({ ...p, minors })) } as Notice;
          const state = childStateOf(notice, attrs(age === null ? null : String(age), guardian, method));
          expect(state.blocked).toBe(apiRefusesGrant(notice, age, state.actor));
        },
      ),
    );
  });
});
