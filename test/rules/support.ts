import type { DeclarationInput } from '../../src/core/declaration/schema.js';

type ProcessorInput = DeclarationInput['processor'];
type ActivityInput = NonNullable<DeclarationInput['activities']>[number];

/** One rule's known answers: a declaration that fires it and a near miss that does not. */
export type RuleCase = {
  readonly rule: string;
  /** What differs between the two declarations, in a few words. */
  readonly why: string;
  readonly asOf?: string;
  readonly jurisdictions?: readonly string[];
  readonly fires: DeclarationInput;
  readonly nearMiss: DeclarationInput;
};

/** A plain, compliant-looking processor in China; override what the case is about. */
export function processor(overrides: Partial<ProcessorInput> = {}): ProcessorInput {
  return { name: 'Case Co.', jurisdictions: ['CN'], ...overrides };
}

/** A contract-based activity with ordinary data; override what the case is about. */
export function activity(overrides: Partial<ActivityInput> = {}): ActivityInput {
  return { id: 'a1', purpose: 'Provide the service', legal_basis: 'contract', data: ['mobile_phone'], necessary: true, ...overrides };
}

export function declaration(p: Partial<ProcessorInput> = {}, activities: readonly Partial<ActivityInput>[] = [{}]): DeclarationInput {
  return { processor: processor(p), activities: activities.map((a, i) => activity({ id: `a${i + 1}`, ...a })) };
}
