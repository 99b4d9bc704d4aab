import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { REPO } from './run-bin.js';

// `pisa serve` and `pisa worker` shut down on the first SIGINT/SIGTERM (untilStopSignal); a second
// one while the shutdown still runs must end the process at once. Each child runs the built
// helper (npm test builds first), then either finishes its shutdown or hangs in it.

const HELPER = `${REPO}dist/src/io/stop-signals.js`;

function child(shutdown: 'hangs' | 'finishes'): { process: ChildProcess; output: () => { stdout: string; stderr: string } } {
  // The timer stands for the server's listening socket (signal listeners keep no process alive).
  const script = `import { untilStopSignal } from ${JSON.stringify(HELPER)};
const serving = setInterval(() => {}, 1000);
process.stdout.write('ready\\n');
const signal = await untilStopSignal();
process.stdout.write('shutting down after ' + signal + '\\n');
${shutdown === 'finishes' ? 'clearInterval(serving);' : ''}`;
  const proc = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  proc.stdout.setEncoding('utf8').on('data', (text: string) => {
    stdout += text;
  });
  proc.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  return { process: proc, output: () => ({ stdout, stderr }) };
}

async function printed(c: ReturnType<typeof child>, text: string): Promise<void> {
  for (let i = 0; i < 200 && !c.output().stdout.includes(text); i++) await new Promise((r) => setTimeout(r, 25));
  expect(c.output().stdout).toContain(text);
}

describe('untilStopSignal', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('a second %s while the shutdown hangs exits at once with %i', async (signal, code) => {
    const c = child('hangs');
    const exited = once(c.process, 'exit');
    await printed(c, 'ready');
    c.process.kill(signal);
    await printed(c, `shutting down after ${signal}`);
    expect(c.process.exitCode).toBeNull(); // the first signal only starts the shutdown
    c.process.kill(signal);
    const [exitCode] = await exited;
    expect(exitCode).toBe(code);
    expect(c.output().stderr).toBe(`pisa: ${signal} again while shutting down: stopping now\n`);
  });

  it('lets a shutdown that finishes exit normally after one signal', async () => {
    const c = child('finishes');
    const exited = once(c.process, 'exit');
    await printed(c, 'ready');
    c.process.kill('SIGTERM');
    const [exitCode] = await exited;
    expect(exitCode).toBe(0);
    expect(c.output().stdout).toBe('ready\nshutting down after SIGTERM\n');
    expect(c.output().stderr).toBe('');
  });
});
