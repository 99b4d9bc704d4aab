import { type Command, Option } from 'commander';
import { INPUT_FORMATS, type InputFormat, type ScanHooks, type ScanOutcome, type ScanRequest } from '../../core/scan-report/scan-request.js';
import type { Io, Outcome } from '../outcome.js';

export const SCAN_FORMATS = ['summary', 'jsonl', 'sarif'] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];

/** What `pisa scan` needs from main beyond stdout/stderr: the file adapter and the terminal. */
export type ScanPorts = {
  cpuCount: number;
  stdoutIsTty: boolean;
  /** Where the progress bar draws (stderr when it is a terminal), or null for none. */
  progressStream: NodeJS.WriteStream | null;
  /** Writes to stdout and resolves once the chunk is written (its memory may then be reused; also backpressure). */
  writeStdout: (chunk: Uint8Array | string) => Promise<void>;
  /** The file adapter (src/io/scan), wired in main. */
  runScan: (request: ScanRequest, hooks: ScanHooks) => Promise<ScanOutcome>;
  now: () => number;
};
export type ScanContext = Io & { version: string } & ScanPorts;

export type ScanOptions = {
  format?: ScanFormat;
  showValues?: boolean;
  jobs?: string;
  against?: string;
  inputFormat: InputFormat;
  detectors?: string;
};

export function registerScan(program: Command, ctx: ScanContext, finish: (o: Outcome) => void): void {
  program
    .command('scan')
    .description('Find personal information in files: text and logs, CSV/TSV, JSON Lines, JSON, Parquet, .gz, folders, - for stdin')
    .argument('<paths...>', 'files, folders (read recursively) or - for standard input')
    .addOption(new Option('--format <format>', 'output: summary (default on a terminal), jsonl (default otherwise) or sarif').choices(SCAN_FORMATS))
    .option('--show-values', 'include the raw value of each finding (jsonl, sarif); never the default')
    .option('--jobs <n>', 'worker threads (default: all cores, or 1 for inputs under 64 MiB; 1 scans on the main thread)')
    .option('--against <declaration>', 'compare with a processing declaration: undeclared PI, sensitive PI without separate consent')
    .addOption(new Option('--input-format <format>', 'read every input as this format (default: from the file name)').choices(INPUT_FORMATS).default('auto'))
    .option('--detectors <list>', 'comma-separated detector ids to run (default: all)')
    // The scan itself (the detectors, the declaration parser, the formatters) is imported when it runs.
    .action(async (paths: string[], options: ScanOptions) => finish(await (await import('./scan-run.js')).runScanCommand(paths, options, ctx)));
}
