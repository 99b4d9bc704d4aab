import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readsActivity, splitConjuncts } from './conjuncts.js';

describe('splitConjuncts', () => {
  it('splits top-level && and keeps nested ones', () => {
    expect(splitConjuncts('defs.big && (a && b || c) && activity.x in ["&&", \'&&\']')).toEqual(['defs.big', '(a && b || c)', 'activity.x in ["&&", \'&&\']']);
  });

  it('keeps an expression with a top-level || or ?: whole', () => {
    expect(splitConjuncts('a && b || c')).toEqual(['a && b || c']);
    expect(splitConjuncts('a && b ? c : d')).toEqual(['a && b ? c : d']);
  });

  it('joins back to an expression of the same operands', () => {
    const operand = fc.constantFrom('a', '(b || c)', 'f(x, "&&")', 'size(l) > 0', '[1, 2]');
    fc.assert(
      fc.property(fc.array(operand, { minLength: 1, maxLength: 6 }), (operands) => {
        expect(splitConjuncts(operands.join(' && '))).toEqual(operands);
      }),
    );
  });
});

describe('readsActivity', () => {
  it('sees activity and facts, not activities or strings', () => {
    expect(readsActivity('activity.legal_basis == "consent"')).toBe(true);
    expect(readsActivity('size(facts.excess_data) > 0')).toBe(true);
    expect(readsActivity('activities.exists(a, a.sale_or_share)')).toBe(false);
    expect(readsActivity('processor.app_type == "activity"')).toBe(false);
  });
});
