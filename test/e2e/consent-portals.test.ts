import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serverRequestLog, startServer, stopServer } from './support.js';

// The consent portals in the built web app against the real server: (1) a person consents to the
// shop's notice in the individual portal, sees the receipts and withdraws with one click; (2) the
// public receipt page verifies a downloaded receipt in the browser and fails a tampered copy;
// (3) the shop's owner publishes a notice and sees readability and the consent statistics chart;
// (4) a guardian's decision shows who decided and how the guardian was verified.
// The shop's declaration and notice are created through the API here, not taken from the demo
// seed. Every page is watched for Content-Security-Policy violations.

const PASSWORD = 'pisa-demo-passphrase';

const DECLARATION = `processor:
  name: Example Shopping Co.
  jurisdictions: [CN]
activities:
  - id: orders
    purpose: Deliver purchased goods
    legal_basis: contract
    data: [mobile_phone, person_name, shipping_address]
    necessary: true
    retention: P3Y
  - id: marketing
    purpose: Recommend products
    legal_basis: consent
    data: [email, device_id]
    consent: { obtained: true, withdrawable: true }
    retention: P1Y
  - id: location
    purpose: Show pickup points near you
    legal_basis: consent
    data: [precise_location]
    consent: { obtained: true, separate: true, withdrawable: true }
    retention: P30D
`;

const CONTEXT = {
  legal_name: 'Example Shopping Co. Ltd. (e2e)',
  address: '1 Example Road, Shanghai',
  email: 'privacy@shopping.example',
  rights_url: 'https://shopping.example/rights',
  withdraw_url: 'https://shopping.example/withdraw',
};

describe('consent portals in the browser', () => {
  let server: ChildProcess | undefined;
  let output: () => string = () => '';
  const pageErrors: string[] = [];
  let browser: Browser | undefined;
  let base = '';
  let noticeHash = '';
  let downloadDir = '';
  let downloaded = '';
  const violations: string[] = [];
  const contexts: BrowserContext[] = [];

  async function newPage(locale = 'en-US'): Promise<Page> {
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    contexts.push(context);
    await context.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
    await context.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (e) =>
        window.reportCspViolation(location.pathname + ': ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));`,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${page.url()}: ${message.text()}`);
    });
    return page;
  }

  async function signIn(page: Page, who: string): Promise<void> {
    await page.goto(`${base}/sign-in`);
    await page.getByTestId('sign-in-identifier').fill(who);
    await page.getByTestId('sign-in-password').fill(PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('sign-out').waitFor();
  }

  /** Picks a processor by slug in an Ant Design select. */
  async function pickProcessor(page: Page, testId: string, slug: string): Promise<void> {
    await page.getByTestId(testId).click();
    await page.locator(`.ant-select-item-option[title$="(${slug})"]`).click();
  }

  beforeAll(async () => {
    ({ server, base, output } = await startServer(['--demo']));
    browser = await launchBrowser();
    downloadDir = await mkdtemp(join(tmpdir(), 'pisa-e2e-receipts-'));
    // The shop's owner gives `shopping` a declaration of its own and publishes its notice, through the API.
    if (!browser) throw new Error('no browser');
    const owner = await browser.newContext();
    contexts.push(owner);
    const signedIn = await owner.request.post(`${base}/api/auth/sign-in`, { data: { identifier: 'owner@shop.demo', password: PASSWORD } });
    expect(signedIn.status()).toBe(200);
    const headers = { 'x-csrf-token': (await signedIn.json()).csrf_token as string };
    const imported = await owner.request.post(`${base}/api/processors/shopping/declarations`, { headers, data: { source: DECLARATION } });
    expect(imported.status(), await imported.text()).toBe(201);
    const published = await owner.request.post(`${base}/api/processors/shopping/notices`, { headers, data: CONTEXT });
    expect(published.status(), await published.text()).toBe(201);
    noticeHash = (await published.json()).notice.content_hash;
  }, 120_000);

  // A failure in CI is seen only through its log: show the server's API requests (method, path,
  // status, ms), its warnings and errors, and the pages' console errors.
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // the server's last lines are still on their way
    const lines = serverRequestLog(output());
    console.error(`server log (API requests, warnings, errors; last 60):\n${lines.slice(-60).join('\n')}\npage errors:\n${pageErrors.join('\n')}`);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await stopServer(server);
    if (downloadDir) await rm(downloadDir, { recursive: true, force: true });
  });

  it('(1) a person consents to the shop’s notice, sees the receipts and withdraws with one click', async () => {
    const page = await newPage();
    await signIn(page, 'person@pisa.demo');
    await page.goto(`${base}/individual`);
    await page.getByTestId('my-consents').waitFor();
    // The app's icon is one of its hashed assets (no request for a missing /favicon.ico).
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toMatch(/^\/assets\/favicon-[\w-]+\.svg$/);
    const iconResponse = await page.request.get(`${base}${icon}`);
    expect([iconResponse.status(), iconResponse.headers()['content-type']]).toEqual([200, 'image/svg+xml']);

    await page.getByTestId('consent-processor-input').fill('shopping');
    await page.getByTestId('consent-open-notice').click();
    const form = page.getByTestId('consent-form');
    await form.waitFor();
    expect(await form.getAttribute('data-notice')).toBe(noticeHash);
    // Layer 1: the contract purpose is informational (no switch), the separate consent sits on its own.
    await form.locator('[data-purpose="orders"] [data-testid="notice-basis-informational"]').waitFor();
    expect(await form.locator('[data-purpose="orders"] [role="switch"]').count()).toBe(0);
    const separate = form.locator('[data-choice="location#sensitive"]');
    await separate.waitFor();
    expect(await page.getByTestId('consent-switch-location#sensitive').isDisabled()).toBe(true);
    // Glossary terms are explained inline.
    expect(await form.locator('[data-term]').count()).toBeGreaterThan(0);
    await form.locator('[data-term]').first().hover();
    await page.locator('.ant-tooltip').first().waitFor();

    await page.getByTestId('consent-switch-marketing').click();
    await page.getByTestId('consent-switch-location').click();
    await page.getByTestId('consent-switch-location#sensitive').click();
    const recorded = page.waitForResponse((r) => r.url().endsWith('/api/me/consents') && r.request().method() === 'POST');
    await page.getByTestId('consent-submit').click();
    expect((await recorded).status()).toBe(201);
    await page.getByTestId('consent-recorded').waitFor();
    expect(await page.getByTestId('consent-recorded').textContent()).toContain('3 signed receipts');

    const marketing = page.getByTestId('consent-answer-marketing');
    await expect.poll(() => marketing.getAttribute('data-allowed')).toBe('true');
    expect(await page.getByTestId('consent-answer-location').getAttribute('data-reason')).toBe('GRANTED');
    expect(await page.getByTestId('consent-answer-orders').getAttribute('data-reason')).toBe('NOT_CONSENT_BASED');

    await page.getByTestId('nav-individual-receipts').click();
    await page.getByTestId('my-receipts').waitFor();
    await expect.poll(() => page.getByTestId('my-receipt').count()).toBe(3);

    // One click (and a confirmation) withdraws; the new state shows at once.
    await page.getByTestId('nav-individual-consents').click();
    await page.getByTestId('consent-withdraw-marketing').click();
    const withdrawn = page.waitForResponse((r) => r.url().endsWith('/api/me/consents') && r.request().method() === 'POST');
    await page.getByTestId('withdraw-confirm').click();
    const answer = await withdrawn;
    expect(answer.status(), `${answer.request().postData()} -> ${await answer.text()}`).toBe(201);
    await page.locator('.ant-message').getByText('withdrawn').waitFor();
    await expect.poll(() => page.getByTestId('consent-answer-marketing').getAttribute('data-reason')).toBe('WITHDRAWN');
    expect(await page.getByTestId('consent-answer-marketing').getAttribute('data-allowed')).toBe('false');
    expect(await page.getByTestId('consent-withdraw-marketing').count()).toBe(0);
    await page.locator('[data-testid="consent-answer-marketing"] .ant-table-row-expand-icon').click();
    const history = page.locator('.ant-table-expanded-row .ant-timeline-item');
    await expect.poll(() => history.count()).toBe(2);
    expect(await history.first().textContent()).toContain('Withdrawn');
  }, 120_000);

  it('(2) the receipt page verifies a downloaded receipt in the browser, and fails a tampered copy', async () => {
    const page = await newPage();
    await signIn(page, 'person@pisa.demo');
    await page.goto(`${base}/individual/receipts`);
    // The sequencer runs every 500 ms: once it has, the grant carries its log position.
    const grant = page.locator('[data-testid="my-receipt"][data-purpose="marketing"][data-state="given"]');
    await expect
      .poll(
        async () => {
          await page.reload();
          await grant.waitFor();
          return grant.getByText('Entry').count();
        },
        { timeout: 15_000, interval: 500 },
      )
      .toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), grant.getByTestId('receipt-download').click()]);
    downloaded = join(downloadDir, download.suggestedFilename());
    await download.saveAs(downloaded);
    const receipt = JSON.parse(await readFile(downloaded, 'utf8'));
    expect(receipt).toMatchObject({ schema: 'pisa-receipt/1', purposes: [{ id: 'marketing' }], event: { state: 'given' } });
    expect(receipt.log.index).toMatch(/^\d+$/);

    // "Open and verify" hands the receipt to the public page.
    await grant.getByTestId('receipt-open').click();
    await page.locator('[data-testid="receipt-verdict"][data-verdict="pass"]').waitFor();

    // Anyone, signed out, uploads the file: every check passes in the browser.
    const anonymous = await newPage();
    await anonymous.goto(`${base}/receipts`);
    await anonymous.getByTestId('receipt-page').waitFor();
    await anonymous.locator('input[type="file"]').setInputFiles(downloaded);
    await anonymous.locator('[data-testid="receipt-verdict"][data-verdict="pass"]').waitFor();
    for (const check of ['format', 'signature', 'body', 'checkpoint', 'inclusion', 'consistency'])
      expect(await anonymous.getByTestId(`receipt-check-${check}`).getAttribute('data-status'), check).toBe('pass');
    expect(await anonymous.getByTestId('receipt-processor').textContent()).toContain('Example Shopping Co. Ltd. (e2e)');
    expect(await anonymous.getByTestId('receipt-data').textContent()).toMatch(/mail/i);
    expect(await anonymous.getByTestId('receipt-notice-hash').textContent()).toContain(noticeHash);
    await anonymous.getByTestId('receipt-key-fingerprint').waitFor();
    await anonymous.getByTestId('log-key-fingerprint').waitFor();
    await anonymous.getByTestId('receipt-show-notice').click();
    await anonymous.locator('[data-testid="receipt-view"] [data-testid="notice-layer1"]').waitFor();

    // A tampered copy (the grant turned into a withdrawal) fails, in Chinese too.
    const tampered = JSON.stringify({ ...receipt, event: { ...receipt.event, state: 'withdrawn' } });
    const zh = await newPage('zh-CN');
    await zh.goto(`${base}/receipts`);
    await zh.getByTestId('receipt-input').fill(tampered);
    await zh.getByTestId('receipt-verify').click();
    await zh.locator('[data-testid="receipt-verdict"][data-verdict="fail"]').waitFor();
    expect(await zh.getByTestId('receipt-check-signature').getAttribute('data-status')).toBe('pass');
    expect(await zh.getByTestId('receipt-check-body').getAttribute('data-status')).toBe('fail');
    expect(await zh.getByTestId('receipt-check-inclusion').getAttribute('data-status')).toBe('skipped');
    expect(await zh.getByTestId('receipt-verdict').textContent()).toContain('验证未通过');
  }, 120_000);

  it('(3) the shop’s owner publishes a notice and sees readability and the consent statistics chart', async () => {
    const page = await newPage();
    await signIn(page, 'owner@shop.demo');
    await page.goto(`${base}/processor`);
    await page.getByTestId('nav-processor-notices').click();
    await page.getByTestId('notices-page').waitFor();
    await pickProcessor(page, 'notice-processor', 'shopping');
    // The form opens with the current version's details.
    await expect.poll(() => page.getByTestId('notice-field-legal_name').inputValue()).toBe(CONTEXT.legal_name);
    await page.getByTestId('notice-field-phone').fill('400-123-4567');
    await page.getByTestId('notice-publish-submit').click();
    const published = page.getByTestId('notice-published');
    await published.waitFor();
    expect(await published.getAttribute('data-created')).toBe('true');
    await expect.poll(() => page.getByTestId('notice-version').count()).toBeGreaterThanOrEqual(2);

    const readability = page.getByTestId('readability-panel');
    await readability.waitFor();
    for (const lang of ['zh-CN', 'en'])
      expect(await page.getByTestId(`readability-${lang}`).getByTestId('readability-layer1').textContent()).toMatch(/\d+ characters/);
    expect((await page.getByTestId('readability-ok').count()) + (await page.getByTestId('readability-warning').count())).toBeGreaterThan(0);
    await page.getByTestId('notice-preview').locator('[data-testid="notice-layer1"]').first().waitFor();
    // The diff of the two latest versions: only a contact detail changed, so no fresh consent.
    await page.getByTestId('notice-diff-no-fresh').waitFor();
    await page.getByTestId('notice-text-diff').first().waitFor();

    await page.getByTestId('nav-processor-consents').click();
    await page.getByTestId('consent-stats-page').waitFor();
    await pickProcessor(page, 'consents-processor', 'shopping');
    const chart = page.getByTestId('consent-stats-chart');
    await expect.poll(async () => Number(await chart.getAttribute('data-series'))).toBeGreaterThan(0);
    await expect.poll(() => chart.locator('svg').count()).toBeGreaterThan(0);
    expect(await chart.getAttribute('aria-label')).toContain('marketing');
    expect(Number(await page.getByTestId('stats-total-withdraw').locator('.ant-statistic-content-value').textContent())).toBeGreaterThanOrEqual(1);

    await page.getByTestId('nav-processor-check').click();
    await pickProcessor(page, 'consents-processor', 'shopping');
    await page.getByTestId('may-process-subject').fill('user-never-asked');
    await page.getByTestId('may-process-purpose').click();
    await page.locator('.ant-select-item-option[title$="(marketing)"]').click();
    await page.getByTestId('may-process-ask').click();
    const answer = page.getByTestId('may-process-answer');
    await answer.waitFor();
    expect(await answer.getAttribute('data-reason')).toBe('NOT_ASKED');
    expect(await page.getByTestId('may-process-missing').textContent()).toBe('marketing');
  }, 120_000);

  it('(4) a decision made by a guardian shows who decided and how the guardian was verified', async () => {
    const page = await newPage();
    // The guardian decides for a child of 10 in the portal (PIPL art. 31), through the API the form uses.
    const signedIn = await page.context().request.post(`${base}/api/auth/sign-in`, { data: { identifier: 'person@pisa.demo', password: PASSWORD } });
    expect(signedIn.status()).toBe(200);
    const headers = { 'x-csrf-token': (await signedIn.json()).csrf_token as string };
    const current = (await (await page.context().request.get(`${base}/api/processors/shopping/notice`)).json()).notice.content_hash as string;
    const data = {
      processor: 'shopping',
      notice_hash: current,
      decisions: [{ purpose: 'marketing', action: 'grant' }],
      age: 10,
      actor: { kind: 'guardian', verification: 'ID card checked at the counter' },
    };
    const recorded = await page.context().request.post(`${base}/api/me/consents`, { headers, data });
    expect(recorded.status(), await recorded.text()).toBe(201);
    const by = 'a guardian (verified by: ID card checked at the counter)';

    await page.goto(`${base}/individual/receipts`);
    await page.getByTestId('my-receipts').waitFor();
    await page.getByTestId('receipt-decided-by').getByText(by).waitFor();
    expect(await page.getByTestId('receipt-decided-by').getByText('yourself').count()).toBeGreaterThan(0);

    await page.goto(`${base}/individual`);
    await page.getByTestId('consent-answer-marketing').waitFor();
    await page.locator('[data-testid="consent-answer-marketing"] .ant-table-row-expand-icon').click();
    const history = page.locator('.ant-table-expanded-row .ant-timeline-item');
    await expect.poll(() => history.first().textContent()).toContain(`by ${by}`);
  }, 120_000);

  it('shows the transparency log to anyone, and no page broke the Content-Security-Policy', async () => {
    const page = await newPage();
    await page.goto(`${base}/public/log`);
    await page.getByTestId('log-verified').waitFor();
    expect(Number(await page.getByTestId('log-size').textContent())).toBeGreaterThan(0);
    expect(await page.getByTestId('log-checkpoint').textContent()).toContain('—');
    await page.getByTestId('log-fingerprint').waitFor();
    expect(violations).toEqual([]);
  }, 60_000);
});
