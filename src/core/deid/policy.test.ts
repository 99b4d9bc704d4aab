import { describe, expect, it } from 'vitest';
import { needsKey, parseDeidPolicy } from './policy.js';

describe('parseDeidPolicy', () => {
  it('accepts shorthand and full rules, with defaults', () => {
    const r = parseDeidPolicy(
      'detectors:\n  CN_MOBILE: mask\n  ADDRESS: { action: generalise }\ncolumns:\n  notes: drop\n  age: { action: generalise, to: age_band, bands: [0, 14, 18, 60] }\n',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.default).toBe('mask');
    expect(r.policy.k).toBe(5);
    expect(r.policy.detectors.CN_MOBILE).toEqual({ action: 'mask' });
    expect(needsKey(r.policy)).toBe(false);
  });

  it('reports every problem with its path', () => {
    const r = parseDeidPolicy(
      'detectors:\n  CN_MOBIL: mask\n  EMAIL: generalise\ncolumns:\n  age: { action: generalise, to: year, width: 5 }\n  b: { action: generalise, to: age_band, bands: [18, 14] }\nk: 1\n',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['FIELD_UNKNOWN', 'detectors.CN_MOBIL'],
      ['VALUE_INVALID', 'k'],
      ['VALUE_INVALID', 'detectors.EMAIL.action'],
      ['VALUE_INVALID', 'columns.age.width'],
      ['VALUE_INVALID', 'columns.b.bands'],
    ]);
    expect(r.issues[0]?.params['suggestion']).toBe('CN_MOBILE');
  });

  it('reports YAML syntax errors as INPUT_SYNTAX', () => {
    const r = parseDeidPolicy('detectors: [unclosed');
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['INPUT_SYNTAX']);
  });

  it('knows when a key is needed', () => {
    const r = parseDeidPolicy('columns: { name: pseudonymise }\n');
    expect(r.ok && needsKey(r.policy)).toBe(true);
  });
});
