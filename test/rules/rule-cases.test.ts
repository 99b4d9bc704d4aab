import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDeclaration } from '../../src/core/declaration/parse.js';
import type { CompiledPacks } from '../../src/core/rules/compile.js';
import { evaluate } from '../../src/core/rules/evaluate.js';
import { defaultRulesDir, loadCompiledPacks } from '../../src/io/rule-packs.js';
import type { RuleCase } from './support.js';

const casesDir = join(import.meta.dirname, 'cases');
const caseFiles = readdirSync(casesDir)
  .filter((f) => f.endsWith('.cases.ts'))
  .sort();
const cases: RuleCase[] = [];
for (const file of caseFiles) {
  const module = (await import(join(casesDir, file))) as { CASES: readonly RuleCase[] };
  cases.push(...module.CASES);
}

let compiled: CompiledPacks;
beforeAll(async () => {
  compiled = await loadCompiledPacks([defaultRulesDir()]);
});

function firedRules(input: unknown, c: RuleCase): string[] {
  const parsed = parseDeclaration(input);
  if (!parsed.ok) throw new Error(`case for ${c.rule} is not a valid declaration: ${JSON.stringify(parsed.issues)}`);
  const options = { asOf: c.asOf ?? '2026-11-27', ...(c.jurisdictions ? { jurisdictions: c.jurisdictions } : {}) };
  return evaluate(parsed.declaration, compiled, options).map((f) => f.rule);
}

describe('every shipped rule', () => {
  it('has at least one case that fires it and one near miss', () => {
    const covered = new Set(cases.map((c) => c.rule));
    const missing = compiled.rules.map((r) => r.id).filter((id) => !covered.has(id));
    expect(missing).toEqual([]);
  });

  it('names only rules that exist', () => {
    const ids = new Set(compiled.rules.map((r) => r.id));
    expect(cases.map((c) => c.rule).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe.each(cases.map((c) => [c.rule, c.why, c] as const))('%s (%s)', (_rule, _why, c) => {
  it('fires on the case', () => {
    expect(firedRules(c.fires, c)).toContain(c.rule);
  });
  it('does not fire on the near miss', () => {
    expect(firedRules(c.nearMiss, c)).not.toContain(c.rule);
  });
});
