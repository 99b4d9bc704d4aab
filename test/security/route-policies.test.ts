import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { routeTable } from '../../src/http/route-table.js';
import { isPolicy } from '../../src/http/security/policy-shape.js';
import { createTestAccount, expectError, setupTestContext, signIn, testPacks } from '../http/helper.js';

const ctx = setupTestContext();
const routes = () => routeTable(ctx().raw).filter((r) => r.method !== 'HEAD');
const fill = (url: string) => url.replace(/:[A-Za-z_]+/g, randomUUID()).replace('*', 'x');

/** The routes anyone may call: reference data, the check, health, docs, sign-in and registration, the transparency log. */
const PUBLIC_ROUTES = [
  'GET /healthz',
  'GET /api/meta',
  'GET /api/taxonomy',
  'GET /api/app-types',
  'GET /api/comparison',
  'GET /api/rules',
  'POST /api/check',
  'GET /api/openapi.json',
  'POST /api/auth/register',
  'POST /api/auth/verify',
  'POST /api/auth/verify/resend',
  'POST /api/auth/sign-in',
  // A forgotten password: asked for and used without a session (same answer for any identifier).
  'POST /api/auth/password-reset',
  'POST /api/auth/password-reset/confirm',
  // The transparency log: public by design (anyone may verify or mirror it).
  'GET /log/checkpoint',
  'GET /log/vkey',
  'GET /log/tile/entries/*',
  'GET /log/tile/:level/*',
  'GET /api/log/proof/inclusion',
  'GET /api/log/proof/consistency',
  // Published notices and what a person needs to verify a receipt: no personal information.
  'GET /api/processors/:id/notice',
  'GET /api/notices/:hash',
  'GET /api/notices/:hash/diff',
  'GET /api/receipts/keys',
  'POST /api/receipts/proof',
  // CORS preflights of the two routes the consent widget calls from other sites (src/http/security/cors.ts).
  'OPTIONS /api/processors/:id/consents',
  'OPTIONS /api/processors/:id/notice',
];

describe('the route table', () => {
  it('declares a valid access policy on every route, third-party ones included', () => {
    const missing = routes().filter((r) => !isPolicy(r.config['policy']));
    expect(missing.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    expect(routes().length).toBeGreaterThan(40);
  });

  it('makes public exactly the routes meant to be public (plus the API docs)', () => {
    const isPublic = routes()
      .filter((r) => (r.config['policy'] as { kind: string }).kind === 'public' && !r.url.startsWith('/api/docs'))
      .map((r) => `${r.method} ${r.url}`);
    expect(isPublic.sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('stops the server from starting when a route declares no policy (deny by default)', async () => {
    const app = buildApp({ services: ctx().services, compiled: await testPacks(), version: 'x', database: 'pglite' });
    app.get('/api/forgotten', () => 'open?');
    await expect(app.ready()).rejects.toThrow(/GET \/api\/forgotten/);
  });
});

describe('every non-public route', () => {
  it('answers 401 UNAUTHENTICATED to an anonymous caller, before reading the body', async () => {
    for (const route of routes()) {
      const policy = route.config['policy'] as { kind: string };
      if (policy.kind === 'public') continue;
      const method = route.method as 'GET' | 'POST' | 'PUT' | 'DELETE';
      const response = await ctx().raw.inject({
        method,
        url: fill(route.url),
        ...(method === 'GET' || method === 'DELETE' ? {} : { payload: { any: 'thing' } }),
      });
      expectError(response, 401, 'UNAUTHENTICATED');
    }
  });

  it('answers 403 FORBIDDEN to a signed-in individual on every role-restricted route, before validating the input', async () => {
    const person = await createTestAccount(ctx(), {});
    const session = await signIn(ctx().raw, person.email ?? '');
    for (const route of routes()) {
      const policy = route.config['policy'] as { kind: string };
      if (policy.kind !== 'grants') continue;
      const method = route.method as 'GET' | 'POST' | 'PUT' | 'DELETE';
      const response = await ctx().raw.inject({
        method,
        url: fill(route.url),
        headers: session,
        ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
      });
      expect(response.statusCode, `${method} ${route.url}: ${response.body}`).toBe(403);
      expectError(response, 403, 'FORBIDDEN');
    }
  });

  it('answers 401 to an Authorization header that is not a valid API key, never falling back to the cookie', async () => {
    const response = await ctx().raw.inject({
      method: 'GET',
      url: '/api/processors',
      headers: { ...ctx().admin, authorization: 'Bearer pisa_not-a-real-key' },
    });
    expectError(response, 401, 'UNAUTHENTICATED');
  });
});
