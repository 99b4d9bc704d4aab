import type { Command } from 'commander';
import type { Io, Outcome } from '../outcome.js';

export type WorkerOptions = { readonly concurrency: number; readonly data?: string | undefined };

/** What `pisa worker` needs from main: the queue, the database and the files, wired there. */
export type WorkerContext = Io & {
  /** Chunks run at once when --concurrency is absent (the machine's cores). */
  readonly cpuCount: number;
  /** Works on scan jobs until the process is asked to stop (SIGINT, SIGTERM). */
  runWorker(options: WorkerOptions): Promise<Outcome>;
};

function parseConcurrency(value: string | undefined, cpuCount: number): number | null {
  if (value === undefined) return Math.max(1, cpuCount);
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 256 ? n : null;
}

/** `pisa worker`: scans chunks of server scans from the PostgreSQL queue (pg-boss), on any machine. */
export function registerWorker(program: Command, ctx: WorkerContext, finish: (o: Outcome) => void): void {
  program
    .command('worker')
    .description('Process server-scan jobs from the PostgreSQL queue (DATABASE_URL); run it on as many machines as you like')
    .option('--concurrency <n>', 'chunks scanned at once, each in its own thread (default: all cores)')
    .option('--data <dir>', 'data folder holding the uploads being scanned (default: $PISA_DATA_DIR or ./.pisa-data)')
    .action(async (options: { concurrency?: string; data?: string }) => {
      const concurrency = parseConcurrency(options.concurrency, ctx.cpuCount);
      if (concurrency === null) {
        finish({ kind: 'bad-input', reason: `--concurrency must be a whole number from 1 to 256, got "${options.concurrency}"`, issues: [] });
        return;
      }
      finish(await ctx.runWorker({ concurrency, data: options.data }));
    });
}
