import { severityRank } from '../../../../src/core/rules/vocabulary.js';
import { COUNTRIES, type Country, countryOf } from '../../config/jurisdictions';
import type { Finding } from './api/check-declaration';

/** Findings of one activity (or of the whole organisation: `activity` null), split by country. */
export type FindingGroup = { activity: string | null; byCountry: Record<Country, Finding[]> };

/**
 * Groups findings by activity — processor-level findings first, then activities in the order
 * the report lists them — and within a group by country (jurisdiction CN* or US*), the most
 * severe first. Findings of any other country are left out: the page has a column per country.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string | null, FindingGroup>();
  groups.set(null, { activity: null, byCountry: { CN: [], US: [] } });
  for (const finding of findings) {
    const country = countryOf(finding.jurisdiction);
    if (!country) continue;
    let group = groups.get(finding.activity);
    if (!group) {
      group = { activity: finding.activity, byCountry: { CN: [], US: [] } };
      groups.set(finding.activity, group);
    }
    group.byCountry[country].push(finding);
  }
  const bySeverity = (a: Finding, b: Finding) => severityRank(b.severity) - severityRank(a.severity);
  return [...groups.values()]
    .filter((g) => COUNTRIES.some((c) => g.byCountry[c].length > 0))
    .map((g) => ({ activity: g.activity, byCountry: { CN: g.byCountry.CN.toSorted(bySeverity), US: g.byCountry.US.toSorted(bySeverity) } }));
}
