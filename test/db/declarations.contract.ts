import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { NewDeclarationVersion } from '../../src/services/ports.js';
import { createProcessor, type OpenDatabase, sampleDeclaration, setupStores } from './support.js';

const version = (processorId: string, overrides: Partial<NewDeclarationVersion> = {}): NewDeclarationVersion => ({
  processorId,
  sourceText: 'processor:\n  name: Contract Co.\n  jurisdictions: [CN]\n',
  sourceFormat: 'yaml',
  declaration: sampleDeclaration(),
  contentHash: 'a'.repeat(64),
  createdAt: new Date('2026-05-06T07:08:09.010Z'),
  ...overrides,
});

export function declarationStoreContract(open: OpenDatabase): void {
  describe('DeclarationStore', () => {
    const stores = setupStores(open);

    it('numbers versions 1, 2, 3 and reports the previous content hash', async () => {
      const p = await createProcessor(stores(), 'numbering');
      const first = await stores().declarations.append(version(p.id, { contentHash: '1'.repeat(64) }));
      const second = await stores().declarations.append(version(p.id, { contentHash: '2'.repeat(64) }));
      const third = await stores().declarations.append(version(p.id, { contentHash: '2'.repeat(64) }));
      expect([first?.record.version, second?.record.version, third?.record.version]).toEqual([1, 2, 3]);
      expect([first?.previousHash, second?.previousHash, third?.previousHash]).toEqual([null, '1'.repeat(64), '2'.repeat(64)]);
    });

    describe('when two imports for one processor run concurrently', () => {
      it('gives them versions 1 and 2', async () => {
        const p = await createProcessor(stores(), 'concurrent');
        const results = await Promise.all([stores().declarations.append(version(p.id)), stores().declarations.append(version(p.id))]);
        expect(results.map((r) => r?.record.version).sort()).toEqual([1, 2]);
      });
    });

    it('counts versions per processor', async () => {
      const a = await createProcessor(stores(), 'per-a');
      const b = await createProcessor(stores(), 'per-b');
      await stores().declarations.append(version(a.id));
      expect((await stores().declarations.append(version(b.id)))?.record.version).toBe(1);
    });

    it('keeps the source text and the normalized declaration as given', async () => {
      const p = await createProcessor(stores(), 'roundtrip');
      const input = version(p.id, { sourceText: '{"processor": {"name": "处理者", "jurisdictions": ["CN"]}}', sourceFormat: 'json' });
      const stored = await stores().declarations.append(input);
      const found = await stores().declarations.find(p.id, 1);
      expect(found).toEqual(stored?.record);
      expect(found).toMatchObject({
        source_text: input.sourceText,
        source_format: 'json',
        content_hash: input.contentHash,
        created_at: '2026-05-06T07:08:09.010Z',
      });
      expect(found?.declaration).toEqual(input.declaration);
    });

    it('lists versions in order without their text, and finds the latest', async () => {
      const p = await createProcessor(stores(), 'listing');
      await stores().declarations.append(version(p.id));
      await stores().declarations.append(version(p.id, { sourceFormat: 'json' }));
      const listed = await stores().declarations.list(p.id);
      expect(listed.map((v) => [v.version, v.source_format])).toEqual([
        [1, 'yaml'],
        [2, 'json'],
      ]);
      expect(listed[0]).not.toHaveProperty('source_text');
      expect((await stores().declarations.findLatest(p.id))?.version).toBe(2);
    });

    it('finds nothing for an unknown version or processor', async () => {
      const p = await createProcessor(stores(), 'empty');
      expect(await stores().declarations.findLatest(p.id)).toBeNull();
      expect(await stores().declarations.find(p.id, 1)).toBeNull();
      expect(await stores().declarations.list(p.id)).toEqual([]);
      expect(await stores().declarations.append(version(randomUUID()))).toBeNull();
    });
  });
}
