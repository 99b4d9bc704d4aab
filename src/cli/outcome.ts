import type { Issue } from '../core/errors/codes.js';
import { formatMessage, localizeIssue } from '../core/errors/format.js';
import { isPisaError } from '../core/errors/pisa-error.js';

/** What a command ends with: the one place exit codes are decided. */
export type Outcome =
  | { kind: 'clean' } // exit 0: no violation
  | { kind: 'violations' } // exit 1: at least one violation
  | { kind: 'bad-input'; reason: string; issues: readonly Issue[] }; // exit 2

export const EXIT_CODE = { clean: 0, violations: 1, 'bad-input': 2 } as const;

export type Io = { stdout: (text: string) => void; stderr: (text: string) => void };

/** The one-line reason first, then each issue with its path, in English and Chinese. */
export function reportBadInput(outcome: Extract<Outcome, { kind: 'bad-input' }>, io: Io): void {
  io.stderr(`pisa: ${outcome.reason}\n`);
  for (const issue of outcome.issues.map(localizeIssue)) {
    io.stderr(`  ${issue.at || '(root)'}: ${issue.message.en} / ${issue.message.zh}\n`);
  }
}

/** Turns a thrown PisaError into a bad-input outcome; anything else is a bug and propagates. */
export function badInputFrom(error: unknown): Extract<Outcome, { kind: 'bad-input' }> {
  if (!isPisaError(error)) throw error;
  return { kind: 'bad-input', reason: formatMessage(error.code, error.params).en, issues: error.issues };
}
