import type { Finding } from './finding.js';
import { countryOf } from './jurisdiction.js';
import type { Severity } from './vocabulary.js';

export type Summary = {
  readonly as_of: string;
  readonly jurisdictions: readonly string[];
  readonly activities: number;
  readonly rules_evaluated: number;
  readonly findings: number;
  readonly by_severity: Readonly<Record<Severity, number>>;
  readonly by_country: Readonly<Record<string, Readonly<Record<Severity, number>>>>;
  readonly packs: readonly { id: string; version: string }[];
  readonly compliant: boolean;
};

const zero = (): Record<Severity, number> => ({ violation: 0, warning: 0, info: 0 });

export function summarize(
  findings: readonly Finding[],
  meta: { asOf: string; jurisdictions: readonly string[]; activities: number; rulesEvaluated: number; packs: readonly { id: string; version: string }[] },
): Summary {
  const bySeverity = zero();
  const byCountry: Record<string, Record<Severity, number>> = {};
  for (const f of findings) {
    bySeverity[f.severity] += 1;
    const country = countryOf(f.jurisdiction);
    byCountry[country] ??= zero();
    byCountry[country][f.severity] += 1;
  }
  return {
    as_of: meta.asOf,
    jurisdictions: meta.jurisdictions,
    activities: meta.activities,
    rules_evaluated: meta.rulesEvaluated,
    findings: findings.length,
    by_severity: bySeverity,
    by_country: byCountry,
    packs: meta.packs,
    compliant: bySeverity.violation === 0,
  };
}
