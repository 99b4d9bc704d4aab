import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from '../cli/run-bin.js';

export { REPO };
export type PisaResult = { code: number | null; stdout: string; stderr: string };

/**
 * Runs the real `pisa` bin, from the repository root unless `cwd` says otherwise. Output is decoded once at the end, so a
 * multi-byte character split between two pipe reads stays whole (scan output holds CJK text).
 */
export function runPisa(args: readonly string[], options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<PisaResult> {
  return new Promise((resolve, reject) => {
    const bin = options.cwd === undefined ? 'bin/pisa.js' : join(REPO, 'bin/pisa.js');
    const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd ?? REPO, env: options.env ?? { ...process.env, NO_COLOR: '1' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(options.input ?? '');
  });
}
