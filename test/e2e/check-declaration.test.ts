import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DECLARATION } from '../../web/src/features/check/sample-declaration.js';
import { launchBrowser, startServer, stopServer } from './support.js';

const CJK = /[\u4e00-\u9fff]/;

/** The sample the check page starts with (a shop active in CN and US-CA); the test pastes it anyway. */
const SAMPLE = SAMPLE_DECLARATION;

// One browser journey through the real server (`pisa serve`, in-memory database, built web app):
// the steps share one page and run in order.

const countOf = (page: Page, selector: string) => page.locator(selector).count();

describe('checking a declaration in the browser', () => {
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let base = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ({ server, base } = await startServer());
    browser = await launchBrowser();
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
