import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDeclaration } from '../../src/core/declaration/parse.js';
import type { Declaration } from '../../src/core/declaration/schema.js';
import type { CompiledPacks } from '../../src/core/rules/compile.js';
import { evaluate } from '../../src/core/rules/evaluate.js';
import { defaultRulesDir, loadCompiledPacks } from '../../src/io/rule-packs.js';
import { validDeclarationArb } from '../support/arbitraries.js';

let compiled: CompiledPacks;
beforeAll(async () => {
  compiled = await loadCompiledPacks([defaultRulesDir()]);
});

const parsed = (input: unknown): Declaration => {
  const result = parseDeclaration(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.declaration;
};
const asOf = fc.constantFrom('2019-01-01', '2021-11-01', '2023-06-30', '2025-05-01', '2026-11-27');

describe('evaluating the shipped packs', () => {
  it('never throws on a valid declaration, on any date, and fills every placeholder', () => {
    // Free text may itself contain braces; take them out so a left-over {placeholder} shows.
    const noBraces = (value: unknown): unknown =>
      typeof value === 'string'
        ? value.replace(/[{}]/g, '_')
        : Array.isArray(value)
          ? value.map(noBraces)
          : value !== null && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, noBraces(v)]))
            : value;
    fc.assert(
      fc.property(validDeclarationArb, asOf, (input, date) => {
        for (const f of evaluate(parsed(noBraces(input)), compiled, { asOf: date })) {
          expect(f.message.en).not.toMatch(/\{\w+\}/);
          expect(f.message.zh).not.toMatch(/\{\w+\}/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same findings whatever the order of the activities', () => {
    fc.assert(
      fc.property(validDeclarationArb, fc.integer(), (input, seed) => {
        const declaration = parsed(input);
        const shuffled = {
          ...declaration,
          activities: [...declaration.activities].sort((a, b) => ((a.id.charCodeAt(4) * seed) % 7) - ((b.id.charCodeAt(4) * seed) % 7)),
        };
        expect(evaluate(shuffled, compiled, { asOf: '2026-11-27' })).toEqual(evaluate(declaration, compiled, { asOf: '2026-11-27' }));
      }),
      { numRuns: 150 },
    );
  });

  it('agrees with the unsplit condition: hoisting processor-only operands changes nothing', () => {
    fc.assert(
      fc.property(validDeclarationArb, (input) => {
        const declaration = parsed(input);
        const unsplit: CompiledPacks = { ...compiled, rules: compiled.rules.map((r) => ({ ...r, guard: null, residual: r.condition })) };
        expect(evaluate(declaration, compiled, { asOf: '2026-11-27' })).toEqual(evaluate(declaration, unsplit, { asOf: '2026-11-27' }));
      }),
      { numRuns: 150 },
    );
  });
});
