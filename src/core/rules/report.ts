import type { Declaration } from '../declaration/schema.js';
import type { CompiledPacks } from './compile.js';
import { evaluate } from './evaluate.js';
import type { Finding } from './finding.js';
import { appliesIn } from './jurisdiction.js';
import { type Summary, summarize } from './summary.js';

export type Report = { readonly findings: readonly Finding[]; readonly summary: Summary };

/** Findings plus a summary: what `pisa check --format json` prints and the API returns. */
export function buildReport(declaration: Declaration, compiled: CompiledPacks, options: { asOf: string; jurisdictions?: readonly string[] }): Report {
  const jurisdictions = options.jurisdictions ?? declaration.processor.jurisdictions;
  const findings = evaluate(declaration, compiled, { asOf: options.asOf, jurisdictions });
  const inForce = compiled.rules.filter(
    (r) => r.effective_from <= options.asOf && (r.effective_until === null || options.asOf < r.effective_until) && appliesIn(r.jurisdiction, jurisdictions),
  );
  const packIds = new Set(inForce.map((r) => r.pack));
  return {
    findings,
    summary: summarize(findings, {
      asOf: options.asOf,
      jurisdictions,
      activities: declaration.activities.length,
      rulesEvaluated: inForce.length,
      packs: compiled.packs.filter((p) => packIds.has(p.id)).map((p) => ({ id: p.id, version: p.version })),
    }),
  };
}
