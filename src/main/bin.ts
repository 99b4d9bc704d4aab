import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli/program.js';
import { packageRoot } from '../io/package-root.js';
import { defaultRulesDir, loadCompiledPacks } from '../io/rule-packs.js';
import { deidentifyFile } from '../io/scan/deid-file.js';
import { runScan } from '../io/scan/run-scan.js';
import { registerMainCommands } from './commands.js';

// `pisa scan ... | head`: a reader that stops early is not an error; end quietly like other CLI tools.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const version = (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: () => new Date().toISOString().slice(0, 10),
  version,
  loadPacks: (extraDirs) => loadCompiledPacks([defaultRulesDir(), ...extraDirs]),
  register: registerMainCommands,
  scan: {
    cpuCount: availableParallelism(),
    stdoutIsTty: process.stdout.isTTY === true,
    progressStream: process.stderr.isTTY === true ? process.stderr : null,
    writeStdout: (chunk) => (process.stdout.write(chunk) ? Promise.resolve() : new Promise((resolve) => process.stdout.once('drain', () => resolve()))),
    runScan: (request, hooks) => runScan(request, hooks, process.stdin),
    now: () => performance.now(),
  },
  deid: {
    deidentify: (request) => deidentifyFile(request, process.stdin, process.stdout),
    // biome-ignore lint/style/noProcessEnv: the one secret of `pisa deid`, read at the edge (config.ts strips unknown variables)
    deidKey: () => process.env['PISA_DEID_KEY'] ?? null,
  },
});
process.exitCode = code;
