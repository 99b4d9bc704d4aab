import { describe, expect, it } from 'vitest';
import { systemActor } from './audit.js';
import type { ProcessorRecord, ProcessorStore } from './ports.js';
import { createProcessorService, type ProcessorDeps, SLUG_PATTERN, slugify } from './processors.js';
import { IMMEDIATE_UNIT_OF_WORK } from './unit-of-work.js';

/** An in-memory store: enough to test the service's slug rules without a database. */
function memoryStore(): ProcessorStore {
  const rows: ProcessorRecord[] = [];
  return {
    create: async ({ slug, name, organisationId, createdAt }) => {
      if (rows.some((r) => r.slug === slug)) return null;
      const row = {
        id: `00000000-0000-4000-8000-${String(rows.length).padStart(12, '0')}`,
        slug,
        name,
        organisation_id: organisationId ?? null,
        created_at: createdAt.toISOString(),
      };
      rows.push(row);
      return row;
    },
    list: async () => [...rows],
    findById: async (id) => rows.find((r) => r.id === id) ?? null,
    findBySlug: async (slug) => rows.find((r) => r.slug === slug) ?? null,
    setOrganisation: async () => null,
  };
}

const clock = { now: () => new Date('2026-11-27T00:00:00.000Z') };
const actor = systemActor();

/** The service over a memory store, with no organisations and an audit trail that records nothing. */
const deps = (): ProcessorDeps => ({
  processors: memoryStore(),
  organisations: { findById: async () => null },
  audit: { record: async () => ({}) as never },
  unitOfWork: IMMEDIATE_UNIT_OF_WORK,
  clock,
});

describe('slugify', () => {
  it.each([
    ['Acme Health (Shenzhen) Co., Ltd.', 'acme-health-shenzhen-co-ltd'],
    ['  Café Zürich ', 'cafe-zurich'],
    ['腾讯', 'processor'],
    ['x'.repeat(80), 'x'.repeat(60)],
  ])('%s -> %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });
});

describe('ProcessorService.create', () => {
  describe('when the derived slug is taken', () => {
    it('adds -2, -3, ...', async () => {
      const service = createProcessorService(deps());
      const slugs = [];
      for (let i = 0; i < 3; i += 1) slugs.push((await service.create({ name: 'Acme' }, actor)).slug);
      expect(slugs).toEqual(['acme', 'acme-2', 'acme-3']);
    });
  });

  describe('when an explicit slug is taken', () => {
    it('throws SLUG_TAKEN', async () => {
      const service = createProcessorService(deps());
      await service.create({ name: 'One', slug: 'acme' }, actor);
      await expect(service.create({ name: 'Two', slug: 'acme' }, actor)).rejects.toMatchObject({ code: 'SLUG_TAKEN', params: { slug: 'acme' } });
    });
  });

  it('stamps the clock time', async () => {
    const service = createProcessorService(deps());
    expect((await service.create({ name: 'Acme' }, actor)).created_at).toBe('2026-11-27T00:00:00.000Z');
  });
});

describe('ProcessorService.get', () => {
  it('throws NOT_FOUND for an unknown id or slug', async () => {
    const service = createProcessorService(deps());
    await expect(service.get('nobody')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.get('00000000-0000-4000-8000-000000000009')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
