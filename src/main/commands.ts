import type { Command } from 'commander';
import type { Outcome } from '../cli/outcome.js';

type Register = (program: Command, finish: (o: Outcome) => void) => void;

/**
 * The commands main wires itself (they need the database or the HTTP adapter), each imported
 * only when it is about to run: `pisa scan` must not load Fastify, PGlite and Drizzle first.
 */
const MAIN_COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  serve: async () => (await import('./serve.js')).registerServe,
  keys: async () => {
    const [{ registerKeys }, { newEnvironmentKeys, openKeyAdmin }] = await Promise.all([import('../cli/commands/keys.js'), import('./key-admin.js')]);
    return (program, finish) =>
      registerKeys(
        program,
        { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text), openKeyAdmin, newKeyMaterial: newEnvironmentKeys },
        finish,
      );
  },
  verify: async () => {
    const { registerVerify } = await import('../cli/commands/verify.js');
    return (program, finish) =>
      registerVerify(
        program,
        { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text), fetch: (url, init) => fetch(url, init) },
        finish,
      );
  },
  worker: async () => {
    const [{ registerWorker }, { runWorker }, { availableParallelism }] = await Promise.all([
      import('../cli/commands/worker.js'),
      import('./worker.js'),
      import('node:os'),
    ]);
    const out = (text: string) => process.stdout.write(text);
    return (program, finish) =>
      registerWorker(
        program,
        { stdout: out, stderr: (text) => process.stderr.write(text), cpuCount: availableParallelism(), runWorker: (options) => runWorker(options, out) },
        finish,
      );
  },
};

/** The first word of the command line that is not an option: the command, if any. */
function commandName(argv: readonly string[]): string | undefined {
  return argv.find((arg) => !arg.startsWith('-'));
}

/**
 * Registers main's commands on `program`, importing only what the command line needs: the command
 * itself when it is one of main's, none when it is a command the CLI registers already (scan,
 * check...) or when only `--version` is asked, and every one for help, no command or an unknown
 * word (so help lists them all and a typo gets its suggestion).
 */
export async function registerMainCommands(program: Command, finish: (o: Outcome) => void, argv: readonly string[]): Promise<void> {
  const name = commandName(argv);
  let wanted: string[];
  if (name !== undefined && Object.hasOwn(MAIN_COMMANDS, name)) wanted = [name];
  else if (name !== undefined && name !== 'help' && program.commands.some((c) => c.name() === name || c.aliases().includes(name))) wanted = [];
  else if (name === undefined && argv.length > 0 && argv.every((arg) => arg === '--version' || arg === '-V')) wanted = [];
  else wanted = Object.keys(MAIN_COMMANDS);
  const registers = await Promise.all(wanted.map((command) => (MAIN_COMMANDS[command] as () => Promise<Register>)()));
  for (const register of registers) register(program, finish);
}
