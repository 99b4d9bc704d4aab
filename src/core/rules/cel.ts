import { Environment } from '@marcbachmann/cel-js';
import { necessaryPiOf } from '../app-types/app-types.js';
import { CN_SENSITIVE_IDS, criminalClassOf, isTaxonomyId, US_CA_SENSITIVE_IDS } from '../taxonomy/taxonomy.js';

export type CelProgram = (context: Record<string, unknown>) => unknown;

/** The CEL environment rule conditions are written in: variables and helper functions (docs/rules.md). */
export function createRuleEnvironment(): Environment {
  return new Environment({ unlistedVariablesAreDyn: false, homogeneousAggregateLiterals: false })
    .registerVariable('processor', 'dyn')
    .registerVariable('activity', 'dyn')
    .registerVariable('activities', 'dyn')
    .registerVariable('facts', 'dyn')
    .registerVariable('defs', 'dyn')
    .registerVariable('as_of', 'string')
    .registerFunction('cn_sensitive(string): bool', (id: string) => CN_SENSITIVE_IDS.has(id))
    .registerFunction('us_ca_sensitive(string): bool', (id: string) => US_CA_SENSITIVE_IDS.has(id))
    .registerFunction('criminal_class(string): int', (id: string) => BigInt(isTaxonomyId(id) ? criminalClassOf(id) : 5000))
    .registerFunction('necessary_for(string, string): bool', (appType: string, id: string) => necessaryPiOf(appType).has(id));
}

/** Compiles once; throws the evaluator's own error when the expression is malformed. */
export function compileCel(env: Environment, expression: string): CelProgram {
  const program = env.parse(expression);
  const checked = program.check();
  if (checked && typeof checked === 'object' && 'valid' in checked && checked.valid === false) {
    const error = (checked as { error?: unknown }).error;
    throw error instanceof Error ? error : new Error(String(error));
  }
  return program as unknown as CelProgram;
}
