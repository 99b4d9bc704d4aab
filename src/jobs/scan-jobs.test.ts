import { describe, expect, it } from 'vitest';
import { createInProcessQueue } from './in-process-queue.js';
import { decodeScanJob, encodeScanJob, SCAN_QUEUES } from './scan-jobs.js';

const ID = '6b0b8e4e-3f4a-4f5e-9a51-1c1f1f0f0f0f';

describe('scan job payloads', () => {
  it('round-trip through a queue name and JSON data (ids only)', () => {
    for (const job of [{ kind: 'plan', scanId: ID } as const, { kind: 'chunk', scanId: ID, seq: 7 } as const]) {
      const { queue, data } = encodeScanJob(job);
      expect(decodeScanJob(queue, JSON.parse(JSON.stringify(data)))).toEqual(job);
    }
  });

  it('drops payloads that are not ours', () => {
    expect(decodeScanJob(SCAN_QUEUES.chunk, { scan_id: ID })).toBeNull();
    expect(decodeScanJob(SCAN_QUEUES.chunk, { scan_id: ID, seq: -1 })).toBeNull();
    expect(decodeScanJob(SCAN_QUEUES.plan, { scan_id: 'not-a-uuid' })).toBeNull();
    expect(decodeScanJob(SCAN_QUEUES.plan, { scan_id: ID, path: '/etc' })).toBeNull();
    expect(decodeScanJob('other-queue', { scan_id: ID })).toBeNull();
  });
});

describe('the in-process queue', () => {
  it('runs every job once with at most `concurrency` at a time, never inside enqueue', async () => {
    const queue = createInProcessQueue((error) => {
      throw error;
    });
    let running = 0;
    let peak = 0;
    const seen: number[] = [];
    await queue.enqueue(Array.from({ length: 10 }, (_, seq) => ({ kind: 'chunk', scanId: ID, seq })));
    await queue.work(async (job) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (job.kind === 'chunk') seen.push(job.seq);
      running--;
    }, 3);
    await queue.enqueue([{ kind: 'chunk', scanId: ID, seq: 10 }]);
    expect(seen).toEqual([]);
    await queue.idle();
    expect(seen.sort((x, y) => x - y)).toEqual(Array.from({ length: 11 }, (_, i) => i));
    expect(peak).toBe(3);
    await queue.stop();
  });
});
