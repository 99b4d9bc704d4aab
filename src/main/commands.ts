import type { Command } from 'commander';
import { registerKeys } from '../cli/commands/keys.js';
import type { Outcome } from '../cli/outcome.js';
import { newEnvironmentKeys, openKeyAdmin } from './key-admin.js';
import { registerServe } from './serve.js';

/** The commands main wires itself (they need the database or the HTTP adapter): serve and keys. */
export function registerMainCommands(program: Command, finish: (o: Outcome) => void): void {
  registerServe(program, finish);
  registerKeys(
    program,
    { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text), openKeyAdmin, newKeyMaterial: newEnvironmentKeys },
    finish,
  );
}
