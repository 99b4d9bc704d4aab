import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shopYaml } from '../support/shop-declaration.js';
import { freePort, launchBrowser, startServer, stopServer } from './support.js';

// The consent widget on a shop's page, keyboard only: the real server (demo data) and a second
// origin (localhost vs 127.0.0.1) with a strict CSP of its own that embeds the built widget, so
// the module load, the preflight and the POST are real cross-origin requests. Then the demo
// page /demo/shop in Chinese under PISA's own CSP.

const PASSWORD = 'pisa-demo-passphrase';

const SHOP_YAML = shopYaml('Widget Shop');

type Shop = { slug: string; collectKey: string; readKey: string };

/** Focus as a keyboard user meets it: the element inside the widget's shadow root, named as a screen reader would. */
type Focused = { tag: string; role: string | null; type: string | null; name: string; legend: string | null; checked: boolean | null };

/** The focused element, through open shadow roots (as text: the tests' TypeScript has no DOM types). */
const DEEP_FOCUS = `(() => {
  let element = document.activeElement;
  while (element && element.shadowRoot && element.shadowRoot.activeElement) element = element.shadowRoot.activeElement;
  return element;
})()`;

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(`(() => {
    const element = ${DEEP_FOCUS};
    if (!element) return { tag: 'none', role: null, type: null, name: '', legend: null, checked: null };
    const label = element.labels && element.labels[0] ? element.labels[0].textContent : null;
    const name = element.getAttribute('aria-label') ?? label ?? element.textContent ?? '';
    const legend = element.closest('fieldset')?.querySelector('legend')?.firstChild?.textContent ?? null;
    return {
      tag: element.tagName.toLowerCase(),
      role: element.getAttribute('role'),
      type: element.type ?? null,
      name: name.trim(),
      legend,
      checked: typeof element.checked === 'boolean' ? element.checked : null,
    };
  })()`);
}

const describeFocus = (f: Focused) => `${f.role ?? f.type ?? f.tag}: ${f.legend ? `${f.legend} / ` : ''}${f.name}`;

/** Presses Tab (or Shift+Tab) until the focus matches (keyboard only: no clicks); returns every stop on the way. */
async function tabTo(page: Page, matches: (f: Focused) => boolean, max = 40, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(key);
    const now = await focused(page);
    stops.push(describeFocus(now));
    if (matches(now)) return stops;
  }
  throw new Error(`focus never matched; stops: ${stops.join(' | ')}`);
}

const named = (text: string) => (f: Focused) => f.name === text;

describe('the consent widget in the browser', () => {
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let host: Server | undefined;
  let base = '';
  let hostBase = '';
  let shop: Shop;
  const contexts: BrowserContext[] = [];
  const violations: string[] = [];

  /** Sets up a processor of the demo shop's organisation through the API: declaration, notice, two keys. */
  async function createShop(): Promise<Shop> {
    const signIn = await fetch(`${base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: 'owner@shop.demo', password: PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const cookie = (signIn.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    const session = { cookie, 'x-csrf-token': ((await signIn.json()) as { csrf_token: string }).csrf_token, 'content-type': 'application/json' };
    const call = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${base}${path}`, { method, headers: session, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      // biome-ignore lint/suspicious/noExplicitAny: JSON of the API, read field by field below
      const json = (await response.json()) as any;
      expect(response.status, `${method} ${path}: ${JSON.stringify(json)}`).toBeLessThan(300);
      return json;
    };
    const { organisations } = await call('GET', '/api/organisations');
    const organisation = organisations.find((o: { slug: string }) => o.slug === 'demo-shop');
    const slug = `widget-e2e-${randomUUID().slice(0, 8)}`;
    await call('POST', '/api/processors', { name: 'Widget Shop', slug, organisation_id: organisation.id });
    await call('POST', `/api/processors/${slug}/declarations`, { source: SHOP_YAML });
    await call('POST', `/api/processors/${slug}/notices`, {
      legal_name: 'Widget Shop Ltd.',
      address: '1 Example Road, Shanghai',
      email: 'privacy@widget-shop.example',
      rights_url: 'https://widget-shop.example/rights',
      withdraw_url: 'https://widget-shop.example/withdraw',
    });
    const key = async (scope: string) =>
      (await call('POST', `/api/organisations/${organisation.id}/api-keys`, { name: `e2e ${scope}`, scopes: [scope] })).key as string;
    return { slug, collectKey: await key('consent:collect'), readKey: await key('consent:read') };
  }

  /** The shop's own page on another origin, with a CSP that allows scripts and requests to PISA only, and no inline styles. */
  function hostPage(processor: string, subject = 'kbd-user-1', age: string | null = null): string {
    const child = age === null ? '' : ` subject-age="${age.replace(/\D/g, '')}"`;
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Widget Shop</title>
<script type="module" src="${base}/widget/pisa-consent.js"></script><script type="module" src="/events.js"></script></head>
<body><h1>Widget Shop</h1>
<pisa-consent api="${base}" processor="${processor}" key="${shop.collectKey}" subject="${subject.replace(/[^\w-]/g, '')}" lang="en"${child}></pisa-consent></body></html>`;
  }

  const EVENTS_JS = `window.widgetEvents = [];
for (const type of ['pisa-consent:recorded', 'pisa-consent:error'])
  document.addEventListener(type, (event) => window.widgetEvents.push({ type, detail: event.detail }));`;

  beforeAll(async () => {
    ({ server, base } = await startServer(['--demo']));
    browser = await launchBrowser();
    shop = await createShop();
    const port = await freePort();
    hostBase = `http://localhost:${port}`;
    host = createServer((request, response) => {
      const csp = `default-src 'none'; script-src 'self' ${base}; connect-src ${base}; style-src 'self'; img-src 'self'`;
      if (request.url === '/events.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(EVENTS_JS);
      else {
        const query = new URL(request.url ?? '/', hostBase).searchParams;
        const page = hostPage(query.get('processor') ?? shop.slug, query.get('subject') ?? undefined, query.get('age'));
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }).end(page);
      }
    });
    host.listen(port, 'localhost');
    await once(host, 'listening');
  }, 90_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    host?.close();
    await stopServer(server);
  });

  async function newPage(options: { locale: string; reducedMotion?: 'reduce' | 'no-preference' }): Promise<Page> {
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({ locale: options.locale, reducedMotion: options.reducedMotion ?? 'no-preference', acceptDownloads: true });
    contexts.push(context);
    await context.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
    // Runs in every page before its scripts (as text: the tests' TypeScript has no DOM types).
    await context.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (e) =>
        window.reportCspViolation(location.href + ': ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));`,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  it('is used with the keyboard alone on another site: asks for separate items, records, offers the receipts', async () => {
    const page = await newPage({ locale: 'en-US' });
    await page.goto(`${hostBase}/shop.html`);
    await page.getByRole('heading', { name: 'How Widget Shop uses your personal information' }).waitFor();

    // Focus order follows the reading order: the language switch, each purpose, each separate item on its own, the actions.
    const stops = await tabTo(page, named('Save my choices'));
    expect(stops).toEqual([
      'button: Show in Chinese',
      'switch: Recommend products',
      'switch: Show nearby pickup points',
      'radio: Separate consent: using your sensitive information / Yes, I agree',
      'checkbox: Limit the Use of My Sensitive Personal Information',
      'switch: Share with an ad network',
      'radio: Separate consent: giving it to AdNet / Yes, I agree',
      'checkbox: Do Not Sell or Share My Personal Information',
      'summary: The complete notice',
      'button: Save my choices',
    ]);
    expect(await tabTo(page, named('Accept all'), 1)).toEqual(['button: Accept all']);
    expect(await tabTo(page, named('Refuse all'), 1)).toEqual(['button: Refuse all']);

    // Focus is visible, and the widget's own styles apply under the host's strict CSP.
    const ring = await page.evaluate(`(() => {
      const style = getComputedStyle(${DEEP_FOCUS});
      return { outline: style.outlineStyle, width: style.outlineWidth, transition: style.transitionDuration };
    })()`);
    expect(ring).toEqual({ outline: 'solid', width: '3px', transition: '0.15s, 0.15s' });

    // Start over from the top: switch on "Recommend products" with Space.
    await page.goto(`${hostBase}/shop.html`);
    await page.getByRole('heading', { name: 'How Widget Shop uses your personal information' }).waitFor();
    await tabTo(page, named('Recommend products'));
    await page.keyboard.press('Space');
    expect((await focused(page)).checked).toBe(true);

    // "Accept all" asks while separate items are unanswered, and takes the person to the first one.
    await tabTo(page, named('Accept all'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Please answer each item asked on its own first (2 left)');
    expect(describeFocus(await focused(page))).toBe('radio: Separate consent: using your sensitive information / Yes, I agree');
    // Arrow keys move within the yes/no group: "No" for the sensitive information.
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toMatchObject({ name: 'No', checked: true });
    // "Yes" to giving it to AdNet, and opt out of sale and sharing.
    await tabTo(page, (f) => f.legend === 'Separate consent: giving it to AdNet');
    await page.keyboard.press('Space');
    expect(await focused(page)).toMatchObject({ name: 'Yes, I agree', checked: true });
    await tabTo(page, named('Do Not Sell or Share My Personal Information'));
    await page.keyboard.press('Space');
    await tabTo(page, named('Save my choices'));
    await page.keyboard.press('Enter');

    // The result is announced in the live region; the page gets the receipts as an event.
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Your choices are recorded. 6 signed receipts were issued.');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    const events = (await page.evaluate('window.widgetEvents')) as {
      type: string;
      detail: { receipts: { receipt_id: string; schema: string; subject: string; purposes: { id: string }[]; event: { state: string; method: string } }[] };
    }[];
    expect(events.map((e) => e.type)).toEqual(['pisa-consent:recorded']);
    const receipts = events[0]?.detail.receipts ?? [];
    expect(receipts.map((r) => [r.purposes[0]?.id, r.event.state]).sort()).toEqual(
      [
        ['ads', 'refused'],
        ['ads#provision:adnet', 'given'],
        ['ads#sale-share', 'refused'],
        ['location', 'refused'],
        ['location#sensitive', 'refused'],
        ['marketing', 'given'],
      ].sort(),
    );
    expect(receipts.every((r) => r.schema === 'pisa-receipt/1' && r.subject === 'kbd-user-1' && r.event.method === 'widget')).toBe(true);

    // The receipts: download all as one JSON file with the keyboard, and the link to PISA's receipt page.
    const stopsToDownload = await tabTo(page, named('Download all receipts (JSON)'));
    expect(stopsToDownload.filter((s) => s.startsWith('button: Download this receipt (JSON)'))).toHaveLength(6);
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`^pisa-receipts-${shop.slug}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    const saved = JSON.parse(readFileSync((await file.path()) ?? '', 'utf8')) as { receipt_id: string; sig: string }[];
    expect(saved.map((r) => r.receipt_id).sort()).toEqual(receipts.map((r) => r.receipt_id).sort());
    expect(saved.every((r) => r.sig.split('.').length === 3)).toBe(true);
    await tabTo(page, (f) => f.tag === 'a');
    const link = page.getByRole('link', { name: /View and verify your receipts on PISA/ });
    expect(await link.getAttribute('href')).toBe(`${base}/receipts`);

    // PISA answers "may I process?" from what was decided: yes for the granted purpose, no for the refused one.
    const check = async (purpose: string) =>
      (await fetch(`${base}/api/processors/${shop.slug}/consents/check?subject=kbd-user-1&purpose=${encodeURIComponent(purpose)}`, {
        headers: { authorization: `Bearer ${shop.readKey}` },
      }).then((r) => r.json())) as { allowed: boolean; reason: string };
    expect(await check('marketing')).toMatchObject({ allowed: true, reason: 'GRANTED' });
    expect(await check('location')).toMatchObject({ allowed: false });
    expect(await check('ads')).toMatchObject({ allowed: false });
    expect(violations).toEqual([]);
  });

  it("asks for a child's guardian and records only once the site has verified one; the receipts name the guardian", async () => {
    const page = await newPage({ locale: 'en-US' });
    // 13: under 14 in CN (PIPL art. 31), not under 13 in the US, so a guardian is enough.
    await page.goto(`${hostBase}/shop.html?subject=child-user-1&age=13`);
    await page.getByRole('heading', { name: 'How Widget Shop uses your personal information' }).waitFor();
    const child = page.locator('pisa-consent .child');
    expect(await child.getAttribute('aria-live')).toBe('polite');
    expect(await child.textContent()).toContain('This child is under 14: a parent or guardian must decide');
    expect(await child.textContent()).toContain('Choices can be recorded once this site has verified the parent or guardian.');
    const save = page.getByRole('button', { name: 'Save my choices' });
    expect(await save.getAttribute('aria-disabled')).toBe('true');

    // Without the verification the buttons say why and record nothing.
    await tabTo(page, named('Recommend products'));
    await page.keyboard.press('Space');
    await tabTo(page, named('Save my choices'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Choices can be recorded once this site has verified the parent or guardian.');
    expect(await page.evaluate('window.widgetEvents')).toEqual([]);

    // The shop verifies the guardian and says how; the widget records as that guardian.
    await page.evaluate(`document.querySelector('pisa-consent').setAttribute('guardian-verification', 'ID card checked in store')`);
    await expect.poll(() => child.textContent()).toContain('Recorded as decided by the verified parent or guardian (ID card checked in store).');
    expect(await save.getAttribute('aria-disabled')).toBe('false');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Your choices are recorded. 3 signed receipts were issued.');
    const events = (await page.evaluate('window.widgetEvents')) as {
      type: string;
      detail: { receipts: { subject: string; purposes: { id: string }[]; event: { state: string; by: unknown } }[] };
    }[];
    const receipts = events[0]?.detail.receipts ?? [];
    expect(receipts.map((r) => [r.purposes[0]?.id, r.event.state]).sort()).toEqual(
      [
        ['ads', 'refused'],
        ['location', 'refused'],
        ['marketing', 'given'],
      ].sort(),
    );
    for (const receipt of receipts) {
      expect(receipt.subject).toBe('child-user-1');
      expect(receipt.event.by).toEqual({ kind: 'guardian', verification: 'ID card checked in store' });
    }
    const answer = await fetch(`${base}/api/processors/${shop.slug}/consents/check?subject=child-user-1&purpose=marketing`, {
      headers: { authorization: `Bearer ${shop.readKey}` },
    }).then((r) => r.json());
    expect(answer).toMatchObject({ allowed: true });
    expect(violations).toEqual([]);
  });

  it('turns transitions off for a person who prefers reduced motion', async () => {
    const page = await newPage({ locale: 'en-US', reducedMotion: 'reduce' });
    await page.goto(`${hostBase}/shop.html`);
    const save = page.getByRole('button', { name: 'Save my choices' });
    await save.waitFor();
    const duration = `getComputedStyle(document.querySelector('pisa-consent').shadowRoot.querySelector('button.primary')).transitionDuration`;
    expect(await page.evaluate(duration)).toBe('0s');
  });

  it('tells the person and the page when the notice cannot be loaded, and offers to try again', async () => {
    const page = await newPage({ locale: 'en-US' });
    await page.goto(`${hostBase}/shop.html?processor=no-such-shop`);
    await page.getByRole('heading', { name: 'The privacy notice could not be loaded.' }).waitFor();
    expect(await page.getByRole('alert').textContent()).not.toBe('');
    const events = (await page.evaluate('window.widgetEvents')) as {
      type: string;
      detail: { code: string; status: number; message: { en: string; zh: string } };
    }[];
    expect(events.map((e) => e.type)).toEqual(['pisa-consent:error']);
    expect(events[0]?.detail.status).toBeGreaterThanOrEqual(400);
    expect(events[0]?.detail.message.zh).toMatch(/\p{Script=Han}/u);
    expect(await page.getByRole('button', { name: 'Save my choices' }).isVisible()).toBe(false);
    await tabTo(page, named('Try again'));
  });

  it("runs on the demo shop page in the browser's language (Chinese) under PISA's CSP", async () => {
    const page = await newPage({ locale: 'zh-CN' });
    await page.goto(`${base}/demo/shop`);
    await page.getByRole('heading', { name: /如何处理您的个人信息/ }).waitFor();
    expect(await page.getByRole('button', { name: '全部拒绝' }).count()).toBe(1);
    await tabTo(page, named('全部拒绝'), 60);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^您的选择已记录。已签发 \d+ 份签名回执。$/);
    await expect.poll(() => page.locator('#events').textContent()).toContain('已记录');
    // The language switch inside the widget, with the keyboard too.
    await tabTo(page, named('以英文显示'), 60, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /uses your personal information/ }).waitFor();
    expect(await page.getByRole('status').textContent()).toMatch(/^Your choices are recorded\. \d+ signed receipts were issued\.$/);
    expect(violations).toEqual([]);
    // About 120 key presses, each a browser round trip: as the portal journeys do, allow for a
    // busy CI machine (it once took over 30 s there while the whole suite was starting).
  }, 90_000);
});
