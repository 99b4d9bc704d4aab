import type { Activity, Declaration } from '../declaration/schema.js';
import { PisaError } from '../errors/pisa-error.js';
import type { CelProgram } from './cel.js';
import type { CompiledPacks, CompiledRule, CompiledTightening } from './compile.js';
import { deriveActivityFacts, deriveProcessorFacts } from './facts.js';
import type { Finding } from './finding.js';
import { appliesIn } from './jurisdiction.js';
import { renderLocalized } from './template.js';
import { severityRank } from './vocabulary.js';

export type EvaluateOptions = {
  /** YYYY-MM-DD: the law in force on that date is applied. */
  readonly asOf: string;
  /** Jurisdictions to check; defaults to the processor's own. */
  readonly jurisdictions?: readonly string[];
};

type Context = Record<string, unknown>;

/** A rule as it binds here and now: base rule plus the tightenings in force for these jurisdictions. */
type BoundRule = { rule: CompiledRule; tightenings: readonly CompiledTightening[]; guardHolds: boolean };

const isInForce = (from: string, until: string | null, asOf: string) => from <= asOf && (until === null || asOf < until);

function bindRules(compiled: CompiledPacks, active: readonly string[], asOf: string): BoundRule[] {
  return compiled.rules
    .filter((rule) => isInForce(rule.effective_from, rule.effective_until, asOf) && appliesIn(rule.jurisdiction, active))
    .map((rule) => ({
      rule,
      tightenings: rule.tightenings.filter((t) => isInForce(t.effective_from, t.effective_until, asOf) && appliesIn(t.jurisdiction, active)),
      guardHolds: true,
    }));
}

function run(program: CelProgram, context: Context, ruleId: string): unknown {
  try {
    return program(context);
  } catch (error) {
    throw new PisaError(
      'RULE_CONDITION_INVALID',
      { rule: ruleId, detail: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '' },
      { cause: error },
    );
  }
}

function fires(bound: BoundRule, context: Context): boolean {
  const { residual, id } = bound.rule;
  if (bound.guardHolds && (residual === null || run(residual, context, id) === true)) return true;
  return bound.tightenings.some((t) => t.alsoWhen !== null && run(t.alsoWhen, context, bound.rule.id) === true);
}

function toFinding(bound: BoundRule, context: Context, activity: Activity | null, processorName: string): Finding {
  const { rule, tightenings } = bound;
  const last = <K extends 'messageTemplate' | 'remedy' | 'citation'>(key: K) => tightenings.reduce<CompiledTightening[K]>((acc, t) => t[key] ?? acc, null);
  const severity = tightenings.reduce((s, t) => (t.severity && severityRank(t.severity) > severityRank(s) ? t.severity : s), rule.severity);
  const values: Record<string, unknown> = { activity: activity?.id ?? '', processor: processorName };
  for (const [name, program] of rule.params) values[name] = run(program, context, rule.id);
  return {
    rule: rule.id,
    severity,
    citation: last('citation') ?? rule.citation,
    activity: activity?.id ?? null,
    layer: tightenings.at(-1)?.layer ?? rule.layer,
    jurisdiction: rule.jurisdiction,
    pack: rule.pack,
    title: rule.title,
    message: renderLocalized(last('messageTemplate') ?? rule.messageTemplate, values),
    remedy: last('remedy') ?? rule.remedy,
    tightened_by: tightenings.map((t) => t.pack),
  };
}

function byActivityThenRule(a: Finding, b: Finding): number {
  const aa = a.activity ?? '';
  const ba = b.activity ?? '';
  return aa < ba ? -1 : aa > ba ? 1 : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
}

/**
 * Evaluates a validated declaration against compiled rule packs. Pure: the date comes in as
 * `asOf`; the same input gives the same findings, sorted by activity then rule.
 */
export function evaluate(declaration: Declaration, compiled: CompiledPacks, options: EvaluateOptions): Finding[] {
  const active = options.jurisdictions ?? declaration.processor.jurisdictions;
  const bound = bindRules(compiled, active, options.asOf);
  const processorFacts = deriveProcessorFacts(declaration, options.asOf);
  const base: Context = { processor: declaration.processor, activities: declaration.activities, as_of: options.asOf, facts: processorFacts, activity: null };
  const defs: Record<string, unknown> = {};
  base['defs'] = defs;
  for (const [name, program] of compiled.definitions) defs[name] = run(program, base, `defs.${name}`);

  const findings: Finding[] = [];
  const name = declaration.processor.name;
  for (const rule of bound) {
    if (rule.rule.scope === 'processor' && fires(rule, base)) findings.push(toFinding(rule, base, null, name));
  }
  const activityRules = bound.filter((r) => r.rule.scope === 'activity');
  for (const rule of activityRules) {
    const { guard, id } = rule.rule;
    rule.guardHolds = guard === null || run(guard, base, id) === true;
  }
  // A rule whose processor-only operands fail cannot fire, unless a tightening widens it.
  const liveRules = activityRules.filter((r) => r.guardHolds || r.tightenings.some((t) => t.alsoWhen !== null));
  for (const activity of declaration.activities) {
    // Written out, not spread: a spread context gets a slow dictionary shape (see facts.ts).
    const context: Context = {
      processor: declaration.processor,
      activities: declaration.activities,
      as_of: options.asOf,
      defs,
      activity,
      facts: deriveActivityFacts(processorFacts, declaration, activity),
    };
    for (const rule of liveRules) {
      if (fires(rule, context)) findings.push(toFinding(rule, context, activity, name));
    }
  }
  return findings.sort(byActivityThenRule);
}
