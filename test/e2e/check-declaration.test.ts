import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DECLARATION } from '../../web/src/features/check/sample-declaration.js';

// One browser journey through the real server (`pisa serve`, in-memory database, built web app):
// the steps share one page and run in order.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium'; // Debian's package: apt-get install -y chromium
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const CJK = /[\u4e00-\u9fff]/;

/** The sample the check page starts with (a shop active in CN and US-CA); the test pastes it anyway. */
const SAMPLE = SAMPLE_DECLARATION;

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no TCP port');
  return address.port;
}

async function waitForHealth(base: string, server: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
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

async function stopServer(server: ChildProcess | undefined): Promise<void> {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = once(server, 'exit');
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

const countOf = (page: Page, selector: string) => page.locator(selector).count();

describe('checking a declaration in the browser', () => {
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let base = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
    if (!existsSync(`${ROOT}dist/web/index.html`)) throw new Error('the web app is not built: run `npm run build`');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    let output = '';
    server = spawn(process.execPath, ['bin/pisa.js', 'serve', '--port', String(port), '--data', 'memory://'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    server.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    await waitForHealth(base, server, () => output, 60_000);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
  });

  it('shows findings for China and the United States side by side for the sample declaration', async () => {
    await page.goto(`${base}/`);
    await page.getByTestId('nav-check').click();
    const input = page.getByTestId('declaration-input');
    await input.waitFor();
    await input.fill(SAMPLE);
    await page.getByTestId('check-button').click();
    await page.getByTestId('findings').getByTestId('finding').first().waitFor();

    expect(await countOf(page, '[data-testid="findings-cn"] [data-testid="finding"]')).toBeGreaterThan(0);
    expect(await countOf(page, '[data-testid="findings-us"] [data-testid="finding"]')).toBeGreaterThan(0);
    const violations = Number(await page.getByTestId('summary-violations').getAttribute('data-value'));
    expect(violations).toBeGreaterThan(0);
    expect(await page.getByTestId('summary-violations').textContent()).toContain(String(violations));
    expect(await page.getByTestId('finding-group').first().textContent()).toContain('Whole organisation');
  });

  it('switches the page to Chinese', async () => {
    await page.getByTestId('lang-switch').getByText('中文').click();
    await page.getByText('整个组织').first().waitFor();

    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.getByTestId('check-button').textContent()).toMatch(CJK);
    expect(await page.getByTestId('finding').first().textContent()).toMatch(CJK);
  });

  it('lists the problems of an invalid declaration with their paths and suggestions', async () => {
    await page.getByTestId('declaration-input').fill(SAMPLE.replace('data: [mobile_phone,', 'data: [mobil_phone,'));
    await page.getByTestId('check-button').click();
    const issues = page.getByTestId('issues');
    await issues.waitFor();

    const text = (await issues.textContent()) ?? '';
    expect(text).toContain('activities[0].data[0]');
    expect(text).toContain('mobile_phone');
    expect(await countOf(page, '[data-testid="findings"]')).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
