import type { ChildProcess } from 'node:child_process';
import * as OTPAuth from 'otpauth';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startServer, stopServer } from './support.js';

// Sign in through the web app as each kind of user of the demo data and see only that role's
// portals; a processor's member cannot open another processor's data by URL.

const PASSWORD = 'pisa-demo-passphrase';
const DEMO_TOTP = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32('PISADEMOPISADEMOPISADEMOPISADEMO') });
const PORTALS = ['public', 'individual', 'processor', 'association'] as const;

const ACCOUNTS = [
  { who: 'person@pisa.demo', sees: ['public', 'individual'] },
  { who: 'owner@shop.demo', sees: ['public', 'individual', 'processor'] },
  { who: 'admin@pisa.demo', sees: ['public', 'individual', 'association'] },
  { who: 'regulator@pisa.demo', sees: ['public', 'individual', 'association'] },
] as const;

describe('signing in as each role', () => {
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

  async function signIn(who: string) {
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${base}/sign-in`);
    await page.getByTestId('sign-in-identifier').fill(who);
    await page.getByTestId('sign-in-password').fill(PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    const code = page.getByTestId('sign-in-code');
    const signOut = page.getByTestId('sign-out');
    await Promise.race([code.waitFor(), signOut.waitFor()]);
    if (await code.isVisible()) {
      await code.fill(DEMO_TOTP.generate());
      await page.getByTestId('sign-in-code-submit').click();
    }
    await signOut.waitFor();
    return { context, page };
  }

  it.each(ACCOUNTS.map((a) => [a.who, a.sees] as const))('%s sees only the portals of their role', async (who, sees) => {
    const { context, page } = await signIn(who);
    for (const portal of PORTALS) {
      expect(await page.getByTestId(`portal-${portal}`).count(), `${who}: portal ${portal}`).toBe((sees as readonly string[]).includes(portal) ? 1 : 0);
    }
    await context.close();
  });

  it("does not let the shop group's owner open the rides group's processor by URL", async () => {
    const { context, page } = await signIn('owner@shop.demo');
    const own = await page.goto(`${base}/api/processors/shopping`);
    expect(own?.status()).toBe(200);
    const other = await page.goto(`${base}/api/processors/ride-hailing`);
    expect(other?.status()).toBe(404);
    expect(await other?.json()).toMatchObject({ code: 'NOT_FOUND' });
    await context.close();
  });
});
