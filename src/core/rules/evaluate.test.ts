import { describe, expect, it } from 'vitest';
import { parseDeclaration } from '../declaration/parse.js';
import type { Declaration, DeclarationInput } from '../declaration/schema.js';
import { type CompiledPacks, compilePacks } from './compile.js';
import { evaluate } from './evaluate.js';
import { type Pack, PackSchema } from './pack-schema.js';

const text = (en: string) => ({ en, zh: `中文：${en}` });

function pack(overrides: Record<string, unknown>, rules: unknown[], tighten: unknown[] = []): Pack {
  return PackSchema.parse({
    pack: { id: 'base', version: '1', title: text('P'), jurisdiction: 'CN', layer: 'law', effective_from: '2021-11-01', ...overrides },
    rules,
    tighten,
  });
}

const rule = (id: string, condition: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: text(id),
  message: text(`{activity} of {processor}: {items}`),
  citation: { law: 'PIPL', article: '29' },
  severity: 'warning',
  scope: 'activity',
  condition,
  remedy: text('fix it'),
  ...extra,
});

function compiled(...packs: Pack[]): CompiledPacks {
  const result = compilePacks(packs);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.compiled;
}

function decl(input: Partial<DeclarationInput['processor']>, activities: DeclarationInput['activities'] = []): Declaration {
  const result = parseDeclaration({ processor: { name: 'Co', jurisdictions: ['CN'], ...input }, activities });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.declaration;
}

const activity = (id: string, data: string[]) => ({ id, purpose: 'p', legal_basis: 'consent' as const, data });
const SENSITIVE = rule('R-SENSITIVE', 'size(facts.cn_sensitive_data) > 0', { params: { items: 'facts.cn_sensitive_data' } });

describe('evaluate', () => {
  it('fires per activity and fills placeholders in both languages', () => {
    const findings = evaluate(decl({}, [activity('b', ['fingerprint', 'email']), activity('a', ['email'])]), compiled(pack({}, [SENSITIVE])), {
      asOf: '2026-01-01',
    });
    expect(findings.map((f) => [f.rule, f.activity])).toEqual([['R-SENSITIVE', 'b']]);
    expect(findings[0]?.message).toEqual({ en: 'b of Co: fingerprint', zh: '中文：b of Co: fingerprint' });
  });

  it('treats all PI of children under 14 as sensitive (PIPL art. 28)', () => {
    const d = decl({}, [{ ...activity('kids', ['email']), minors: 'under_14' }]);
    expect(evaluate(d, compiled(pack({}, [SENSITIVE])), { asOf: '2026-01-01' }).map((f) => f.activity)).toEqual(['kids']);
  });

  describe('--as-of', () => {
    const c = compiled(pack({}, [SENSITIVE, rule('R-LATER', 'true', { effective_from: '2025-01-01', effective_until: '2026-01-01' })]));
    const d = decl({}, [activity('a', ['fingerprint'])]);
    it('applies nothing before the pack is in force', () => {
      expect(evaluate(d, c, { asOf: '2021-10-31' })).toEqual([]);
    });
    it('applies a rule from its first day up to, not including, its last', () => {
      expect(evaluate(d, c, { asOf: '2025-01-01' }).map((f) => f.rule)).toEqual(['R-LATER', 'R-SENSITIVE']);
      expect(evaluate(d, c, { asOf: '2026-01-01' }).map((f) => f.rule)).toEqual(['R-SENSITIVE']);
    });
  });

  describe('jurisdictions', () => {
    const c = compiled(pack({}, [rule('R-CN', 'true')]), pack({ id: 'ca', jurisdiction: 'US-CA' }, [rule('R-CA', 'true')]));
    const d = decl({ jurisdictions: ['CN-44', 'US-NY'] }, [activity('a', ['email'])]);
    it('applies a national pack wherever a province is named, a state pack only where named', () => {
      expect(evaluate(d, c, { asOf: '2026-01-01' }).map((f) => f.rule)).toEqual(['R-CN']);
    });
    it('lets the caller choose the jurisdictions', () => {
      expect(evaluate(d, c, { asOf: '2026-01-01', jurisdictions: ['US-CA'] }).map((f) => f.rule)).toEqual(['R-CA']);
    });
  });

  describe('layering', () => {
    const local = pack(
      { id: 'gd', jurisdiction: 'CN-44', layer: 'local' },
      [],
      [{ rule: 'R-SENSITIVE', severity: 'violation', also_when: '"email" in activity.data' }],
    );
    const c = compiled(pack({}, [SENSITIVE]), local);
    const d = (jurisdictions: string[]) => decl({ jurisdictions }, [activity('a', ['email'])]);
    it('tightens only where the local pack applies', () => {
      expect(evaluate(d(['CN']), c, { asOf: '2026-01-01' })).toEqual([]);
      const [finding] = evaluate(d(['CN-44']), c, { asOf: '2026-01-01' });
      expect(finding).toMatchObject({ rule: 'R-SENSITIVE', severity: 'violation', layer: 'local', tightened_by: ['gd'] });
    });
    it('stops tightening once the local document is repealed', () => {
      const repealed = pack(
        { id: 'gd', jurisdiction: 'CN-44', layer: 'local', effective_until: '2024-01-01' },
        [],
        [{ rule: 'R-SENSITIVE', severity: 'violation', also_when: '"email" in activity.data' }],
      );
      expect(evaluate(d(['CN-44']), compiled(pack({}, [SENSITIVE]), repealed), { asOf: '2023-12-31' })).toHaveLength(1);
      expect(evaluate(d(['CN-44']), compiled(pack({}, [SENSITIVE]), repealed), { asOf: '2024-01-01' })).toEqual([]);
    });
    it('refuses a tightening that lowers severity', () => {
      const loosen = pack({ id: 'gd', layer: 'local' }, [], [{ rule: 'R-SENSITIVE', severity: 'info' }]);
      const result = compilePacks([pack({}, [SENSITIVE]), loosen]);
      expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['RULE_TIGHTEN_LOOSENS']);
    });
    it('refuses to tighten a rule no lower layer has', () => {
      const result = compilePacks([pack({ id: 'gd', layer: 'local' }, [], [{ rule: 'R-NOPE', severity: 'violation' }])]);
      expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['RULE_TIGHTEN_UNKNOWN']);
    });
  });

  it('reports every malformed condition at compile time', () => {
    const result = compilePacks([pack({}, [rule('R-BAD', 'activity.data +'), rule('R-TYPO', 'nosuchvar == 1')])]);
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.params['rule']])).toEqual([
      ['RULE_CONDITION_INVALID', 'R-BAD'],
      ['RULE_CONDITION_INVALID', 'R-TYPO'],
    ]);
  });

  it('refuses the same definition name in two packs', () => {
    const withDef = (id: string) =>
      PackSchema.parse({
        pack: { id, version: '1', title: text('P'), jurisdiction: 'CN', layer: 'law', effective_from: '2021-11-01' },
        definitions: { big: 'true' },
      });
    const result = compilePacks([withDef('one'), withDef('two')]);
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['RULE_DEFINITION_DUPLICATE']);
  });

  it('refuses the same rule id in two packs', () => {
    const result = compilePacks([pack({}, [SENSITIVE]), pack({ id: 'other' }, [SENSITIVE])]);
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['RULE_ID_DUPLICATE']);
  });

  it('evaluates processor-scope rules once, with definitions', () => {
    const p = PackSchema.parse({
      pack: { id: 'base', version: '1', title: text('P'), jurisdiction: 'CN', layer: 'law', effective_from: '2021-11-01' },
      definitions: { big: 'processor.individuals_count >= 1000000' },
      rules: [rule('R-OFFICER', 'defs.big && !processor.officer_appointed', { scope: 'processor', message: text('{processor}') })],
    });
    expect(evaluate(decl({ individuals_count: 2_000_000 }, [activity('a', ['email'])]), compiled(p), { asOf: '2026-01-01' })).toMatchObject([
      { rule: 'R-OFFICER', activity: null },
    ]);
    expect(evaluate(decl({ individuals_count: 999_999 }), compiled(p), { asOf: '2026-01-01' })).toEqual([]);
  });
});
