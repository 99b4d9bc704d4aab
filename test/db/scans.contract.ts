import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/core/scan-report/scan-result.js';
import type { Stores } from '../../src/db/stores.js';
import type { ChunkSpec, DatasetPlan } from '../../src/services/scan-ports.js';
import { createProcessor, type OpenDatabase, setupStores } from './support.js';

const AT = new Date('2026-11-27T08:00:00.000Z');

const range = (file: number, start: number, end: number): ChunkSpec => ({
  kind: 'range',
  file,
  path: 'a.csv',
  format: 'csv',
  start,
  end,
  base_line: start,
  header: ['phone'],
  skip_first: start === 0,
});
const PLAN: DatasetPlan = {
  files: [{ name: 'a.csv', path: 'a.csv', bytes: 300, format: 'csv' }],
  chunks: [range(0, 0, 100), range(0, 100, 200), range(0, 200, 300)],
};
const RESULT = { files: [], categories: [], assessment: {}, against: null, totals: { files: 1, bytes: 300, rows: 0, findings: 3 } } as unknown as ScanResult;

async function runningScan(stores: Stores, label: string) {
  const processor = await createProcessor(stores, label);
  const id = randomUUID();
  await stores.scans.create({
    id,
    processorId: processor.id,
    source: { kind: 'dataset', path: '' },
    declarationVersionId: null,
    declarationVersion: null,
    chunkBytes: 100,
    createdAt: AT,
  });
  expect(await stores.scans.transition(id, ['queued'], 'planning', AT)).toBe(true);
  expect(await stores.scans.savePlan(id, PLAN, AT)).toBe(true);
  return { id, processor };
}

const partial = (seq: number) => ({ seq, file: 0, format: 'csv' as const, findings: 1, tally_enc: `enc-${seq}` });

/** The scan store's contract: status moves, the plan, chunks recorded once, the merge's inputs, the result. */
export function scanStoreContract(open: OpenDatabase): void {
  describe('ScanStore', () => {
    const stores = setupStores(open);

    it('creates a queued scan and moves it only from the states named', async () => {
      const processor = await createProcessor(stores(), 'scan-store');
      const id = randomUUID();
      const created = await stores().scans.create({
        id,
        processorId: processor.id,
        source: { kind: 'upload', name: 'a.csv', bytes: 10 },
        declarationVersionId: null,
        declarationVersion: null,
        chunkBytes: 64,
        createdAt: AT,
      });
      expect(created).toMatchObject({ id, status: 'queued', source: { kind: 'upload', name: 'a.csv', bytes: 10 }, result: null, created_at: AT.toISOString() });
      expect(await stores().scans.chunkBytes(id)).toBe(64);
      expect(await stores().scans.transition(id, ['running'], 'done', AT)).toBe(false);
      expect(await stores().scans.transition(id, ['queued', 'running'], 'cancelled', AT, 'stopped')).toBe(true);
      expect(await stores().scans.find(id)).toMatchObject({ status: 'cancelled', error: 'stopped', finished_at: AT.toISOString() });
      expect(await stores().scans.savePlan(id, PLAN, AT)).toBe(false);
    });

    it('records each chunk once, counts progress, and hands the partials to the merge in order', async () => {
      const { id } = await runningScan(stores(), 'scan-chunks');
      expect(await stores().scans.pendingChunks(id)).toEqual([0, 1, 2]);
      expect(await stores().scans.findChunk(id, 1)).toEqual({ spec: range(0, 100, 200), done: false });
      expect(await stores().scans.completeChunk(id, partial(2), 100)).toEqual({ chunksDone: 1, chunksTotal: 3 });
      // A retried job records nothing twice.
      expect(await stores().scans.completeChunk(id, partial(2), 100)).toBeNull();
      const concurrent = await Promise.all([stores().scans.completeChunk(id, partial(0), 100), stores().scans.completeChunk(id, partial(1), 100)]);
      expect(concurrent.map((p) => p?.chunksDone).sort()).toEqual([2, 3]);
      expect(await stores().scans.find(id)).toMatchObject({ progress: { chunks_total: 3, chunks_done: 3, bytes_total: 300, bytes_done: 300 } });
      expect(await stores().scans.partialSeqs(id)).toEqual([0, 1, 2]);
      expect(await stores().scans.partial(id, 1)).toEqual(partial(1));
      expect(await stores().scans.files(id)).toEqual(PLAN.files);
      expect(await stores().scans.finish(id, RESULT, AT)).toBe(true);
      expect(await stores().scans.finish(id, RESULT, AT)).toBe(false);
      expect(await stores().scans.partialSeqs(id)).toEqual([]);
      expect(await stores().scans.partial(id, 1)).toBeNull();
      expect((await stores().scans.find(id))?.result).toEqual(RESULT);
    });

    it('records nothing for a scan that no longer runs, and lists by processor and organisation', async () => {
      const { id, processor } = await runningScan(stores(), 'scan-list');
      expect(await stores().scans.transition(id, ['running'], 'cancelled', AT)).toBe(true);
      expect(await stores().scans.completeChunk(id, partial(0), 100)).toBeNull();
      const listed = await stores().scans.list({ processorId: processor.id, limit: 10 });
      expect(listed.map((s) => [s.id, s.result])).toEqual([[id, null]]);
      expect(await stores().scans.list({ organisationIds: [], limit: 10 })).toEqual([]);
      expect(await stores().scans.list({ organisationIds: [randomUUID()], limit: 10 })).toEqual([]);
      expect((await stores().scans.listActive()).map((s) => s.id)).not.toContain(id);
    });
  });
}
