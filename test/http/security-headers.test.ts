import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../../src/http/security/headers.js';
import { setupTestApp } from './helper.js';

// Content-Security-Policy and the other security headers, by the profile each route declares
// (src/http/security/headers.ts): the API, the web app (with a nonce per page for Ant Design's
// <style> elements), the Swagger UI, and the profile the log and widget routes will use.

const webRoot = mkdtempSync(join(tmpdir(), 'pisa-csp-'));
mkdirSync(join(webRoot, 'assets'));
writeFileSync(join(webRoot, 'index.html'), '<!doctype html><meta name="pisa-csp-nonce" content="__PISA_CSP_NONCE__"><title>PISA</title><div id="root"></div>');
writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log("pisa")');

const app = setupTestApp({ webRoot });
const csp = (headers: Record<string, unknown>) => String(headers['content-security-policy'] ?? '');
const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));

const COMMON = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

describe('API responses', () => {
  it('may load, run or frame nothing: successes, errors and unknown paths alike', async () => {
    for (const url of ['/api/taxonomy', '/api/me', '/api/nothing-here', '/log/no-such-path']) {
      const response = await app().inject({ method: 'GET', url });
      expect(response.headers, url).toMatchObject(COMMON);
      const policy = directives(csp(response.headers));
      expect(policy.get('default-src'), url).toBe("'none'");
      expect(policy.get('frame-ancestors'), url).toBe("'none'");
    }
  });
});

describe('the web app', () => {
  it('allows scripts from its own origin only, and <style> elements only with the nonce given to the page', async () => {
    const response = await app().inject({ method: 'GET', url: '/public/rules' });
    expect(response.statusCode).toBe(200);
    expect(response.headers).toMatchObject({ ...COMMON, 'cache-control': 'no-store' });
    const policy = directives(csp(response.headers));
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy.get('style-src') ?? '')?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(policy.get('style-src')).not.toContain('unsafe-inline');
    expect(response.body).toContain(`<meta name="pisa-csp-nonce" content="${nonce}">`);
    expect(response.body).not.toContain('__PISA_CSP_NONCE__');
  });

  it('gives every page its own nonce', async () => {
    const nonces = await Promise.all([1, 2, 3].map(async () => /nonce-([^']+)'/.exec(csp((await app().inject({ method: 'GET', url: '/' })).headers))?.[1]));
    expect(new Set(nonces).size).toBe(3);
  });

  it("sends its assets under the app's policy too", async () => {
    const asset = await app().inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.headers).toMatchObject(COMMON);
    expect(directives(csp(asset.headers)).get('script-src')).toBe("'self'");
  });
});

describe('the API documentation (Swagger UI)', () => {
  it('runs its own scripts only and cannot be framed', async () => {
    const response = await app().inject({ method: 'GET', url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    const policy = directives(csp(response.headers));
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
  });
});

describe('the embeddable profile (the transparency log, the consent widget)', () => {
  it('may be framed and read from other sites, and still loads and runs nothing', () => {
    const headers = securityHeaders('embeddable', { nonce: null, tls: false });
    expect(headers['x-frame-options']).toBeUndefined();
    expect(headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(headers['content-security-policy']).not.toContain('frame-ancestors');
    expect(directives(headers['content-security-policy'] ?? '').get('default-src')).toBe("'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it('adds HSTS behind TLS, like every profile', () => {
    for (const profile of ['api', 'app', 'docs', 'embeddable'] as const)
      expect(securityHeaders(profile, { nonce: null, tls: true })['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});
