import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validDeclarationArb } from '../../../test/support/arbitraries.js';
import { parseDeclarationText } from './from-text.js';
import { parseDeclaration } from './parse.js';

const minimal = { processor: { name: 'Co', jurisdictions: ['CN'] }, activities: [{ id: 'a', purpose: 'p', legal_basis: 'contract', data: ['email'] }] };

describe('parseDeclaration', () => {
  describe('when only the required fields are given', () => {
    it('fills every documented default', () => {
      const result = parseDeclaration(minimal);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const [activity] = result.declaration.activities;
      expect(result.declaration.processor).toMatchObject({
        app_type: null,
        individuals_count: 0,
        large_platform: false,
        last_compliance_audit: null,
        us_sectors: [],
      });
      expect(activity).toMatchObject({ necessary: false, minors: 'none', recipients: [], cross_border: null, retention: null, security: [] });
      expect(activity?.consent).toEqual({ obtained: false, separate: false, guardian: false, withdrawable: false, written: false });
    });
  });

  describe('when several things are wrong', () => {
    const bad = {
      processor: { name: 'Co', jurisdictions: ['CN', 'US-XX'], app_type: 'online_shoping', extra: 1 },
      activities: [
        { id: 'a', purpose: 'p', data: ['mobil_phone', 'email'], retention: '3 years' },
        { id: 'a', purpose: 'p', legal_basis: 'consnt', data: ['email'] },
      ],
    };
    const result = parseDeclaration(bad);
    const issues = result.ok ? [] : result.issues;
    const at = (path: string) => issues.find((i) => i.path.join('.') === path);

    it('reports every issue at once, each with its path', () => {
      expect(issues.map((i) => `${i.code}@${i.path.join('.')}`).sort()).toEqual(
        [
          'APP_TYPE_UNKNOWN@processor.app_type',
          'DURATION_INVALID@activities.0.retention',
          'FIELD_REQUIRED@activities.0.legal_basis',
          'FIELD_UNKNOWN@processor.extra',
          'JURISDICTION_UNKNOWN@processor.jurisdictions.1',
          'LEGAL_BASIS_UNKNOWN@activities.1.legal_basis',
          'TAXONOMY_UNKNOWN_ID@activities.0.data.0',
        ].sort(),
      );
    });

    it('suggests the near miss', () => {
      expect(at('activities.0.data.0')?.params['suggestion']).toBe('mobile_phone');
      expect(at('processor.app_type')?.params['suggestion']).toBe('online_shopping');
      expect(at('activities.1.legal_basis')?.params['suggestion']).toBe('consent');
    });
  });

  it('rejects duplicate activity ids once the rest is valid', () => {
    const dup = { ...minimal, activities: [minimal.activities[0], minimal.activities[0]] };
    const result = parseDeclaration(dup);
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['ACTIVITY_ID_DUPLICATE']);
  });

  it('accepts every generated valid declaration', () => {
    fc.assert(
      fc.property(validDeclarationArb, (input) => {
        expect(parseDeclaration(input).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('gives a path for every issue of a declaration with one field broken', () => {
    fc.assert(
      fc.property(validDeclarationArb, fc.constantFrom('name', 'jurisdictions', 'unknown_field'), (input, breakField) => {
        const broken = { ...input, processor: { ...input.processor } } as Record<string, unknown> & { processor: Record<string, unknown> };
        if (breakField === 'unknown_field') broken.processor['unknown_field'] = true;
        else delete broken.processor[breakField];
        const result = parseDeclaration(broken);
        expect(result.ok).toBe(false);
        if (!result.ok) for (const issue of result.issues) expect(issue.path[0]).toBe('processor');
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseDeclarationText', () => {
  it('reads YAML and JSON alike', () => {
    const yaml = 'processor: {name: Co, jurisdictions: [CN]}\nactivities:\n  - {id: a, purpose: p, legal_basis: contract, data: [email]}\n';
    expect(parseDeclarationText(yaml).ok).toBe(true);
    expect(parseDeclarationText(JSON.stringify(minimal)).ok).toBe(true);
  });

  it('keeps a YAML date a string, not a Date', () => {
    const result = parseDeclarationText('processor: {name: Co, jurisdictions: [CN], last_compliance_audit: 2025-06-30}\n');
    expect(result.ok && result.declaration.processor.last_compliance_audit).toBe('2025-06-30');
  });

  it('reports a syntax error as INPUT_SYNTAX', () => {
    const result = parseDeclarationText('processor: {name: [unclosed\n');
    expect(result.ok ? null : result.issues[0]?.code).toBe('INPUT_SYNTAX');
  });
});
