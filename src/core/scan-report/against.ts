import type { Declaration } from '../declaration/schema.js';
import type { Citation } from '../rules/pack-schema.js';
import type { DetectorId } from '../scanner/types.js';
import { CN_SENSITIVE_IDS, type TaxonomyId } from '../taxonomy/taxonomy.js';
import type { CategoryCount } from './summary.js';

export type UndeclaredCategory = {
  readonly category: TaxonomyId;
  readonly items: number;
  readonly detectors: readonly DetectorId[];
  readonly files: readonly string[];
};

export type ConsentGap = { readonly category: TaxonomyId; readonly items: number; readonly activities: readonly string[] };

/** The data compared with what the processor declared (`pisa scan --against`). */
export type AgainstReport = {
  /** Found in the data, in no activity's `data`: PIPL art. 17 requires telling people what is processed. */
  readonly undeclared: readonly UndeclaredCategory[];
  /** Sensitive PI found and declared under consent without `consent.separate` (PIPL art. 29). */
  readonly sensitive_without_separate_consent: readonly ConsentGap[];
  /** Declared, findable by the detectors that ran, and absent from the data. */
  readonly declared_absent: readonly TaxonomyId[];
  /** Declared, but no detector that ran can find this category: the scan says nothing about it. */
  readonly not_checkable: readonly TaxonomyId[];
  readonly citations: { readonly undeclared: Citation; readonly sensitive_without_separate_consent: Citation };
};

const sorted = <T extends string>(ids: Iterable<T>) => [...ids].sort();

/** Compares the categories found with a declaration's activities. */
export function compareWithDeclaration(found: readonly CategoryCount[], declaration: Declaration, detectable: ReadonlySet<TaxonomyId>): AgainstReport {
  const declared = new Set<TaxonomyId>(declaration.activities.flatMap((a) => a.data as TaxonomyId[]));
  const present = new Set(found.map((c) => c.category));
  const undeclared = found
    .filter((c) => !declared.has(c.category))
    .map((c) => ({ category: c.category, items: c.items, detectors: c.detectors, files: c.files }));
  const consentGaps = found
    .filter((c) => CN_SENSITIVE_IDS.has(c.category))
    .map((c) => ({
      category: c.category,
      items: c.items,
      activities: declaration.activities
        .filter((a) => (a.data as string[]).includes(c.category) && a.legal_basis === 'consent' && !a.consent.separate)
        .map((a) => a.id)
        .sort(),
    }))
    .filter((gap) => gap.activities.length > 0);
  return {
    undeclared,
    sensitive_without_separate_consent: consentGaps,
    declared_absent: sorted([...declared].filter((id) => detectable.has(id) && !present.has(id))),
    not_checkable: sorted([...declared].filter((id) => !detectable.has(id))),
    citations: { undeclared: { law: 'PIPL', article: '17' }, sensitive_without_separate_consent: { law: 'PIPL', article: '29' } },
  };
}

/** Undeclared PI or sensitive PI without separate consent: the scan ends with exit code 1. */
export function hasDeclarationGaps(report: AgainstReport): boolean {
  return report.undeclared.length > 0 || report.sensitive_without_separate_consent.length > 0;
}
