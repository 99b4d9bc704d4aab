import type { ChildProcess } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startServer, stopServer } from './support.js';

// A processor's owner scans the demo dataset from the web console: sign in, open the processor
// portal's scans page, start a scan of the whole datasets folder, and read the result per file
// and column with its charts, the criminal-law assessment and the comparison with the declaration.

const SCREENSHOT = process.env['PISA_E2E_SCREENSHOT'];

describe('scanning the demo dataset from the console', () => {
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let base = '';

  beforeAll(async () => {
    ({ server, base } = await startServer(['--demo']));
    browser = await launchBrowser();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
  });

  it('owner@shop.demo starts a scan and sees the results and the charts', async () => {
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${base}/sign-in`);
    await page.getByTestId('sign-in-identifier').fill('owner@shop.demo');
    await page.getByTestId('sign-in-password').fill('pisa-demo-passphrase');
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('sign-out').waitFor();

    await page.getByTestId('portal-processor').click();
    await page.getByTestId('nav-processor-scans').click();
    await page.getByTestId('scan-start-form').waitFor();
    expect(page.url()).toBe(`${base}/processor/scans`);
    // The demo datasets belong to the shop's "shopping" processor (kids-learning comes first).
    await page.getByTestId('scan-processor').click();
    const datasets = page.waitForResponse((r) => r.url().endsWith('/api/scans/datasets?processor=shopping'));
    await page.getByTitle('Example Shopping Co. (shopping)').click();
    expect((await (await datasets).json()).datasets.map((d: { path: string }) => d.path)).toContain('customers.csv');
    await page.getByTestId('scan-start').click();

    await page.locator('[data-testid="scan-detail"][data-status="done"]').waitFor({ timeout: 60_000 });
    await page.getByTestId('scan-result').waitFor();
    expect(await page.getByTestId('scan-file').count()).toBe(2);
    await expect.poll(() => page.locator('[data-testid="scan-category-chart"] svg').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-testid="scan-column-chart"] svg').count()).toBe(2);
    const result = await page.getByTestId('scan-result').textContent();
    expect(result).toContain('customers.csv');
    expect(result).toContain('exports/events.jsonl');
    expect(result).toContain('CN_RESIDENT_ID');
    // Masked samples only: no full mobile number of the demo data appears.
    expect(result).not.toMatch(/\b1[3-9]\d{9}\b/);
    expect(await page.getByTestId('scan-serious').textContent()).toBe('No');
    expect(await page.getByTestId('scan-undeclared').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('resident_id_number')]));
    expect(await page.locator('[data-testid="scan-status"]').first().getAttribute('data-status')).toBe('done');
    if (SCREENSHOT) await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await context.close();
  }, 120_000);
});
