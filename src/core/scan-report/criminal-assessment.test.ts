import { describe, expect, it } from 'vitest';
import type { TaxonomyId } from '../taxonomy/taxonomy.js';
import { assessCriminalThresholds } from './criminal-assessment.js';

const items = (category: TaxonomyId, n: number) => ({ category, items: n, estimated: false, detectors: [], files: [] });

describe('assessCriminalThresholds', () => {
  it('cites Criminal Law art. 253-1 and the 2017 interpretation art. 5', () => {
    const a = assessCriminalThresholds([]);
    expect(a.citations[0]).toEqual({ law: 'CRIMINAL_LAW', article: '253-1' });
    expect(a.citations[1]).toMatchObject({ law: 'CRIMINAL_LAW', article: '5' });
    expect(a.serious).toBe(false);
  });

  it.each([
    ['49 bank cards', [items('bank_account', 49)], false, false],
    ['50 bank cards (class 50)', [items('bank_account', 50)], true, false],
    ['499 health records', [items('health_record', 499)], false, false],
    ['500 health records (class 500)', [items('health_record', 500)], true, false],
    ['5,000 phone numbers (class 5,000)', [items('mobile_phone', 5000)], true, false],
    ['25 locations + 250 payments: 0.5 + 0.5 (proportional sum)', [items('precise_location', 25), items('payment_record', 250)], true, false],
    ['25 locations + 2,000 phones: 0.5 + 0.4', [items('precise_location', 25), items('mobile_phone', 2000)], false, false],
    ['500 bank cards (ten times)', [items('bank_account', 500)], true, true],
    ['300 cards + 20,000 phones: 6 + 4 (ten times, in proportion)', [items('credit_card_number', 300), items('mobile_phone', 20_000)], true, true],
  ])('%s', (_, categories, serious, especially) => {
    const a = assessCriminalThresholds(categories);
    expect(a.serious).toBe(serious);
    expect(a.especially_serious).toBe(especially);
  });

  it('adds categories of the same class together', () => {
    const a = assessCriminalThresholds([items('email', 3000), items('mobile_phone', 2000)]);
    expect(a.classes.find((c) => c.threshold === 5000)).toMatchObject({ items: 5000, ratio: 1, categories: ['email', 'mobile_phone'] });
    expect(a.serious).toBe(true);
  });
});
