import { describe, expect, it } from 'vitest';
import { parseDeclaration } from '../declaration/parse.js';
import type { Declaration } from '../declaration/schema.js';
import type { TaxonomyId } from '../taxonomy/taxonomy.js';
import { compareWithDeclaration, hasDeclarationGaps } from './against.js';

function declaration(activities: unknown[]): Declaration {
  const parsed = parseDeclaration({ processor: { name: 'Co', jurisdictions: ['CN'] }, activities });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.declaration;
}
const found = (category: TaxonomyId, n = 10) => ({ category, items: n, estimated: false, detectors: [], files: ['a.csv'] });
const DETECTABLE = new Set<TaxonomyId>(['mobile_phone', 'email', 'resident_id_number', 'bank_account']);

describe('compareWithDeclaration', () => {
  it('reports PI found in the data but declared in no activity', () => {
    const d = declaration([{ id: 'a', purpose: 'p', legal_basis: 'contract', data: ['mobile_phone'] }]);
    const r = compareWithDeclaration([found('mobile_phone'), found('email', 3)], d, DETECTABLE);
    expect(r.undeclared.map((u) => [u.category, u.items])).toEqual([['email', 3]]);
    expect(hasDeclarationGaps(r)).toBe(true);
  });

  it('reports sensitive PI declared under consent without separate consent (PIPL art. 29)', () => {
    const d = declaration([
      { id: 'kyc', purpose: 'p', legal_basis: 'consent', data: ['resident_id_number'], consent: { obtained: true, separate: false } },
      { id: 'ok', purpose: 'p', legal_basis: 'consent', data: ['resident_id_number'], consent: { obtained: true, separate: true } },
      { id: 'law', purpose: 'p', legal_basis: 'legal_duty', data: ['resident_id_number'] },
    ]);
    const r = compareWithDeclaration([found('resident_id_number')], d, DETECTABLE);
    expect(r.undeclared).toEqual([]);
    expect(r.sensitive_without_separate_consent).toEqual([{ category: 'resident_id_number', items: 10, activities: ['kyc'] }]);
    expect(r.citations.sensitive_without_separate_consent).toEqual({ law: 'PIPL', article: '29' });
  });

  it('separates declared-but-absent categories from those no detector can find', () => {
    const d = declaration([{ id: 'a', purpose: 'p', legal_basis: 'contract', data: ['mobile_phone', 'bank_account', 'health_record'] }]);
    const r = compareWithDeclaration([found('mobile_phone')], d, DETECTABLE);
    expect(r.declared_absent).toEqual(['bank_account']);
    expect(r.not_checkable).toEqual(['health_record']);
    expect(hasDeclarationGaps(r)).toBe(false);
  });
});
