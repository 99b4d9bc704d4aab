import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { createTestAccount, expectError, setupTestContext, signIn, TEST_SECURITY, testPacks } from './helper.js';

// The consent widget's file and demo page (src/http/widget.ts), and CORS for the two API routes
// it calls from other sites (src/http/security/cors.ts). The built files are stand-ins here; the
// real bundle is checked by test/widget and test/e2e/consent-widget.test.ts.

const widgetRoot = mkdtempSync(join(tmpdir(), 'pisa-widget-'));
mkdirSync(join(widgetRoot, 'demo'));
writeFileSync(join(widgetRoot, 'pisa-consent.js'), 'customElements.define("pisa-consent", class extends HTMLElement {});\n');
writeFileSync(join(widgetRoot, 'demo', 'shop.html'), '<!doctype html><title>Sample shop</title><script type="module" src="/widget/pisa-consent.js"></script>');
writeFileSync(join(widgetRoot, 'demo', 'shop.css'), 'body { margin: 0 }\n');

const ctx = setupTestContext();
let app: FastifyInstance;

beforeAll(async () => {
  app = buildApp({ services: ctx().services, compiled: await testPacks(), version: '0.0.0-test', database: 'pglite', security: TEST_SECURITY, widgetRoot });
  await app.ready();
});
afterAll(async () => {
  await app.close();
});

const directives = (headers: Record<string, unknown>) =>
  new Map(
    String(headers['content-security-policy'] ?? '')
      .split('; ')
      .map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
  );

const SHOP_YAML = `processor:
  name: Widget Shop
  jurisdictions: [CN]
activities:
  - id: marketing
    purpose: Recommend products
    legal_basis: consent
    data: [email]
`;

/** A processor with a published notice and a publishable (consent:collect) key. */
async function shop(): Promise<{ slug: string; key: string; noticeHash: string }> {
  const account = await createTestAccount(ctx(), {});
  const session = await signIn(app, account.email ?? '');
  const organisation = (
    await app.inject({ method: 'POST', url: '/api/organisations', headers: session, payload: { name: `Widget ${randomUUID().slice(0, 6)}` } })
  ).json();
  const slug = `widget-${randomUUID().slice(0, 8)}`;
  await app.inject({ method: 'POST', url: '/api/processors', headers: session, payload: { name: 'Widget Shop', slug, organisation_id: organisation.id } });
  await app.inject({ method: 'POST', url: `/api/processors/${slug}/declarations`, headers: session, payload: { source: SHOP_YAML } });
  const context = {
    legal_name: 'Widget Shop Ltd.',
    address: '1 Road',
    email: 'p@shop.example',
    rights_url: 'https://shop.example/r',
    withdraw_url: 'https://shop.example/w',
  };
  const published = await app.inject({ method: 'POST', url: `/api/processors/${slug}/notices`, headers: session, payload: context });
  expect(published.statusCode, published.body).toBe(201);
  const key = await app.inject({
    method: 'POST',
    url: `/api/organisations/${organisation.id}/api-keys`,
    headers: session,
    payload: { name: 'widget', scopes: ['consent:collect'] },
  });
  return { slug, key: key.json().key, noticeHash: published.json().notice.content_hash };
}

describe('GET /widget/pisa-consent.js', () => {
  it('serves the module to any site (CORS *), embeddable, cached for an hour and revalidated by ETag', async () => {
    const response = await app.inject({ method: 'GET', url: '/widget/pisa-consent.js', headers: { origin: 'https://shop.example' } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('pisa-consent');
    expect(response.headers).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      'access-control-allow-origin': '*',
      'cache-control': 'public, max-age=3600',
      'cross-origin-resource-policy': 'cross-origin',
    });
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    const etag = String(response.headers['etag']);
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    const again = await app.inject({ method: 'GET', url: '/widget/pisa-consent.js', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('is not served when the widget is not built', async () => {
    expectError(await ctx().raw.inject({ method: 'GET', url: '/widget/pisa-consent.js' }), 404, 'NOT_FOUND');
  });
});

describe('the demo page /demo/shop', () => {
  it("is served under the web app's policy: scripts and styles from PISA's own origin only", async () => {
    const response = await app.inject({ method: 'GET', url: '/demo/shop' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const policy = directives(response.headers);
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('style-src')).toBe("'self'");
    expect(policy.get('connect-src')).toBe("'self'");
    expect(response.headers['x-frame-options']).toBe('DENY');
    const css = await app.inject({ method: 'GET', url: '/demo/shop.css' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('serves nothing else from the folder: no second copy of the page, no unknown files, no way out', async () => {
    for (const url of ['/demo/shop.html', '/demo/nope.js', '/demo/..%2Fpisa-consent.js', '/demo/%2e%2e%2F%2e%2e%2Fpackage.json'])
      expectError(await app.inject({ method: 'GET', url }), 404, 'NOT_FOUND');
  });
});

describe('CORS for the widget', () => {
  it('answers the preflight of POST /api/processors/:slug/consents: any origin, Authorization and Content-Type, no credentials', async () => {
    const response = await app.inject({
      method: 'OPTIONS',
      url: '/api/processors/shopping/consents',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(response.statusCode).toBe(204);
    expect(response.headers).toMatchObject({ 'access-control-allow-origin': '*', 'access-control-allow-methods': 'POST', 'access-control-max-age': '600' });
    const allowed = String(response.headers['access-control-allow-headers']).toLowerCase().split(/,\s*/);
    expect(allowed.sort()).toEqual(['authorization', 'content-type']);
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('answers the preflight of GET /api/processors/:slug/notice', async () => {
    const response = await app.inject({ method: 'OPTIONS', url: '/api/processors/shopping/notice', headers: { origin: 'https://shop.example' } });
    expect(response.statusCode).toBe(204);
    expect(response.headers).toMatchObject({ 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET' });
  });

  it('lets another site read the notice, record decisions and read the errors of both routes', async () => {
    const s = await shop();
    const origin = { origin: 'https://shop.example' };
    const notice = await app.inject({ method: 'GET', url: `/api/processors/${s.slug}/notice`, headers: origin });
    expect(notice.statusCode).toBe(200);
    expect(notice.headers['access-control-allow-origin']).toBe('*');
    const recorded = await app.inject({
      method: 'POST',
      url: `/api/processors/${s.slug}/consents`,
      headers: { ...origin, authorization: `Bearer ${s.key}` },
      payload: { notice_hash: s.noticeHash, subject: 'visitor-1', method: 'widget', decisions: [{ purpose: 'marketing', action: 'grant' }] },
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.headers['access-control-allow-origin']).toBe('*');
    expect(recorded.headers['access-control-allow-credentials']).toBeUndefined();
    // Errors carry the header too, so the widget can show the API's message.
    const anonymous = await app.inject({ method: 'POST', url: `/api/processors/${s.slug}/consents`, headers: origin, payload: {} });
    expectError(anonymous, 401, 'UNAUTHENTICATED');
    expect(anonymous.headers['access-control-allow-origin']).toBe('*');
    const missing = await app.inject({ method: 'GET', url: '/api/processors/no-such-shop/notice', headers: origin });
    expect(missing.statusCode).toBeGreaterThanOrEqual(400);
    expect(missing.headers['access-control-allow-origin']).toBe('*');
  });

  it('opens no other route to other sites', async () => {
    const origin = { origin: 'https://evil.example' };
    for (const [method, url] of [
      ['GET', '/api/taxonomy'],
      ['GET', '/api/me'],
      ['POST', '/api/auth/sign-in'],
      ['GET', '/api/processors/shopping/consents/check?subject=u&purpose=p'],
    ] as const) {
      const response = await app.inject({ method, url, headers: origin, ...(method === 'POST' ? { payload: {} } : {}) });
      expect(response.headers['access-control-allow-origin'], `${method} ${url}`).toBeUndefined();
    }
    const preflight = await app.inject({ method: 'OPTIONS', url: '/api/me', headers: { ...origin, 'access-control-request-method': 'GET' } });
    expect(preflight.statusCode).toBe(404);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });
});
