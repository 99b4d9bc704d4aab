import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type OpenDatabase, setupStores, uniqueSlug } from './support.js';

export function processorStoreContract(open: OpenDatabase): void {
  describe('ProcessorStore', () => {
    const stores = setupStores(open);
    const createdAt = new Date('2026-03-04T05:06:07.089Z');

    it('creates a processor and finds it by id and by slug', async () => {
      const slug = uniqueSlug('acme');
      const created = await stores().processors.create({ slug, name: 'Acme 医疗', createdAt });
      expect(created).toMatchObject({ slug, name: 'Acme 医疗', created_at: '2026-03-04T05:06:07.089Z' });
      expect(created?.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(await stores().processors.findById(created?.id ?? '')).toEqual(created);
      expect(await stores().processors.findBySlug(slug)).toEqual(created);
    });

    describe('when the slug is taken', () => {
      it('returns null and leaves the first processor as it was', async () => {
        const slug = uniqueSlug('taken');
        const first = await stores().processors.create({ slug, name: 'First', createdAt });
        expect(await stores().processors.create({ slug, name: 'Second', createdAt })).toBeNull();
        expect(await stores().processors.findBySlug(slug)).toEqual(first);
      });
    });

    it('lists processors ordered by slug', async () => {
      const prefix = uniqueSlug('list');
      for (const suffix of ['b', 'a', 'c']) await stores().processors.create({ slug: `${prefix}-${suffix}`, name: suffix, createdAt });
      const listed = (await stores().processors.list()).filter((p) => p.slug.startsWith(prefix));
      expect(listed.map((p) => p.name)).toEqual(['a', 'b', 'c']);
    });

    it('finds nothing for an unknown id or slug', async () => {
      expect(await stores().processors.findById(randomUUID())).toBeNull();
      expect(await stores().processors.findBySlug(uniqueSlug('missing'))).toBeNull();
    });

    it('answers the health probe', async () => {
      await expect(stores().probe.ping()).resolves.toBeUndefined();
    });
  });
}
