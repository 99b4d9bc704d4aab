import type { ChildProcess } from 'node:child_process';
import * as OTPAuth from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startServer, stopServer } from './support.js';

// The account settings page and its neighbours, in the built web app against the real server
// (demo data): change the password, enrol two-step sign-in and sign in with a recovery code,
// create and revoke an API key, keep the language on the account, reset a forgotten password.
// Every page is watched for Content-Security-Policy violations: the strict policy must not
// break Ant Design.

const PASSWORD = 'pisa-demo-passphrase';
/** A journey signs in and out several times; the e2e files run side by side on a small machine. */
const JOURNEY = { timeout: 120_000 };
const DEMO_TOTP = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32('PISADEMOPISADEMOPISADEMOPISADEMO') });

describe('account settings in the browser', () => {
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let base = '';
  let output: () => string = () => '';
  const violations: string[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ({ server, base, output } = await startServer(['--demo']));
    browser = await launchBrowser();
  }, 90_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await stopServer(server);
  });

  async function newPage(locale = 'en-US'): Promise<Page> {
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({ locale });
    contexts.push(context);
    await context.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
    // Runs in every page before its scripts (as text: the tests' TypeScript has no DOM types).
    await context.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (e) =>
        window.reportCspViolation(location.pathname + ': ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));`,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    return page;
  }

  /** Signs in through the form; `second` answers the authenticator step when there is one. */
  async function signIn(page: Page, who: string, password = PASSWORD, second?: (page: Page) => Promise<void>): Promise<void> {
    await page.goto(`${base}/sign-in`);
    await page.getByTestId('sign-in-identifier').fill(who);
    await page.getByTestId('sign-in-password').fill(password);
    await page.getByTestId('sign-in-submit').click();
    if (second) {
      await page.getByTestId('sign-in-code').waitFor();
      await second(page);
    }
    await page.getByTestId('sign-out').waitFor();
  }

  async function signOut(page: Page): Promise<void> {
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in-link').waitFor();
  }

  async function openSettings(page: Page): Promise<void> {
    await page.getByTestId('account-settings-link').click();
    await page.getByTestId('account-settings').waitFor();
  }

  it('changes the password: the new one signs in, the old one no longer does', JOURNEY, async () => {
    const page = await newPage();
    await signIn(page, 'person@pisa.demo');
    await openSettings(page);
    await page.getByTestId('current-password').fill(PASSWORD);
    await page.getByTestId('new-password').fill('violet harbour lantern 42');
    await page.getByTestId('repeat-password').fill('violet harbour lantern 42');
    await page.getByTestId('change-password').click();
    await page.getByTestId('password-changed').waitFor();
    await signOut(page);

    await page.goto(`${base}/sign-in`);
    await page.getByTestId('sign-in-identifier').fill('person@pisa.demo');
    await page.getByTestId('sign-in-password').fill(PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('account-error').waitFor();
    await signIn(page, 'person@pisa.demo', 'violet harbour lantern 42');
  });

  it('enrols an authenticator app, then signs in with a recovery code instead of it', JOURNEY, async () => {
    const page = await newPage();
    await signIn(page, 'staff@shop.demo');
    await openSettings(page);
    await page.getByTestId('totp-start').click();
    await page.getByTestId('totp-qr').waitFor();
    const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').trim();
    const app = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
    await page.getByTestId('totp-confirm-code').fill(app.generate());
    await page.getByTestId('totp-confirm').click();
    await page.getByTestId('recovery-codes').waitFor();
    const codes = await page.getByTestId('recovery-code').allTextContents();
    expect(codes).toHaveLength(10);
    await page.getByTestId('recovery-codes-saved').click();
    await expect.poll(async () => (await page.getByTestId('recovery-remaining').textContent()) ?? '').toContain('10');
    await signOut(page);

    await signIn(page, 'staff@shop.demo', PASSWORD, async (p) => {
      await p.getByTestId('use-recovery-code').click();
      await p.getByTestId('sign-in-recovery-code').fill(codes[0] ?? '');
      await p.getByTestId('sign-in-recovery-submit').click();
    });
    await openSettings(page);
    await expect.poll(async () => (await page.getByTestId('recovery-remaining').textContent()) ?? '').toContain('9');
    expect(output()).toMatch(/security_notice event=recovery_code_used/);
  });

  it('creates an API key shown once, shows when it was last used, and revokes it', JOURNEY, async () => {
    const page = await newPage();
    await signIn(page, 'owner@shop.demo');
    await openSettings(page);
    const section = page.getByTestId('api-keys-demo-shop');
    await section.getByTestId('api-key-name').fill('ci-server');
    await section.getByTestId('scope-evaluations:read').click();
    await section.getByTestId('api-key-create').click();
    const key = ((await page.getByTestId('created-api-key').textContent()) ?? '').trim();
    expect(key).toMatch(/^pisa_[A-Za-z0-9_-]{43}$/);
    await page.getByTestId('api-key-saved').click();

    const call = () => fetch(`${base}/api/processors`, { headers: { authorization: `Bearer ${key}` } });
    expect((await call()).status).toBe(200);
    await page.reload();
    const row = page.getByTestId('api-key-ci-server');
    await expect.poll(async () => (await row.getByTestId('api-key-last-used').textContent()) ?? '').not.toBe('Never');
    expect(await row.textContent()).not.toContain(key);

    await row.getByTestId('api-key-revoke').click();
    await page.getByRole('button', { name: 'Revoke' }).last().click();
    await row.getByTestId('api-key-revoked').waitFor();
    expect((await call()).status).toBe(401);
  });

  it('keeps the language on the account: after signing out, and on another device', JOURNEY, async () => {
    const first = await newPage();
    await signIn(first, 'owner@rides.demo');
    const saved = first.waitForResponse((r) => r.url().endsWith('/api/me/language') && r.status() === 204);
    await first.getByTestId('lang-switch').getByText('中文').click();
    await saved;
    await signOut(first);
    // This device remembers the choice anyway: switch back before signing in again.
    await first.getByTestId('lang-switch').getByText('English').click();
    expect(await first.locator('html').getAttribute('lang')).toBe('en');
    await signIn(first, 'owner@rides.demo');
    await expect.poll(() => first.locator('html').getAttribute('lang')).toBe('zh-CN');

    const elsewhere = await newPage('en-US');
    await elsewhere.goto(`${base}/public/rules`);
    expect(await elsewhere.locator('html').getAttribute('lang')).toBe('en');
    await signIn(elsewhere, 'owner@rides.demo');
    await expect.poll(() => elsewhere.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await elsewhere.getByTestId('sign-out').textContent()).toBe('退出登录');
  });

  it('resets a forgotten password with the link from the message; two-step sign-in is still asked for', JOURNEY, async () => {
    const page = await newPage();
    await page.goto(`${base}/sign-in`);
    await page.getByTestId('forgot-password-link').click();
    await page.getByTestId('forgot-identifier').fill('auditor@pisa.demo');
    await page.getByTestId('forgot-submit').click();
    await page.getByTestId('reset-requested').waitFor();
    let token = '';
    await expect
      .poll(() => {
        token = /password_reset token=([A-Za-z0-9_-]{43})/.exec(output())?.[1] ?? '';
        return token;
      })
      .not.toBe('');

    await page.goto(`${base}/reset-password#token=${token}`);
    expect(await page.getByTestId('reset-token').inputValue()).toBe(token);
    await page.getByTestId('reset-password').fill('quiet copper meadow 17');
    await page.getByTestId('reset-repeat').fill('quiet copper meadow 17');
    await page.getByTestId('reset-submit').click();
    await page.getByTestId('reset-done').waitFor();
    expect(new URL(page.url()).hash).toBe('');

    await signIn(page, 'auditor@pisa.demo', 'quiet copper meadow 17', async (p) => {
      await p.getByTestId('sign-in-code').fill(DEMO_TOTP.generate());
      await p.getByTestId('sign-in-code-submit').click();
    });
  });

  it('broke nothing under the Content-Security-Policy', () => {
    expect(violations).toEqual([]);
  });
});
