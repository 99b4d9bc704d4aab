import { spawn } from 'node:child_process';
import { REPO } from '../cli/run-bin.js';

export { REPO };
export type PisaResult = { code: number | null; stdout: string; stderr: string };

/**
 * Runs the real `pisa` bin from the repository root. Output is decoded once at the end, so a
 * multi-byte character split between two pipe reads stays whole (scan output holds CJK text).
 */
export function runPisa(args: readonly string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<PisaResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/pisa.js', ...args], { cwd: REPO, env: options.env ?? { ...process.env, NO_COLOR: '1' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(options.input ?? '');
  });
}
