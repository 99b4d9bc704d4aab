import { describe, expect, it } from 'vitest';
import { SMALL_BODY_LIMIT } from '../../src/http/limits.js';
import { DECLARATION_YAML, expectError, setupTestApp } from '../http/helper.js';

const app = setupTestApp();

describe('hostile input at the edge', () => {
  it('refuses NUL (U+0000) in JSON bodies, YAML bodies, path parameters and queries with REQUEST_INVALID', async () => {
    const inJson = expectError(await app().inject({ method: 'POST', url: '/api/processors', payload: { name: 'a\u0000b' } }), 400, 'REQUEST_INVALID');
    expect(inJson.issues).toMatchObject([{ code: 'VALUE_INVALID', at: 'body.name' }]);
    const inKey = expectError(await app().inject({ method: 'POST', url: '/api/check', payload: { declaration: { 'x\u0000': 1 } } }), 400, 'REQUEST_INVALID');
    expect(inKey.issues[0]?.at).toBe('body.declaration.x\\u0000');
    const yaml = `${DECLARATION_YAML}# \u0000\n`;
    expectError(
      await app().inject({ method: 'POST', url: '/api/processors/x/declarations', headers: { 'content-type': 'application/yaml' }, payload: yaml }),
      400,
      'REQUEST_INVALID',
    );
    expectError(await app().inject({ method: 'GET', url: '/api/processors/a%00b' }), 400, 'REQUEST_INVALID');
    expectError(await app().inject({ method: 'GET', url: '/api/rules?q=%00' }), 400, 'REQUEST_INVALID');
  });

  it('describes a rejected object that cannot be turned into text without failing (found by the fuzzer)', async () => {
    // {"toString": null}: String() of it throws; the answer must still be a 400 naming the field.
    const response = await app().inject({
      method: 'POST',
      url: '/api/association/invitations',
      headers: { 'content-type': 'application/json' },
      payload: '{"phone":"13800138000","role":{"toString":null}}',
    });
    expect(expectError(response, 400, 'REQUEST_INVALID').issues).toMatchObject([{ code: 'VALUE_INVALID', at: 'body.role' }]);
  });

  it('refuses prototype-poisoning JSON keys', async () => {
    const response = await app().inject({
      method: 'POST',
      url: '/api/check',
      headers: { 'content-type': 'application/json' },
      payload: '{"__proto__": {"admin": true}}',
    });
    expect(response.statusCode).toBe(400);
    expectError(response, 400, response.json().code);
  });

  it('does not parse text/plain or form bodies (a cross-site form can send them without a preflight)', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await app().inject({ method: 'POST', url: '/api/check', headers: { 'content-type': type }, payload: 'declaration=x' });
      // Fastify's 415, mapped like every other client-side problem to 400 REQUEST_INVALID.
      expect(expectError(response, 400, 'REQUEST_INVALID').message.en).toContain('Unsupported Media Type');
    }
  });

  it('answers a path parameter over 100 characters with REQUEST_INVALID, not a bare 414', async () => {
    expectError(await app().inject({ method: 'GET', url: `/api/processors/${'a'.repeat(150)}` }), 400, 'REQUEST_INVALID');
  });

  it('refuses record references that are neither a uuid nor a slug before any lookup', async () => {
    const body = expectError(await app().inject({ method: 'GET', url: `/api/processors/${encodeURIComponent("x' OR 1=1")}` }), 400, 'REQUEST_INVALID');
    expect(body.issues[0]?.at).toBe('params.id');
  });

  it('refuses query parameters a route does not declare', async () => {
    const body = expectError(await app().inject({ method: 'GET', url: '/api/taxonomy?debug=1' }), 400, 'REQUEST_INVALID');
    expect(body.issues).toMatchObject([{ code: 'FIELD_UNKNOWN', at: 'querystring.debug' }]);
    expectError(await app().inject({ method: 'GET', url: '/healthz?verbose=true' }), 400, 'REQUEST_INVALID');
  });
});

describe('body size limits', () => {
  it('allow 16 KiB where a body is a few short fields, naming that limit', async () => {
    const body = expectError(await app().inject({ method: 'POST', url: '/api/processors', payload: { name: 'x'.repeat(20_000) } }), 413, 'INPUT_TOO_LARGE');
    expect(body.message.en).toContain(String(SMALL_BODY_LIMIT));
  });
});

describe('security headers', () => {
  it('are on every response, and private or error responses are never cached', async () => {
    const publicResponse = await app().inject({ method: 'GET', url: '/api/taxonomy' });
    expect(publicResponse.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer' });
    expect(publicResponse.headers['cache-control']).toBeUndefined();
    expect((await app().inject({ method: 'GET', url: '/api/me' })).headers['cache-control']).toBe('no-store');
    expect((await app().inject({ method: 'GET', url: '/api/nothing' })).headers['cache-control']).toBe('no-store');
    expect(publicResponse.headers['strict-transport-security']).toBeUndefined();
  });
});
