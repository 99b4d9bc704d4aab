import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/core/errors/codes.js';
import { type RouteEntry, routeTable } from '../../src/http/route-table.js';
import { DECLARATION_YAML, setupTestContext, TEST_PASSWORD } from '../http/helper.js';

// Property-based fuzzing of every route the server registers (walked from its route table, so a
// new route is fuzzed without being listed here): random and near-valid bodies, queries, path
// parameters, content types and headers must never give a 5xx, and every error must be the one
// shape with a stable code and messages in English and Chinese.

const ctx = setupTestContext();
const app = () => ctx().app;

const TRICKY = ['..', '%2e%2e%2f', '%00', '%', "' OR 1=1 --", '<script>', 'null', '0', '-1', '1e309', '😀', '\u202e', '\u0000', 'a'.repeat(300)];
const trickyString = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));
const segment = fc.oneof(trickyString.map(encodeURIComponent), fc.uuid(), fc.constantFrom('acme', 'fuzz-target', '1', 'latest'));
const query = fc.dictionary(fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('q', 'law', 'limit', 'format', '__proto__')), trickyString, {
  maxKeys: 4,
});

/** Valid bodies per route, which the arbitraries below mutate so the fuzz reaches the handlers. */
const SEEDS: Record<string, readonly unknown[]> = {
  'POST /api/check': [{ declaration: DECLARATION_YAML }, { declaration: DECLARATION_YAML, as_of: '2026-01-01', jurisdictions: ['CN'] }],
  'POST /api/processors': [{ name: 'Fuzz Co.', slug: 'fuzz-co' }, { name: 'Fuzz Co.' }],
  'POST /api/processors/:id/declarations': [{ source: DECLARATION_YAML }, { source: DECLARATION_YAML, format: 'yaml' }],
  'POST /api/processors/:id/evaluations': [{}, { version: 1, as_of: '2026-01-01', jurisdictions: ['CN-44'] }],
  'PUT /api/processors/:id/organisation': [{ organisation_id: null }],
  'POST /api/auth/register': [
    { email: 'fuzz@example.com', password: TEST_PASSWORD },
    { phone: '13800138000', password: TEST_PASSWORD, name: 'Fuzz' },
  ],
  'POST /api/auth/verify': [{ email: 'fuzz@example.com', code: '123456' }],
  'POST /api/auth/verify/resend': [{ email: 'fuzz@example.com' }],
  'POST /api/auth/sign-in': [{ identifier: 'fuzz@example.com', password: TEST_PASSWORD }],
  'POST /api/auth/sign-in/totp': [{ code: '123456' }],
  'POST /api/me/password': [{ current: TEST_PASSWORD, next: 'another long passphrase' }],
  'POST /api/me/totp/confirm': [{ code: '123456' }],
  'POST /api/me/totp/disable': [{ code: '123456' }, { code: '0123-4567-89ab-cdef' }],
  'POST /api/me/totp/recovery-codes': [{ code: '123456' }],
  'PUT /api/me/language': [{ language: 'zh-CN' }, { language: 'en' }],
  'POST /api/auth/sign-in/recovery-code': [{ recovery_code: '0123-4567-89ab-cdef' }],
  'POST /api/auth/password-reset': [{ email: 'fuzz@example.com' }, { phone: '13800138000' }],
  'POST /api/auth/password-reset/confirm': [{ token: 'A'.repeat(43), password: 'another long passphrase' }],
  'POST /api/invitations/accept': [{ token: 'A'.repeat(43) }],
  'POST /api/organisations': [{ name: 'Fuzz Org' }, { name: 'Fuzz Org', slug: 'fuzz-org' }],
  'POST /api/organisations/:id/invitations': [{ email: 'invitee@example.com', role: 'staff' }],
  'POST /api/association/invitations': [{ phone: '13800138000', role: 'auditor' }],
  'POST /api/organisations/:id/api-keys': [{ name: 'fuzz', scopes: ['processors:read'] }],
};

/** Routes that end the fuzzing admin's own session: fuzzed anonymously only. */
const ENDS_SESSION = new Set(['POST /api/auth/sign-out', 'POST /api/auth/sign-out-everywhere', 'POST /api/me/password', 'POST /api/me/totp/confirm']);

const anyJson = fc.jsonValue({ maxDepth: 4 });

/** A valid body with one change: a field replaced by random JSON, a field dropped, or an extra one. */
function mutated(seed: unknown): fc.Arbitrary<unknown> {
  if (typeof seed !== 'object' || seed === null || Array.isArray(seed)) return anyJson;
  const keys = Object.keys(seed);
  const record = seed as Record<string, unknown>;
  return fc.oneof(
    fc.constant(seed),
    keys.length === 0 ? anyJson : fc.tuple(fc.constantFrom(...keys), fc.oneof(anyJson, trickyString)).map(([k, v]) => ({ ...record, [k]: v })),
    keys.length === 0 ? anyJson : fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(record).filter(([key]) => key !== k))),
    fc.tuple(fc.oneof(fc.string({ maxLength: 10 }), fc.constant('__proto__'), fc.constant('constructor')), anyJson).map(([k, v]) => ({ ...record, [k]: v })),
  );
}

type Payload = { contentType: string; body: string } | { json: unknown } | null;

function payloadFor(route: RouteEntry): fc.Arbitrary<Payload> {
  const seeds = SEEDS[`${route.method} ${route.url}`] ?? [{}];
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .constantFrom(...seeds)
        .chain(mutated)
        .map((json): Payload => ({ json })),
    },
    { weight: 1, arbitrary: anyJson.map((json): Payload => ({ json })) },
    { weight: 1, arbitrary: fc.constant(null) },
    {
      weight: 2,
      arbitrary: fc
        .record({
          contentType: fc.constantFrom(
            'application/json',
            'application/yaml',
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data',
            'application/json; charset=latin1',
          ),
          body: fc.oneof(trickyString, fc.constant('{"a":'), fc.constant('{"__proto__":{"x":1}}'), fc.constant('a: &a [*a]'), fc.constant(DECLARATION_YAML)),
        })
        .map((p): Payload => p),
    },
  );
}

const headers = fc.record(
  {
    cookie: fc.oneof(
      trickyString,
      fc.constant('pisa_session=x'),
      fc.string({ maxLength: 60 }).map((s) => `pisa_session=${s}`),
    ),
    authorization: fc.oneof(
      trickyString,
      fc.string({ maxLength: 60 }).map((s) => `Bearer ${s}`),
      fc.constant('Bearer pisa_'),
    ),
    'x-csrf-token': trickyString,
    'x-forwarded-for': fc.oneof(fc.ipV4(), trickyString),
  },
  { requiredKeys: [] },
);

function assertAnswer(response: LightMyRequestResponse, label: string): void {
  expect(response.statusCode, `${label}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
  if (response.statusCode < 400) return;
  const body = response.json();
  expect(Object.keys(body).sort(), label).toEqual(['code', 'issues', 'message', 'request_id', 'statusCode']);
  expect(ERROR_CODES, label).toContain(body.code);
  expect(body.statusCode, label).toBe(response.statusCode);
  expect(body.message.en, label).not.toBe('');
  expect(body.message.zh, label).toMatch(/\p{Script=Han}/u);
  for (const issue of body.issues) {
    expect(ERROR_CODES, label).toContain(issue.code);
    expect(issue.message.en, label).not.toBe('');
    expect(issue.message.zh, label).not.toBe('');
  }
}

const fillPath = (url: string, values: readonly string[]): string => {
  let i = 0;
  return url.replace(/:[A-Za-z_]+|\*/g, () => values[i++] ?? 'x');
};

const fuzzedRoutes = (): RouteEntry[] => routeTable(ctx().raw).filter((r) => r.method !== 'HEAD' && !r.url.startsWith('/api/docs'));

describe('every API route, under random input', () => {
  it('is found in the route table', () => {
    expect(fuzzedRoutes().length).toBeGreaterThan(10);
  });

  it.each([
    ['an anonymous caller', 'anonymous'],
    ['a signed-in Association admin (so input reaches validation and the handlers)', 'admin'],
  ] as const)(
    'never answers 5xx to %s, and always uses the one error shape with a stable code in both languages',
    { timeout: 240_000 },
    async (_label, who) => {
      // A processor whose slug the path generator may pick, so nested routes reach their handlers.
      await app().inject({ method: 'POST', url: '/api/processors', payload: { name: 'Fuzz target', slug: 'fuzz-target' } });
      await app().inject({ method: 'POST', url: '/api/processors/fuzz-target/declarations', payload: { source: DECLARATION_YAML } });
      const target = who === 'admin' ? app() : ctx().raw;
      const statuses = new Map<number, number>();
      for (const route of fuzzedRoutes()) {
        if (who === 'admin' && ENDS_SESSION.has(`${route.method} ${route.url}`)) continue;
        const params = (route.url.match(/:[A-Za-z_]+|\*/g) ?? []).length;
        const method = route.method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
        const hasBody = method !== 'GET' && method !== 'DELETE';
        await fc.assert(
          fc.asyncProperty(
            fc.array(segment, { minLength: params, maxLength: params }),
            query,
            hasBody ? payloadFor(route) : fc.constant(null),
            who === 'admin' ? fc.constant({}) : headers,
            async (values, qs, payload, extraHeaders) => {
              const url = fillPath(route.url, values);
              const label = `${route.method} ${url} ${JSON.stringify(payload)?.slice(0, 200)} ${JSON.stringify(extraHeaders)}`;
              const contentType = payload === null ? {} : 'json' in payload ? { 'content-type': 'application/json' } : { 'content-type': payload.contentType };
              const response = await target.inject({
                method,
                url,
                query: qs,
                headers: { ...extraHeaders, ...contentType },
                ...(payload === null ? {} : { payload: 'json' in payload ? (JSON.stringify(payload.json) ?? 'null') : payload.body }),
              });
              assertAnswer(response, label);
              statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
            },
          ),
          { numRuns: 40 },
        );
      }
      // The fuzz reached handlers (successes), not only the front door.
      const successes = [...statuses].filter(([status]) => status < 300).reduce((n, [, count]) => n + count, 0);
      expect(successes).toBeGreaterThan(who === 'admin' ? 100 : 50);
      if (who === 'admin') expect((await app().inject({ method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    },
  );
});
