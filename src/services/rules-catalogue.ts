import type { CompiledPacks, CompiledRule } from '../core/rules/compile.js';
import { appliesIn } from '../core/rules/jurisdiction.js';
import type { Citation } from '../core/rules/pack-schema.js';
import type { LawCode, Layer, Severity } from '../core/rules/vocabulary.js';
import type { Localized } from '../core/taxonomy/types.js';

export type RuleFilter = {
  /** Case-insensitive text found in the id, the title or the message, in either language. */
  readonly q?: string | undefined;
  readonly law?: LawCode | undefined;
  /** Rules that bind a processor active there: "US-CA" gives the US rules and California's. */
  readonly jurisdiction?: string | undefined;
  readonly layer?: Layer | undefined;
  readonly severity?: Severity | undefined;
};

/** How a higher layer tightens the rule where its jurisdiction applies. */
export type TighteningEntry = {
  readonly pack: string;
  readonly layer: Layer;
  readonly jurisdiction: string;
  readonly effective_from: string;
  readonly effective_until: string | null;
  readonly severity: Severity | null;
  readonly also_when: string | null;
  readonly citation: Citation | null;
  readonly note: Localized | null;
};

/** A rule as the catalogue shows it: its data, the CEL source of its condition, its tightenings. */
export type RuleEntry = {
  readonly id: string;
  readonly title: Localized;
  readonly message: Localized;
  readonly remedy: Localized;
  readonly citation: Citation;
  readonly jurisdiction: string;
  readonly layer: Layer;
  readonly severity: Severity;
  readonly scope: 'processor' | 'activity';
  readonly pack: string;
  readonly effective_from: string;
  readonly effective_until: string | null;
  readonly condition: string;
  readonly tightenings: readonly TighteningEntry[];
};

function matchesText(rule: CompiledRule, q: string): boolean {
  const needle = q.trim().toLowerCase();
  if (needle === '') return true;
  return [rule.id, rule.title.en, rule.title.zh, rule.message.en, rule.message.zh].some((text) => text.toLowerCase().includes(needle));
}

const toEntry = (rule: CompiledRule): RuleEntry => ({
  id: rule.id,
  title: rule.title,
  message: rule.message,
  remedy: rule.remedy,
  citation: rule.citation,
  jurisdiction: rule.jurisdiction,
  layer: rule.layer,
  severity: rule.severity,
  scope: rule.scope,
  pack: rule.pack,
  effective_from: rule.effective_from,
  effective_until: rule.effective_until,
  condition: rule.conditionSource,
  tightenings: rule.tightenings.map((t) => ({
    pack: t.pack,
    layer: t.layer,
    jurisdiction: t.jurisdiction,
    effective_from: t.effective_from,
    effective_until: t.effective_until,
    severity: t.severity,
    also_when: t.alsoWhenSource,
    citation: t.citation,
    note: t.note,
  })),
});

/** The loaded rules that pass every given filter, in id order (the compiled order). */
export function listRules(compiled: CompiledPacks, filter: RuleFilter): RuleEntry[] {
  return compiled.rules
    .filter(
      (rule) =>
        (filter.q === undefined || matchesText(rule, filter.q)) &&
        (filter.law === undefined || rule.citation.law === filter.law) &&
        (filter.jurisdiction === undefined || appliesIn(rule.jurisdiction, [filter.jurisdiction])) &&
        (filter.layer === undefined || rule.layer === filter.layer) &&
        (filter.severity === undefined || rule.severity === filter.severity),
    )
    .map(toEntry);
}
