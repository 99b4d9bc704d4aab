import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli/program.js';
import { packageRoot } from '../io/package-root.js';
import { registerMainCommands } from './commands.js';

// Adapters are imported when a command uses them (rule packs for check, the scan pipeline for
// scan and deid; commands.ts does the same for serve and keys): start-up loads only the CLI.

// `pisa scan ... | head`: a reader that stops early is not an error; end quietly like other CLI tools.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const version = (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
const argv = process.argv.slice(2);

const code = await runCli(argv, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: () => new Date().toISOString().slice(0, 10),
  version,
  loadPacks: async (extraDirs) => {
    const { defaultRulesDir, loadCompiledPacks } = await import('../io/rule-packs.js');
    return loadCompiledPacks([defaultRulesDir(), ...extraDirs]);
  },
  register: (program, finish) => registerMainCommands(program, finish, argv),
  scan: {
    cpuCount: availableParallelism(),
    stdoutIsTty: process.stdout.isTTY === true,
    progressStream: process.stderr.isTTY === true ? process.stderr : null,
    // Resolves when the chunk is written, not merely queued: the scan reuses its memory (errors still go to 'error').
    writeStdout: (chunk) => new Promise((resolve) => process.stdout.write(chunk, () => resolve())),
    runScan: async (request, hooks) => (await import('../io/scan/run-scan.js')).runScan(request, hooks, process.stdin),
    now: () => performance.now(),
  },
  deid: {
    deidentify: async (request) => (await import('../io/scan/deid-file.js')).deidentifyFile(request, process.stdin, process.stdout),
    // config.ts builds its zod schema on import: only deid needs it here.
    deidKey: async () => (await import('./config.js')).readDeidKey(),
  },
});
process.exitCode = code;
