import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runCli } from '../../src/cli/program.js';
import type { CompiledPacks } from '../../src/core/rules/compile.js';
import { defaultRulesDir, loadCompiledPacks } from '../../src/io/rule-packs.js';
import { validDeclarationArb } from '../support/arbitraries.js';

let packs: CompiledPacks;
beforeAll(async () => {
  packs = await loadCompiledPacks([defaultRulesDir()]);
});

const dir = mkdtempSync(join(tmpdir(), 'pisa-cli-prop-'));

/** The CLI in-process, as the bin runs it, with the shipped packs loaded once. */
async function check(declaration: unknown): Promise<{ code: number; stdout: string; stderr: string }> {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, stringify(declaration));
  let stdout = '';
  let stderr = '';
  const code = await runCli(['check', '--format', 'json', '--as-of', '2026-11-27', file], {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    today: () => '2026-11-27',
    version: 'test',
    loadPacks: async () => packs,
  });
  return { code, stdout, stderr };
}

type Editable = { processor: Record<string, unknown>; activities?: unknown[] };

/** Ways to break a valid declaration, each with the path the error must name. */
const breakage = fc.constantFrom<{ at: string; apply: (d: Editable) => void }>(
  {
    at: 'processor.name',
    apply: (d) => {
      delete d.processor['name'];
    },
  },
  {
    at: 'processor.jurisdictions[0]',
    apply: (d) => {
      d.processor['jurisdictions'] = ['XX'];
    },
  },
  {
    at: 'processor.surprise',
    apply: (d) => {
      d.processor['surprise'] = 1;
    },
  },
  {
    at: 'processor.individuals_count',
    apply: (d) => {
      d.processor['individuals_count'] = 'many';
    },
  },
  {
    at: 'activities[0].data[0]',
    apply: (d) => {
      d.activities = [{ id: 'x', purpose: 'p', legal_basis: 'consent', data: ['emial'] }];
    },
  },
);

describe('pisa check on generated declarations', () => {
  it('exits 0 or 1 with a JSON report for every valid declaration', async () => {
    await fc.assert(
      fc.asyncProperty(validDeclarationArb, async (declaration) => {
        const { code, stdout, stderr } = await check(declaration);
        expect(stderr).toBe('');
        const report = JSON.parse(stdout) as { summary: { compliant: boolean } };
        expect(code).toBe(report.summary.compliant ? 0 : 1);
      }),
      { numRuns: 60 },
    );
  });

  it('exits 2 naming the path for every broken declaration', async () => {
    await fc.assert(
      fc.asyncProperty(validDeclarationArb, breakage, async (declaration, broken) => {
        const copy = structuredClone(declaration) as Editable;
        broken.apply(copy);
        const { code, stderr } = await check(copy);
        expect(code).toBe(2);
        expect(stderr.split('\n')[0]).toMatch(/^pisa: .* is not a valid declaration \(\d+ problems?\)$/);
        expect(stderr).toContain(`  ${broken.at}: `);
      }),
      { numRuns: 60 },
    );
  });
});
