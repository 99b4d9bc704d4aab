import type { Environment } from '@marcbachmann/cel-js';
import type { Issue } from '../errors/codes.js';
import type { Localized } from '../taxonomy/types.js';
import { type CelProgram, compileCel, createRuleEnvironment } from './cel.js';
import { readsActivity, splitConjuncts } from './conjuncts.js';
import type { Citation, Pack, Rule } from './pack-schema.js';
import { compileLocalized, type LocalizedTemplate } from './template.js';
import { type Layer, layerRank, type Severity, severityRank } from './vocabulary.js';

/** A stricter version of a rule added by a higher layer (local normative document, self-regulation). */
export type CompiledTightening = {
  readonly pack: string;
  readonly layer: Layer;
  readonly jurisdiction: string;
  readonly effective_from: string;
  readonly effective_until: string | null;
  readonly severity: Severity | null;
  readonly alsoWhen: CelProgram | null;
  readonly alsoWhenSource: string | null;
  readonly message: Localized | null;
  readonly messageTemplate: LocalizedTemplate | null;
  readonly remedy: Localized | null;
  readonly citation: Citation | null;
  readonly note: Localized | null;
};

export type CompiledRule = {
  readonly id: string;
  readonly pack: string;
  readonly packVersion: string;
  readonly title: Localized;
  readonly message: Localized;
  readonly messageTemplate: LocalizedTemplate;
  readonly remedy: Localized;
  readonly jurisdiction: string;
  readonly layer: Layer;
  readonly citation: Citation;
  readonly severity: Severity;
  readonly scope: 'processor' | 'activity';
  readonly effective_from: string;
  readonly effective_until: string | null;
  readonly condition: CelProgram;
  readonly conditionSource: string;
  /**
   * The condition split for speed (activity scope): `guard` holds the top-level `&&` operands
   * that read only the processor, evaluated once per declaration; `residual` the rest, per
   * activity. Either is null when it has no operand. Their conjunction is `condition`.
   */
  readonly guard: CelProgram | null;
  readonly residual: CelProgram | null;
  readonly params: readonly (readonly [string, CelProgram])[];
  readonly tightenings: readonly CompiledTightening[];
};

export type CompiledPacks = {
  readonly rules: readonly CompiledRule[];
  readonly definitions: readonly (readonly [string, CelProgram])[];
  readonly packs: readonly { id: string; version: string; layer: Layer; jurisdiction: string; title: Localized }[];
};

export type CompileResult = { ok: true; compiled: CompiledPacks } | { ok: false; issues: Issue[] };

function errorDetail(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/**
 * Compiles rule packs once (CEL parsed and type-checked) and applies layering: packs are taken
 * from the lowest layer (law) up; a higher layer may add rules and tighten existing ones by id
 * (raise severity, widen the condition), never loosen them.
 */
export function compilePacks(packs: readonly Pack[], env: Environment = createRuleEnvironment()): CompileResult {
  const ordered = [...packs].sort((a, b) => layerRank(a.pack.layer) - layerRank(b.pack.layer) || a.pack.id.localeCompare(b.pack.id));
  const issues: Issue[] = [];
  const byId = new Map<string, { rule: CompiledRule; tightenings: CompiledTightening[] }>();
  const definitions: [string, CelProgram][] = [];
  const definitionOwners = new Map<string, string>();

  const compile = (expression: string, rule: string, path: (string | number)[]): CelProgram | null => {
    try {
      return compileCel(env, expression);
    } catch (error) {
      issues.push({ code: 'RULE_CONDITION_INVALID', path, params: { rule, detail: errorDetail(error) } });
      return null;
    }
  };

  for (const pack of ordered) {
    const meta = pack.pack;
    for (const [name, expression] of Object.entries(pack.definitions)) {
      const owner = definitionOwners.get(name);
      if (owner !== undefined) {
        // A later pack silently redefining e.g. ccpa_business would switch another pack's rules off.
        issues.push({ code: 'RULE_DEFINITION_DUPLICATE', path: [meta.id, 'definitions', name], params: { name, pack: meta.id, other: owner } });
        continue;
      }
      definitionOwners.set(name, meta.id);
      const program = compile(expression, `${meta.id}:defs.${name}`, [meta.id, 'definitions', name]);
      if (program) definitions.push([name, program]);
    }
    pack.rules.forEach((rule: Rule, index) => {
      const existing = byId.get(rule.id);
      if (existing) {
        issues.push({ code: 'RULE_ID_DUPLICATE', path: [meta.id, 'rules', index, 'id'], params: { rule: rule.id, pack: meta.id, other: existing.rule.pack } });
        return;
      }
      const condition = compile(rule.condition, rule.id, [meta.id, 'rules', index, 'condition']);
      const params = Object.entries(rule.params).map(([name, expr]) => [name, compile(expr, rule.id, [meta.id, 'rules', index, 'params', name])] as const);
      if (!condition || params.some(([, p]) => p === null)) return;
      const operands = rule.scope === 'activity' ? splitConjuncts(rule.condition) : [];
      const join = (parts: string[]) => (parts.length === 0 ? null : compileCel(env, parts.map((p) => `(${p})`).join(' && ')));
      const guard = join(operands.filter((o) => !readsActivity(o)));
      const residual = rule.scope === 'activity' ? join(operands.filter(readsActivity)) : condition;
      const tightenings: CompiledTightening[] = [];
      byId.set(rule.id, {
        tightenings,
        rule: {
          id: rule.id,
          pack: meta.id,
          packVersion: meta.version,
          title: rule.title,
          message: rule.message,
          messageTemplate: compileLocalized(rule.message),
          remedy: rule.remedy,
          jurisdiction: rule.jurisdiction ?? meta.jurisdiction,
          layer: rule.layer ?? meta.layer,
          citation: rule.citation,
          severity: rule.severity,
          scope: rule.scope,
          effective_from: rule.effective_from ?? meta.effective_from,
          effective_until: rule.effective_until ?? meta.effective_until,
          condition,
          conditionSource: rule.condition,
          guard,
          residual,
          params: params as [string, CelProgram][],
          tightenings,
        },
      });
    });
    pack.tighten.forEach((t, index) => {
      const target = byId.get(t.rule);
      const path = [meta.id, 'tighten', index];
      if (!target || layerRank(target.rule.layer) >= layerRank(meta.layer)) {
        issues.push({ code: 'RULE_TIGHTEN_UNKNOWN', path, params: { pack: meta.id, rule: t.rule } });
        return;
      }
      if (t.severity && severityRank(t.severity) < severityRank(target.rule.severity)) {
        issues.push({ code: 'RULE_TIGHTEN_LOOSENS', path, params: { pack: meta.id, rule: t.rule } });
        return;
      }
      const alsoWhen = t.also_when === undefined ? null : compile(t.also_when, t.rule, [...path, 'also_when']);
      if (t.also_when !== undefined && alsoWhen === null) return;
      target.tightenings.push({
        pack: meta.id,
        layer: meta.layer,
        jurisdiction: meta.jurisdiction,
        effective_from: t.effective_from ?? meta.effective_from,
        effective_until: t.effective_until ?? meta.effective_until,
        severity: t.severity ?? null,
        alsoWhen,
        alsoWhenSource: t.also_when ?? null,
        message: t.message ?? null,
        messageTemplate: t.message ? compileLocalized(t.message) : null,
        remedy: t.remedy ?? null,
        citation: t.citation ?? null,
        note: t.note ?? null,
      });
    });
  }

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    compiled: {
      rules: [...byId.values()].map((entry) => entry.rule).sort((a, b) => a.id.localeCompare(b.id)),
      definitions,
      packs: ordered.map((p) => ({ id: p.pack.id, version: p.pack.version, layer: p.pack.layer, jurisdiction: p.pack.jurisdiction, title: p.pack.title })),
    },
  };
}
