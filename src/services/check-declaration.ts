import { parseDeclarationText } from '../core/declaration/from-text.js';
import { type ParseResult, parseDeclaration } from '../core/declaration/parse.js';
import type { Issue } from '../core/errors/codes.js';
import type { CompiledPacks } from '../core/rules/compile.js';
import { buildReport, type Report } from '../core/rules/report.js';

export type CheckOptions = {
  /** YYYY-MM-DD: the law in force on that day. */
  readonly asOf: string;
  /** Jurisdictions to check; the declaration's own when absent. */
  readonly jurisdictions?: readonly string[];
};

/** A bad declaration is an expected outcome: its issues come back as a value, all of them. */
export type CheckResult = { ok: true; report: Report } | { ok: false; issues: Issue[] };

function toCheckResult(parsed: ParseResult, compiled: CompiledPacks, options: CheckOptions): CheckResult {
  if (!parsed.ok) return parsed;
  return { ok: true, report: buildReport(parsed.declaration, compiled, options) };
}

/** Checks a declaration given as YAML or JSON text, without storing anything. */
export function checkDeclarationText(text: string, compiled: CompiledPacks, options: CheckOptions, format: 'yaml' | 'json' | 'auto' = 'auto'): CheckResult {
  return toCheckResult(parseDeclarationText(text, format), compiled, options);
}

/** Checks a declaration already decoded from JSON (e.g. an API request body). */
export function checkDeclarationValue(value: unknown, compiled: CompiledPacks, options: CheckOptions): CheckResult {
  return toCheckResult(parseDeclaration(value), compiled, options);
}
