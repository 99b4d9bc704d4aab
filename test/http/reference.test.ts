import { describe, expect, it } from 'vitest';
import { expectError, setupTestApp } from './helper.js';

const app = setupTestApp();

describe('GET /healthz', () => {
  it('answers ok for the server and the database', async () => {
    const response = await app().inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'ok' });
  });
});

describe('GET /api/meta', () => {
  it('gives the version, the loaded packs and the database kind', async () => {
    const body = (await app().inject({ method: 'GET', url: '/api/meta' })).json();
    expect(body).toMatchObject({ version: '0.0.0-test', database: 'pglite' });
    expect(body.packs).toContainEqual(expect.objectContaining({ id: 'pisa-http-test', version: '1.2.3', layer: 'self_regulation' }));
  });
});

describe('reference data', () => {
  it('GET /api/taxonomy lists the PI categories', async () => {
    const response = await app().inject({ method: 'GET', url: '/api/taxonomy' });
    expect(response.statusCode).toBe(200);
    expect(response.json().entries).toContainEqual(expect.objectContaining({ id: 'email', label: expect.objectContaining({ zh: expect.any(String) }) }));
  });

  it('GET /api/app-types lists the CAC app types', async () => {
    const response = await app().inject({ method: 'GET', url: '/api/app-types' });
    expect(response.statusCode).toBe(200);
    expect(response.json().app_types).toContainEqual(expect.objectContaining({ id: 'map_navigation', item: 1 }));
  });

  it('GET /api/comparison gives the comparison rows', async () => {
    const response = await app().inject({ method: 'GET', url: '/api/comparison' });
    expect(response.statusCode).toBe(200);
    expect(response.json().rows[0]).toMatchObject({ id: 'structure', topic: { en: 'Structure', zh: '立法体例' } });
  });
});

describe('GET /api/rules', () => {
  it('shows how higher layers tighten a rule, and where', async () => {
    const body = (await app().inject({ method: 'GET', url: '/api/rules', query: { q: 'PIPL-19-NO-RETENTION-PERIOD' } })).json();
    const [rule] = body.rules;
    expect(rule.tightenings).toContainEqual(expect.objectContaining({ layer: 'local', jurisdiction: 'CN-44', severity: 'violation' }));
  });

  it('lists every loaded rule with its packs', async () => {
    const body = (await app().inject({ method: 'GET', url: '/api/rules' })).json();
    const rule = body.rules.find((r: { id: string }) => r.id === 'TEST.HTTP.CONSENT');
    expect(rule).toMatchObject({ pack: 'pisa-http-test', layer: 'self_regulation', severity: 'warning', scope: 'activity', effective_until: null });
    expect(rule.condition).toContain('activity.legal_basis');
    expect(body.packs.map((p: { id: string }) => p.id)).toContain('pisa-http-test');
  });

  it('filters by text in either language', async () => {
    for (const q of ['http.consent', '未取得同意', 'NOT OBTAINED']) {
      const body = (await app().inject({ method: 'GET', url: '/api/rules', query: { q } })).json();
      expect(body.rules.map((r: { id: string }) => r.id)).toContain('TEST.HTTP.CONSENT');
    }
  });

  it('combines the law, jurisdiction, layer and severity filters', async () => {
    const query = { law: 'SELF_REGULATION', jurisdiction: 'CN-44', layer: 'self_regulation', severity: 'warning' };
    const body = (await app().inject({ method: 'GET', url: '/api/rules', query })).json();
    expect(body.rules.map((r: { id: string }) => r.id)).toContain('TEST.HTTP.CONSENT');
    for (const rule of body.rules) expect(rule).toMatchObject({ layer: 'self_regulation', severity: 'warning' });
    const none = (await app().inject({ method: 'GET', url: '/api/rules', query: { ...query, severity: 'info', q: 'http.consent' } })).json();
    expect(none.rules).toEqual([]);
  });

  it('treats empty filters (a submitted form) as no filter', async () => {
    const all = (await app().inject({ method: 'GET', url: '/api/rules' })).json();
    const blank = (await app().inject({ method: 'GET', url: '/api/rules?q=&law=&jurisdiction=&layer=&severity=' })).json();
    expect(blank.rules).toHaveLength(all.rules.length);
  });

  it('rejects an unknown law code with every allowed value named', async () => {
    const body = expectError(await app().inject({ method: 'GET', url: '/api/rules?law=GDPR' }), 400, 'REQUEST_INVALID');
    expect(body.issues[0]).toMatchObject({ code: 'VALUE_INVALID', at: 'querystring.law', params: { value: 'GDPR' } });
    expect(body.issues[0]?.message.en).toContain('PIPL');
  });

  it('leaves out rules of another country', async () => {
    const body = (await app().inject({ method: 'GET', url: '/api/rules', query: { jurisdiction: 'US-CA' } })).json();
    expect(body.rules.every((r: { jurisdiction: string }) => r.jurisdiction.startsWith('US'))).toBe(true);
  });
});

describe('the API description', () => {
  const PATHS = [
    '/healthz',
    '/api/meta',
    '/api/taxonomy',
    '/api/app-types',
    '/api/rules',
    '/api/comparison',
    '/api/check',
    '/api/processors',
    '/api/processors/{id}',
    '/api/processors/{id}/declarations',
    '/api/processors/{id}/declarations/{version}',
    '/api/processors/{id}/evaluations',
    '/api/evaluations/{id}',
    '/api/processors/{id}/organisation',
    '/api/auth/register',
    '/api/auth/verify',
    '/api/auth/verify/resend',
    '/api/auth/sign-in',
    '/api/auth/sign-in/totp',
    '/api/auth/sign-in/recovery-code',
    '/api/auth/password-reset',
    '/api/auth/password-reset/confirm',
    '/api/auth/session',
    '/api/auth/sign-out',
    '/api/auth/sign-out-everywhere',
    '/api/me',
    '/api/me/password',
    '/api/me/sessions',
    '/api/me/totp',
    '/api/me/totp/confirm',
    '/api/me/totp/disable',
    '/api/me/totp/recovery-codes',
    '/api/me/language',
    '/api/invitations/accept',
    '/api/organisations',
    '/api/organisations/{id}',
    '/api/organisations/{id}/members',
    '/api/organisations/{id}/invitations',
    '/api/organisations/{id}/api-keys',
    '/api/memberships/{id}',
    '/api/association/invitations',
    '/api/api-keys/{id}',
    '/api/audit',
    '/api/audit/export',
    '/api/audit/verify',
    '/log/checkpoint',
    '/log/vkey',
    '/log/tile/entries/{*}',
    '/log/tile/{level}/{*}',
    '/api/log/proof/inclusion',
    '/api/log/proof/consistency',
    '/api/scans',
    '/api/scans/uploads',
    '/api/scans/datasets',
    '/api/scans/{id}',
    '/api/scans/{id}/cancel',
    '/api/processors/{id}/notices',
    '/api/processors/{id}/notice',
    '/api/notices/{hash}',
    '/api/notices/{hash}/diff',
    '/api/processors/{id}/consents',
    '/api/processors/{id}/consents/check',
    '/api/processors/{id}/consents/history',
    '/api/processors/{id}/consents/stats',
    '/api/me/consents',
    '/api/me/consents/{id}',
    '/api/me/receipts',
    '/api/receipts/keys',
    '/api/receipts/proof',
  ];

  it('GET /api/openapi.json is OpenAPI 3.1 and lists every path of the contract', async () => {
    const response = await app().inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).sort()).toEqual([...PATHS].sort());
    expect(Object.keys(document.paths['/api/processors'])).toEqual(expect.arrayContaining(['get', 'post']));
    expect(document.paths['/api/check'].post.requestBody.content['application/json'].schema.required).toEqual(['declaration']);
  });

  it('says how each route is called: nothing, the session cookie, or an API key as well', async () => {
    const document = (await app().inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['apiKey', 'session']);
    expect(document.paths['/api/taxonomy'].get.security).toEqual([]);
    expect(document.paths['/api/me'].get.security).toEqual([{ session: [] }]);
    expect(document.paths['/api/processors/{id}/declarations'].post.security).toEqual([{ session: [] }, { apiKey: [] }]);
  });

  it('GET /api/docs serves the Swagger UI', async () => {
    const response = await app().inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });
});
