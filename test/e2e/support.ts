import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';

// Shared by the browser journeys: the real server (`pisa serve`, in-memory database, built web
// app) on a free port, and Debian's Chromium driven by playwright-core.

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium'; // Debian's package: apt-get install -y chromium
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The environment without the settings that would point a spawned server at another database or
 * key (CI sets DATABASE_URL for the repository suites; a server it reached would share their data).
 */
export function isolatedEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const name of [
    'DATABASE_URL',
    'PISA_DATA_DIR',
    'PISA_LOG_KEY',
    'PISA_LOG_KEY_FILE',
    'PISA_LOG_ORIGIN',
    'PISA_DATA_KEY',
    'PISA_INDEX_KEY',
    'PISA_DATA_KEY_FILE',
    'PISA_RECEIPT_KEY',
    'PISA_RECEIPT_KEY_FILE',
  ])
    delete env[name];
  return env;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no TCP port');
  return address.port;
}

export async function waitForHealth(base: string, server: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`pisa serve exited with ${server.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${base}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`pisa serve did not become healthy within ${timeoutMs} ms:\n${log()}`);
}

export async function stopServer(server: ChildProcess | undefined): Promise<void> {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = once(server, 'exit');
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts `pisa serve` on a free port with the given extra arguments and waits for /healthz;
 * `output()` is everything it printed so far (the dev mailer's messages among it).
 */
export async function startServer(extra: readonly string[] = []): Promise<{ server: ChildProcess; base: string; output: () => string }> {
  if (!existsSync(`${ROOT}dist/web/index.html`)) throw new Error('the web app is not built: run `npm run build`');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let output = '';
  const server = spawn(process.execPath, ['bin/pisa.js', 'serve', '--port', String(port), '--data', 'memory://', ...extra], {
    cwd: ROOT,
    env: isolatedEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  server.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  await waitForHealth(base, server, () => output, 60_000);
  return { server, base, output: () => output };
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

type LogEntry = { level?: number; reqId?: string; req?: { method: string; url: string }; res?: { statusCode: number }; responseTime?: number };

/**
 * What a spawned server's output says, for a failed test's report: each API request as
 * "METHOD /path -> status (ms)", warnings and errors as logged, and any plain line.
 */
export function serverRequestLog(output: string): string[] {
  const requests = new Map<string, string>();
  const lines: string[] = [];
  for (const text of output.split('\n')) {
    let entry: LogEntry;
    try {
      entry = JSON.parse(text) as LogEntry;
    } catch {
      if (text.trim() !== '') lines.push(text);
      continue;
    }
    if (entry.req && entry.reqId) requests.set(entry.reqId, `${entry.req.method} ${entry.req.url}`);
    const request = entry.reqId ? requests.get(entry.reqId) : undefined;
    if (entry.res && request?.includes(' /api/')) lines.push(`${request} -> ${entry.res.statusCode} (${Math.round(entry.responseTime ?? 0)} ms)`);
    else if ((entry.level ?? 0) >= 40) lines.push(text);
  }
  return lines;
}
