import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../cli/program.js';
import { packageRoot } from '../io/package-root.js';
import { defaultRulesDir, loadCompiledPacks } from '../io/rule-packs.js';
import { registerServe } from './serve.js';

const version = (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: () => new Date().toISOString().slice(0, 10),
  version,
  loadPacks: (extraDirs) => loadCompiledPacks([defaultRulesDir(), ...extraDirs]),
  register: registerServe,
});
process.exitCode = code;
