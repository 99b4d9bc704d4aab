import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DECLARATION_YAML, expectError, setupTestApp } from './helper.js';

const app = setupTestApp();

async function newProcessor(): Promise<{ id: string; slug: string }> {
  const response = await app().inject({ method: 'POST', url: '/api/processors', payload: { name: 'Declaring', slug: `decl-${randomUUID().slice(0, 8)}` } });
  return response.json();
}

const importJson = (ref: string, payload: Record<string, unknown>) => app().inject({ method: 'POST', url: `/api/processors/${ref}/declarations`, payload });
const importYaml = (ref: string, text: string, type = 'application/yaml') =>
  app().inject({ method: 'POST', url: `/api/processors/${ref}/declarations`, headers: { 'content-type': type }, payload: text });

describe('POST /api/processors/:id/declarations', () => {
  it('stores a JSON-wrapped YAML source as version 1, keeping the text and the normalized form', async () => {
    const p = await newProcessor();
    const response = await importJson(p.id, { source: DECLARATION_YAML });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ processor_id: p.id, version: 1, source_format: 'yaml', source_text: DECLARATION_YAML, unchanged: false });
    expect(body.content_hash).toMatch(/^[0-9a-f]{64}$/);
    // Normalized: defaults are filled in.
    expect(body.declaration.activities[0]).toMatchObject({ id: 'newsletter', necessary: false, minors: 'none' });
  });

  it('accepts a raw application/yaml or text/yaml body, and flags unchanged content', async () => {
    const p = await newProcessor();
    const first = await importYaml(p.slug, DECLARATION_YAML);
    const second = await importYaml(p.slug, DECLARATION_YAML, 'text/yaml');
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(second.json()).toMatchObject({ version: 2, unchanged: true, content_hash: first.json().content_hash });
  });

  it('treats the same declaration as JSON as unchanged content', async () => {
    const p = await newProcessor();
    await importYaml(p.id, DECLARATION_YAML);
    const asJson = JSON.stringify({
      processor: { name: 'HTTP Test Co.', jurisdictions: ['CN'] },
      activities: [{ id: 'newsletter', purpose: 'Send a newsletter', legal_basis: 'consent', data: ['email'] }],
    });
    expect((await importJson(p.id, { source: asJson })).json()).toMatchObject({ version: 2, source_format: 'json', unchanged: true });
  });

  describe('when the declaration is invalid', () => {
    it('answers 400 with every issue and stores nothing', async () => {
      const p = await newProcessor();
      await importYaml(p.id, DECLARATION_YAML);
      const before = (await app().inject({ method: 'GET', url: `/api/processors/${p.id}/declarations` })).json();
      const bad = DECLARATION_YAML.replace('legal_basis: consent', 'legal_basis: concent').replace('[email]', '[emial]');
      const body = expectError(await importYaml(p.id, bad), 400, 'DECLARATION_INVALID');
      expect(body.issues.map((i) => i.code).sort()).toEqual(['LEGAL_BASIS_UNKNOWN', 'TAXONOMY_UNKNOWN_ID']);
      const after = (await app().inject({ method: 'GET', url: `/api/processors/${p.id}/declarations` })).json();
      expect(after).toEqual(before);
      expect(after.versions).toHaveLength(1);
    });
  });

  it('answers 404 for an unknown processor and 400 for a wrapped body with unknown fields', async () => {
    expectError(await importYaml(randomUUID(), DECLARATION_YAML), 404, 'NOT_FOUND');
    const p = await newProcessor();
    expectError(await importJson(p.id, { source: DECLARATION_YAML, kind: 'x' }), 400, 'REQUEST_INVALID');
  });
});

describe('GET /api/processors/:id/declarations[/:version]', () => {
  it('lists versions oldest first without their text, and returns one version in full', async () => {
    const p = await newProcessor();
    await importYaml(p.id, DECLARATION_YAML);
    await importYaml(p.id, DECLARATION_YAML.replace('Send a newsletter', 'Send two newsletters'));
    const listed = (await app().inject({ method: 'GET', url: `/api/processors/${p.id}/declarations` })).json();
    expect(listed.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(listed.versions[0]).not.toHaveProperty('source_text');
    const second = (await app().inject({ method: 'GET', url: `/api/processors/${p.slug}/declarations/2` })).json();
    expect(second.declaration.activities[0].purpose).toBe('Send two newsletters');
  });

  it('answers 404 for a missing version and 400 for a version that is not a number', async () => {
    const p = await newProcessor();
    expectError(await app().inject({ method: 'GET', url: `/api/processors/${p.id}/declarations/7` }), 404, 'NOT_FOUND');
    const body = expectError(await app().inject({ method: 'GET', url: `/api/processors/${p.id}/declarations/latest` }), 400, 'REQUEST_INVALID');
    expect(body.issues[0]?.at).toBe('params.version');
  });
});
