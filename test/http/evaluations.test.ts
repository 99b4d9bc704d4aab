import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DECLARATION_YAML, expectError, setupTestApp, TEST_RULE, TODAY } from './helper.js';

const app = setupTestApp();

async function processorWithDeclarations(count: number): Promise<{ id: string; slug: string }> {
  const p = (await app().inject({ method: 'POST', url: '/api/processors', payload: { name: 'Evaluated', slug: `eval-${randomUUID().slice(0, 8)}` } })).json();
  for (let i = 0; i < count; i += 1) {
    // Version 2 obtains consent, so the test rule fires only on version 1.
    const text = i === 0 ? DECLARATION_YAML : `${DECLARATION_YAML}    consent: { obtained: true }\n`;
    await app().inject({ method: 'POST', url: `/api/processors/${p.id}/declarations`, headers: { 'content-type': 'application/yaml' }, payload: text });
  }
  return p;
}

const evaluate = (ref: string, payload?: Record<string, unknown>) =>
  app().inject({ method: 'POST', url: `/api/processors/${ref}/evaluations`, ...(payload ? { payload } : {}) });

describe('POST /api/processors/:id/evaluations', () => {
  it('evaluates the latest version today when the body is empty, and stores the pack versions used', async () => {
    const p = await processorWithDeclarations(2);
    const response = await evaluate(p.slug);
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ processor_id: p.id, version: 2, as_of: TODAY, jurisdictions: ['CN'], created_at: '2026-11-27T12:00:00.000Z' });
    expect(body.packs).toContainEqual({ id: 'pisa-http-test', version: '1.2.3' });
    expect(body.findings.map((f: { rule: string }) => f.rule)).not.toContain(TEST_RULE);
    expect(body.summary.packs).toEqual(body.packs);
  });

  it('evaluates a chosen version, date and jurisdictions', async () => {
    const p = await processorWithDeclarations(2);
    const body = (await evaluate(p.id, { version: 1, as_of: '2026-01-15', jurisdictions: ['CN-44'] })).json();
    expect(body).toMatchObject({ version: 1, as_of: '2026-01-15', jurisdictions: ['CN-44'] });
    expect(body.findings.map((f: { rule: string }) => f.rule)).toContain(TEST_RULE);
  });

  it('answers 404 when there is nothing to evaluate', async () => {
    const p = await processorWithDeclarations(0);
    expectError(await evaluate(p.id), 404, 'NOT_FOUND');
    const q = await processorWithDeclarations(1);
    expectError(await evaluate(q.id, { version: 9 }), 404, 'NOT_FOUND');
    expectError(await evaluate(randomUUID()), 404, 'NOT_FOUND');
  });

  it('rejects a malformed request with every issue', async () => {
    const p = await processorWithDeclarations(1);
    const body = expectError(await evaluate(p.id, { version: 0, as_of: 'yesterday', jurisdictions: [] }), 400, 'REQUEST_INVALID');
    expect(body.issues.map((i) => i.at).sort()).toEqual(['body.as_of', 'body.jurisdictions', 'body.version']);
  });
});

describe('GET evaluations', () => {
  it("lists a processor's evaluations newest first and returns one by id", async () => {
    const p = await processorWithDeclarations(1);
    const first = (await evaluate(p.id, { as_of: '2026-01-01' })).json();
    const listed = (await app().inject({ method: 'GET', url: `/api/processors/${p.id}/evaluations` })).json();
    expect(listed.evaluations.map((e: { id: string }) => e.id)).toEqual([first.id]);
    expect((await app().inject({ method: 'GET', url: `/api/evaluations/${first.id}` })).json()).toEqual(first);
  });

  it('answers 404 for an unknown evaluation id', async () => {
    for (const id of [randomUUID(), 'not-a-uuid']) expectError(await app().inject({ method: 'GET', url: `/api/evaluations/${id}` }), 404, 'NOT_FOUND');
  });
});
