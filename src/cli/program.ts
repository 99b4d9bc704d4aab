import { Command, CommanderError } from 'commander';
import { type CheckContext, registerCheck } from './commands/check.js';
import { type DeidPorts, registerDeid } from './commands/deid.js';
import { registerScan, type ScanPorts } from './commands/scan.js';
import { registerSchema } from './commands/schema.js';
import { EXIT_CODE, type Outcome, reportBadInput } from './outcome.js';

export type CliContext = CheckContext & {
  /** Extra commands wired by main (serve needs the database and the HTTP adapter); main may import them first. */
  register?: (program: Command, finish: (o: Outcome) => void) => void | Promise<void>;
  /** `pisa scan` and `pisa deid` need the file adapter; main passes it (in-process tests may not). */
  scan?: ScanPorts;
  deid?: DeidPorts;
};

/**
 * Runs the `pisa` command line and resolves with the exit code: 0 clean, 1 violations,
 * 2 bad input (with a one-line reason on stderr). Long-running commands resolve when they end.
 */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  let outcome: Outcome = { kind: 'clean' };
  const finish = (o: Outcome) => {
    outcome = o;
  };
  const program = new Command('pisa')
    .description('PISA — Personal Information Supervision & Assurance')
    .version(ctx.version)
    .exitOverride()
    .configureOutput({ writeOut: ctx.stdout, writeErr: () => {} });
  registerCheck(program, ctx, finish);
  registerSchema(program, ctx, finish);
  if (ctx.scan !== undefined) registerScan(program, { ...ctx, ...ctx.scan }, finish);
  if (ctx.deid !== undefined) registerDeid(program, { ...ctx, ...ctx.deid }, finish);
  await ctx.register?.(program, finish);
  for (const c of program.commands) c.exitOverride().configureOutput({ writeOut: ctx.stdout, writeErr: () => {} });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    outcome = { kind: 'bad-input', reason: error.message.replace(/^error: /, ''), issues: [] };
  }
  if (outcome.kind === 'bad-input') reportBadInput(outcome, ctx);
  return EXIT_CODE[outcome.kind];
}
