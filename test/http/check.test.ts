import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { BODY_LIMIT } from '../../src/http/limits.js';
import { DECLARATION_YAML, expectError, setupTestApp, TEST_RULE, TODAY } from './helper.js';

const app = setupTestApp();
const check = (payload: unknown) => app().inject({ method: 'POST', url: '/api/check', payload: payload as Record<string, unknown> });

describe('POST /api/check', () => {
  it('checks a declaration given as YAML text', async () => {
    const response = await check({ declaration: DECLARATION_YAML, as_of: '2026-06-01' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.findings).toContainEqual(expect.objectContaining({ rule: TEST_RULE, activity: 'newsletter', severity: 'warning', pack: 'pisa-http-test' }));
    expect(body.summary).toMatchObject({ as_of: '2026-06-01', jurisdictions: ['CN'], activities: 1, compliant: body.summary.by_severity.violation === 0 });
    expect(body.summary.packs).toContainEqual({ id: 'pisa-http-test', version: '1.2.3' });
  });

  it('checks a declaration given as a JSON object, as of the server clock by default', async () => {
    const response = await check({ declaration: parseYaml(DECLARATION_YAML) });
    expect(response.statusCode).toBe(200);
    expect(response.json().summary.as_of).toBe(TODAY);
    expect(response.json().findings.map((f: { rule: string }) => f.rule)).toContain(TEST_RULE);
  });

  it('checks only the requested jurisdictions', async () => {
    const response = await check({ declaration: DECLARATION_YAML, jurisdictions: ['US-CA'] });
    expect(response.statusCode).toBe(200);
    expect(response.json().summary.jurisdictions).toEqual(['US-CA']);
    expect(response.json().findings.map((f: { rule: string }) => f.rule)).not.toContain(TEST_RULE);
  });

  describe('when the declaration is invalid', () => {
    it('answers 400 DECLARATION_INVALID with every issue, in both languages', async () => {
      const declaration = {
        processor: { name: 'X', jurisdictions: ['CN'], colour: 'red' },
        activities: [{ id: 'a', purpose: 'p', legal_basis: 'consent', data: ['emial'] }],
      };
      const body = expectError(await check({ declaration }), 400, 'DECLARATION_INVALID');
      expect(body.issues.map((i) => [i.code, i.at])).toEqual(
        expect.arrayContaining([
          ['FIELD_UNKNOWN', 'processor.colour'],
          ['TAXONOMY_UNKNOWN_ID', 'activities[0].data[0]'],
        ]),
      );
      expect(body.message.en).toContain(String(body.issues.length));
      const unknownId = body.issues.find((i) => i.code === 'TAXONOMY_UNKNOWN_ID');
      expect(unknownId?.message.en).toContain('"email"');
      expect(unknownId?.message.zh).toContain('email');
    });

    it('reports YAML syntax errors as INPUT_SYNTAX issues', async () => {
      const body = expectError(await check({ declaration: 'processor: [unclosed' }), 400, 'DECLARATION_INVALID');
      expect(body.issues[0]?.code).toBe('INPUT_SYNTAX');
    });
  });

  describe('when the request itself is malformed', () => {
    it('rejects unknown fields, bad dates and jurisdictions with REQUEST_INVALID and every issue', async () => {
      const body = expectError(await check({ declaration: DECLARATION_YAML, as_of: '2026-13-40', jurisdictions: ['XX'], extra: 1 }), 400, 'REQUEST_INVALID');
      expect(body.issues.map((i) => [i.code, i.at]).sort()).toEqual([
        ['DATE_INVALID', 'body.as_of'],
        ['FIELD_UNKNOWN', 'body.extra'],
        ['VALUE_INVALID', 'body.jurisdictions[0]'],
      ]);
    });

    it('tells a missing field from a wrong type', async () => {
      expect(expectError(await check({}), 400, 'REQUEST_INVALID').issues).toMatchObject([{ code: 'FIELD_REQUIRED', at: 'body.declaration' }]);
      expect(expectError(await check({ declaration: 42 }), 400, 'REQUEST_INVALID').issues).toMatchObject([
        { code: 'FIELD_TYPE', at: 'body.declaration', params: { received: 'number' } },
      ]);
    });

    it('answers INPUT_SYNTAX for a body that is not JSON', async () => {
      const response = await app().inject({ method: 'POST', url: '/api/check', headers: { 'content-type': 'application/json' }, payload: '{"declaration": ' });
      expectError(response, 400, 'INPUT_SYNTAX');
    });

    it('answers 413 INPUT_TOO_LARGE above 1 MiB, in the same shape', async () => {
      const body = expectError(await check({ declaration: 'x'.repeat(BODY_LIMIT) }), 413, 'INPUT_TOO_LARGE');
      expect(body.message.en).toContain(String(BODY_LIMIT));
      expect(body.issues).toEqual([]);
    });
  });
});
