import { type Command, Option } from 'commander';
import type { DeidOutcome, DeidRequest } from '../../core/deid/deid-request.js';
import { INPUT_FORMATS, type InputFormat } from '../../core/scan-report/scan-request.js';
import type { Io, Outcome } from '../outcome.js';

/** What `pisa deid` needs from main: the file adapter and the key from the environment. */
export type DeidPorts = {
  /** The file adapter (src/io/scan), wired in main. */
  deidentify: (request: DeidRequest) => Promise<DeidOutcome>;
  /** PISA_DEID_KEY, read once by main; null when unset. */
  deidKey: () => Promise<string | null>;
};
export type DeidContext = Io & DeidPorts;

export type DeidOptions = { policy: string; inputFormat: InputFormat };

export function registerDeid(program: Command, ctx: DeidContext, finish: (o: Outcome) => void): void {
  program
    .command('deid')
    .description('De-identify a file (CSV/TSV, JSON Lines, JSON, text; .gz) by a policy: mask, redact, pseudonymise, generalise, drop')
    .argument('<in>', 'input file, or - for standard input')
    .argument('<out>', 'output file (same format; .gz compresses), or - for standard output')
    .requiredOption('--policy <file>', 'the de-identification policy (YAML)')
    .addOption(new Option('--input-format <format>', 'read the input as this format (default: from the file name)').choices(INPUT_FORMATS).default('auto'))
    // The policy parser and the file adapter's work are imported when the command runs.
    .action(async (input: string, output: string, options: DeidOptions) => finish(await (await import('./deid-run.js')).runDeid(input, output, options, ctx)));
}
