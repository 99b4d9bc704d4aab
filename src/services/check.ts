import type { CompiledPacks } from '../core/rules/compile.js';
import { type CheckResult, checkDeclarationText, checkDeclarationValue } from './check-declaration.js';
import { todayOf } from './dates.js';
import type { Clock } from './ports.js';

export type CheckRequest = {
  /** YAML/JSON text, or a value already decoded from JSON. */
  readonly declaration: string | Readonly<Record<string, unknown>>;
  /** YYYY-MM-DD; the clock's day when absent. */
  readonly asOf?: string | undefined;
  readonly jurisdictions?: readonly string[] | undefined;
};

export type CheckService = {
  /** Nothing is stored: a one-off check of a declaration against the loaded packs. */
  check(request: CheckRequest): CheckResult;
};

export function createCheckService(deps: { compiled: CompiledPacks; clock: Clock }): CheckService {
  const { compiled, clock } = deps;
  return {
    check({ declaration, asOf, jurisdictions }) {
      const options = { asOf: asOf ?? todayOf(clock), ...(jurisdictions === undefined ? {} : { jurisdictions }) };
      return typeof declaration === 'string' ? checkDeclarationText(declaration, compiled, options) : checkDeclarationValue(declaration, compiled, options);
    },
  };
}
