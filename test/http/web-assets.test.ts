import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectError, setupTestApp, TEST_SECURITY } from './helper.js';

// The built web app's files under /assets: content-hashed, so cached for good, and exempt from
// the per-address rate limit (a page load fetches dozens; a few reloads would exhaust it).

const webRoot = mkdtempSync(join(tmpdir(), 'pisa-assets-'));
mkdirSync(join(webRoot, 'assets'));
writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>PISA</title><div id="root"></div>');
writeFileSync(join(webRoot, 'assets', 'index-AbC123.js'), 'console.log("pisa")');

const app = setupTestApp({ webRoot, security: { ...TEST_SECURITY, rateLimit: { max: 3, authMax: 3, windowMs: 60_000 } } });

describe('the web app assets', () => {
  it('are cached for good and do not count against the rate limit; API calls still do', async () => {
    for (let i = 0; i < 10; i += 1) {
      const asset = await app().inject({ method: 'GET', url: '/assets/index-AbC123.js' });
      expect(asset.statusCode, `request ${i + 1}`).toBe(200);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await app().inject({ method: 'GET', url: '/api/taxonomy' })).statusCode);
    expect(statuses).toContain(429);
  });

  it('answer a file that is not there with the JSON 404, which counts against the limit like any probe', async () => {
    const missing = () => app().inject({ method: 'GET', url: '/assets/missing.js', remoteAddress: '10.0.0.9' });
    expectError(await missing(), 404, 'NOT_FOUND');
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await missing()).statusCode);
    expect(statuses).toContain(429);
  });
});
