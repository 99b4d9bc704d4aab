import { beforeAll, describe, expect, it } from 'vitest';
import { parseDeclaration } from '../../src/core/declaration/parse.js';
import type { DeclarationInput } from '../../src/core/declaration/schema.js';
import { type CompiledPacks, compilePacks } from '../../src/core/rules/compile.js';
import { evaluate } from '../../src/core/rules/evaluate.js';
import type { Finding } from '../../src/core/rules/finding.js';
import { type Pack, PackSchema } from '../../src/core/rules/pack-schema.js';
import { defaultRulesDir, loadCompiledPacks, loadPacks } from '../../src/io/rule-packs.js';
import { declaration } from './support.js';

type ActivityInput = NonNullable<DeclarationInput['activities']>[number];

const LOCAL = 'local-example-guangdong';
const CONVENTION = 'self-regulation-association-convention';
const AS_OF = '2026-11-27';

let shipped: CompiledPacks;
let shippedPacks: Pack[];
beforeAll(async () => {
  shipped = await loadCompiledPacks([defaultRulesDir()]);
  shippedPacks = (await loadPacks([defaultRulesDir()])).map((l) => l.pack);
});

function run(input: DeclarationInput, options: { asOf?: string; jurisdictions?: readonly string[]; compiled?: CompiledPacks } = {}): Finding[] {
  const parsed = parseDeclaration(input);
  if (!parsed.ok) throw new Error(`invalid declaration: ${JSON.stringify(parsed.issues)}`);
  const { compiled = shipped, asOf = AS_OF, jurisdictions } = options;
  return evaluate(parsed.declaration, compiled, { asOf, ...(jurisdictions ? { jurisdictions } : {}) });
}

const find = (findings: readonly Finding[], rule: string) => findings.find((f) => f.rule === rule);

describe('example local pack (CN-44) tightening PIPL rules', () => {
  // An ordinary, contract-based activity with no retention period: PIPL-19 is a warning at law.
  const noRetention = (jurisdictions: string[]) => declaration({ jurisdictions }, [{ retention: null, security: ['encryption'] }]);

  it('raises PIPL-19-NO-RETENTION-PERIOD to a violation for a processor declaring CN-44', () => {
    const finding = find(run(noRetention(['CN-44'])), 'PIPL-19-NO-RETENTION-PERIOD');
    expect(finding).toMatchObject({ severity: 'violation', layer: 'local', tightened_by: [LOCAL], jurisdiction: 'CN', pack: 'cn-pipl' });
    expect(finding?.citation).toMatchObject({ law: 'LOCAL', article: '5' });
    expect(finding?.citation.document?.en).toMatch(/illustrative/i);
  });

  it('leaves the same declaration in CN only at the law layer with its original severity', () => {
    const finding = find(run(noRetention(['CN'])), 'PIPL-19-NO-RETENTION-PERIOD');
    expect(finding).toMatchObject({ severity: 'warning', layer: 'law', tightened_by: [], citation: { law: 'PIPL', article: '19' } });
  });

  it('does not tighten for another province or when CN-44 is not among the jurisdictions checked', () => {
    expect(find(run(noRetention(['CN-11'])), 'PIPL-19-NO-RETENTION-PERIOD')).toMatchObject({ severity: 'warning', layer: 'law', tightened_by: [] });
    expect(find(run(noRetention(['CN-44']), { jurisdictions: ['CN'] }), 'PIPL-19-NO-RETENTION-PERIOD')).toMatchObject({
      severity: 'warning',
      layer: 'law',
    });
  });

  it("tightens only from the local document's effective date", () => {
    expect(find(run(noRetention(['CN-44']), { asOf: '2025-12-31' }), 'PIPL-19-NO-RETENTION-PERIOD')).toMatchObject({
      severity: 'warning',
      layer: 'law',
      tightened_by: [],
    });
    expect(find(run(noRetention(['CN-44']), { asOf: '2026-01-01' }), 'PIPL-19-NO-RETENTION-PERIOD')).toMatchObject({ severity: 'violation', layer: 'local' });
  });

  it('widens PIPL-55-PIPIA-MISSING (also_when) to every activity of a CN-44 processor with 100,000+ individuals', () => {
    // No art. 55 trigger: ordinary data, no recipients, no automated decisions, nothing abroad.
    const big = (jurisdictions: string[], individuals_count: number) =>
      declaration({ jurisdictions, individuals_count }, [{ retention: 'P1Y', security: ['encryption'] }]);
    const widened = find(run(big(['CN-44'], 100_000)), 'PIPL-55-PIPIA-MISSING');
    expect(widened).toMatchObject({ severity: 'violation', layer: 'local', tightened_by: [LOCAL], citation: { law: 'LOCAL', article: '6' } });
    expect(widened?.message.en).toContain('100,000 or more individuals');
    expect(find(run(big(['CN'], 100_000)), 'PIPL-55-PIPIA-MISSING')).toBeUndefined();
    expect(find(run(big(['CN-44'], 99_999)), 'PIPL-55-PIPIA-MISSING')).toBeUndefined();
  });

  it('keeps the base PIPL-55 condition everywhere', () => {
    const sensitive = (jurisdictions: string[]) => declaration({ jurisdictions }, [{ data: ['health_record'], retention: 'P1Y' }]);
    expect(find(run(sensitive(['CN'])), 'PIPL-55-PIPIA-MISSING')).toMatchObject({ severity: 'violation', layer: 'law', tightened_by: [] });
    expect(find(run(sensitive(['CN-44'])), 'PIPL-55-PIPIA-MISSING')).toMatchObject({ severity: 'violation', layer: 'local', tightened_by: [LOCAL] });
  });
});

describe('self-regulatory convention (CN) tightening a PIPL rule', () => {
  const entrusted = (jurisdictions: string[]) => declaration({ jurisdictions }, [{ retention: 'P1Y', recipients: [{ name: 'Cloud Co.', role: 'entrusted' }] }]);

  it('raises PIPL-21-ENTRUSTED-NO-CONTRACT to a violation for any processor in China', () => {
    for (const j of [['CN'], ['CN-44'], ['CN-31']]) {
      const finding = find(run(entrusted(j)), 'PIPL-21-ENTRUSTED-NO-CONTRACT');
      expect(finding).toMatchObject({ severity: 'violation', layer: 'self_regulation', tightened_by: [CONVENTION] });
      expect(finding?.citation).toMatchObject({ law: 'SELF_REGULATION', article: '7' });
    }
  });

  it('leaves the law-layer warning before the convention is in force', () => {
    expect(find(run(entrusted(['CN']), { asOf: '2025-12-31' }), 'PIPL-21-ENTRUSTED-NO-CONTRACT')).toMatchObject({
      severity: 'warning',
      layer: 'law',
      tightened_by: [],
    });
  });
});

describe('compiling tightenings', () => {
  const localized = (text: string) => ({ en: text, zh: text });
  const lawPack = PackSchema.parse({
    pack: { id: 'test-law', version: '1', title: localized('Test law'), jurisdiction: 'CN', layer: 'law', effective_from: '2021-01-01' },
    rules: [
      {
        id: 'TEST-1-BASE',
        title: localized('Base'),
        message: localized('Base fired'),
        citation: { law: 'PIPL', article: '1' },
        severity: 'violation',
        scope: 'processor',
        condition: 'true',
        remedy: localized('Fix it'),
      },
    ],
  });
  const localPack = (tighten: unknown[]) =>
    PackSchema.parse({
      pack: { id: 'test-local', version: '1', title: localized('Test local'), jurisdiction: 'CN-44', layer: 'local', effective_from: '2021-01-01' },
      tighten,
    });
  const codes = (packs: Pack[]) => {
    const result = compilePacks(packs);
    return result.ok ? [] : result.issues.map((i) => i.code);
  };

  it('accepts a tightening that keeps or raises the severity', () => {
    expect(codes([lawPack, localPack([{ rule: 'TEST-1-BASE', severity: 'violation' }])])).toEqual([]);
  });

  it('rejects a tightening that lowers the severity (RULE_TIGHTEN_LOOSENS)', () => {
    expect(codes([lawPack, localPack([{ rule: 'TEST-1-BASE', severity: 'warning' }])])).toEqual(['RULE_TIGHTEN_LOOSENS']);
    expect(codes([lawPack, localPack([{ rule: 'TEST-1-BASE', severity: 'info' }])])).toEqual(['RULE_TIGHTEN_LOOSENS']);
  });

  it('rejects loosening a shipped PIPL violation next to the shipped packs', () => {
    const loosen = localPack([{ rule: 'PIPL-55-PIPIA-MISSING', severity: 'warning' }]);
    expect(codes([...shippedPacks, loosen])).toEqual(['RULE_TIGHTEN_LOOSENS']);
  });

  it('rejects tightening an unknown rule id (RULE_TIGHTEN_UNKNOWN)', () => {
    expect(codes([lawPack, localPack([{ rule: 'TEST-99-NO-SUCH-RULE', severity: 'violation' }])])).toEqual(['RULE_TIGHTEN_UNKNOWN']);
  });

  it('rejects tightening a rule of the same layer (RULE_TIGHTEN_UNKNOWN: no lower layer defines it)', () => {
    const otherLaw = PackSchema.parse({
      pack: { id: 'test-law-2', version: '1', title: localized('Other law'), jurisdiction: 'CN', layer: 'law', effective_from: '2021-01-01' },
      tighten: [{ rule: 'TEST-1-BASE', severity: 'violation' }],
    });
    expect(codes([lawPack, otherLaw])).toEqual(['RULE_TIGHTEN_UNKNOWN']);
  });

  it('applies an in-memory tightening only where its jurisdiction is declared', () => {
    const warningLaw = PackSchema.parse({ ...lawPack, rules: lawPack.rules.map((r) => ({ ...r, severity: 'warning' })) });
    const result = compilePacks([warningLaw, localPack([{ rule: 'TEST-1-BASE', severity: 'violation' }])]);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const at = (jurisdictions: string[]) => find(run(declaration({ jurisdictions }), { compiled: result.compiled }), 'TEST-1-BASE');
    expect(at(['CN-44'])).toMatchObject({ severity: 'violation', layer: 'local', tightened_by: ['test-local'] });
    expect(at(['CN'])).toMatchObject({ severity: 'warning', layer: 'law', tightened_by: [] });
  });
});

describe('--as-of', () => {
  const ca = (activity: Partial<ActivityInput>) =>
    declaration({ jurisdictions: ['US-CA'], annual_revenue_usd: 30_000_000, privacy_policy_published: true }, [activity]);
  const fired = (input: DeclarationInput, asOf: string) => run(input, { asOf }).map((f) => f.rule);

  it('a CCPA rule effective 2023-01-01 does not fire on 2022-12-31 and fires on 2023-01-01', () => {
    const input = ca({ retention: null });
    expect(fired(input, '2022-12-31')).not.toContain('CCPA-1798.100-RETENTION-NOT-DISCLOSED');
    expect(fired(input, '2023-01-01')).toContain('CCPA-1798.100-RETENTION-NOT-DISCLOSED');
  });

  it('the pack-level CCPA rules are in force from 2020-01-01', () => {
    const input = ca({ sale_or_share: true, retention: 'P1Y' });
    expect(fired(input, '2019-12-31')).not.toContain('CCPA-1798.120-SALE-NO-OPT-OUT');
    expect(fired(input, '2020-01-01')).toContain('CCPA-1798.120-SALE-NO-OPT-OUT');
  });

  it('the opt-out preference signal duty (11 CCR 7025) starts on 2023-03-29', () => {
    const input = ca({ sale_or_share: true, opt_out_offered: true, retention: 'P1Y' });
    expect(fired(input, '2023-03-28')).not.toContain('CCPA-REGS-7025-OPT-OUT-SIGNAL-IGNORED');
    expect(fired(input, '2023-03-29')).toContain('CCPA-REGS-7025-OPT-OUT-SIGNAL-IGNORED');
  });

  it("COPPA 312.10 becomes the written-retention-policy duty on the 2025 amendments' compliance date", () => {
    const input = declaration({ jurisdictions: ['US'] }, [{ minors: 'under_13', consent: { guardian: true }, retention: null }]);
    expect(fired(input, '2026-04-21')).toContain('COPPA-312.10-RETENTION-NOT-LIMITED');
    expect(fired(input, '2026-04-21')).not.toContain('COPPA-312.10-NO-RETENTION-POLICY');
    expect(fired(input, '2026-04-22')).toContain('COPPA-312.10-NO-RETENTION-POLICY');
    expect(fired(input, '2026-04-22')).not.toContain('COPPA-312.10-RETENTION-NOT-LIMITED');
  });

  it('the CCPA revenue threshold follows the date: USD 26,000,000 is a business in 2024, not in 2025', () => {
    const input = declaration({ jurisdictions: ['US-CA'], annual_revenue_usd: 26_000_000 }, [{ sale_or_share: true }]);
    expect(fired(input, '2024-12-31')).toContain('CCPA-1798.140-BUSINESS-APPLIES');
    expect(fired(input, '2025-01-01')).not.toContain('CCPA-1798.140-BUSINESS-APPLIES');
    expect(fired(input, '2025-01-01')).not.toContain('CCPA-1798.120-SALE-NO-OPT-OUT');
  });
});
