import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTestApp, expectError, setupTestApp } from './helper.js';

const webRoot = mkdtempSync(join(tmpdir(), 'pisa-web-'));
mkdirSync(join(webRoot, 'assets'));
writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>PISA</title><div id="root"></div>');
writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log("pisa")');

describe('with a web root', () => {
  const app = setupTestApp({ webRoot });

  it('serves the index and the assets', async () => {
    const index = await app().inject({ method: 'GET', url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('<title>PISA</title>');
    const asset = await app().inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
  });

  it('answers client-side routes with index.html (single-page app fallback)', async () => {
    const response = await app().inject({ method: 'GET', url: '/processors/acme/evaluations?tab=2' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<div id="root">');
  });

  it('keeps unknown /api and /log paths, and non-GET requests, as JSON 404s', async () => {
    expectError(await app().inject({ method: 'GET', url: '/api/unknown' }), 404, 'NOT_FOUND');
    expectError(await app().inject({ method: 'GET', url: '/log/not-a-log-path' }), 404, 'NOT_FOUND');
    expectError(await app().inject({ method: 'POST', url: '/somewhere' }), 404, 'NOT_FOUND');
  });

  it('still serves the API', async () => {
    expect((await app().inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok', database: 'ok' });
  });
});

describe('with a web root that does not exist', () => {
  it('serves no web app: / is a JSON 404', async () => {
    const { app, close } = await buildTestApp({ webRoot: join(webRoot, 'missing') });
    try {
      expectError(await app.inject({ method: 'GET', url: '/' }), 404, 'NOT_FOUND');
    } finally {
      await close();
    }
  });
});
