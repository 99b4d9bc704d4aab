import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { expectError, setupTestApp } from './helper.js';

const app = setupTestApp();
const slug = (label: string) => `${label}-${randomUUID().slice(0, 8)}`;

describe('POST /api/processors', () => {
  it('registers a processor with the given slug', async () => {
    const s = slug('acme');
    const response = await app().inject({ method: 'POST', url: '/api/processors', payload: { name: 'Acme 医疗', slug: s } });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ slug: s, name: 'Acme 医疗', created_at: '2026-11-27T12:00:00.000Z' });
  });

  it('derives a slug from the name, with a suffix when it is taken', async () => {
    const name = `Derived ${randomUUID().slice(0, 8)} Co.`;
    const first = (await app().inject({ method: 'POST', url: '/api/processors', payload: { name } })).json();
    const second = (await app().inject({ method: 'POST', url: '/api/processors', payload: { name } })).json();
    expect(first.slug).toMatch(/^derived-[0-9a-f]{8}-co$/);
    expect(second.slug).toBe(`${first.slug}-2`);
  });

  it('answers 409 SLUG_TAKEN when an explicit slug is in use', async () => {
    const s = slug('dup');
    await app().inject({ method: 'POST', url: '/api/processors', payload: { name: 'One', slug: s } });
    const body = expectError(await app().inject({ method: 'POST', url: '/api/processors', payload: { name: 'Two', slug: s } }), 409, 'SLUG_TAKEN');
    expect(body.message.en).toContain(s);
  });

  it('rejects a bad slug, an empty name and unknown fields', async () => {
    const response = await app().inject({ method: 'POST', url: '/api/processors', payload: { name: ' ', slug: 'Not A Slug', owner: 'x' } });
    const body = expectError(response, 400, 'REQUEST_INVALID');
    expect(body.issues.map((i) => i.at).sort()).toEqual(['body.name', 'body.owner', 'body.slug']);
  });
});

describe('GET /api/processors', () => {
  it('lists registered processors', async () => {
    const s = slug('listed');
    await app().inject({ method: 'POST', url: '/api/processors', payload: { name: 'Listed', slug: s } });
    const body = (await app().inject({ method: 'GET', url: '/api/processors' })).json();
    expect(body.processors.map((p: { slug: string }) => p.slug)).toContain(s);
  });
});

describe('GET /api/processors/:id', () => {
  it('finds a processor by id and by slug', async () => {
    const created = (await app().inject({ method: 'POST', url: '/api/processors', payload: { name: 'Found', slug: slug('found') } })).json();
    expect((await app().inject({ method: 'GET', url: `/api/processors/${created.id}` })).json()).toEqual(created);
    expect((await app().inject({ method: 'GET', url: `/api/processors/${created.slug}` })).json()).toEqual(created);
  });

  it('answers 404 NOT_FOUND in both languages for an unknown processor', async () => {
    for (const ref of [randomUUID(), 'no-such-processor']) {
      const body = expectError(await app().inject({ method: 'GET', url: `/api/processors/${ref}` }), 404, 'NOT_FOUND');
      expect(body.message.en).toContain(ref);
      expect(body.message.zh).toContain('未找到');
    }
  });
});

describe('unknown routes', () => {
  it('answer 404 NOT_FOUND in the error shape', async () => {
    const body = expectError(await app().inject({ method: 'GET', url: '/api/nothing-here?x=1' }), 404, 'NOT_FOUND');
    expect(body.message.en).toBe('Not found: GET /api/nothing-here');
  });
});
