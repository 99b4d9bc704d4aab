import { describe, expect, it } from 'vitest';
import { WorkerPool } from './worker-pool.js';

describe('WorkerPool', () => {
  it('fails a pending take when its worker dies, instead of leaving the scan waiting', async () => {
    // Run from src/ under Vitest, the worker entry (compiled scan-worker.js) does not exist here:
    // the thread fails at start, as a crashed worker would.
    const pool = new WorkerPool(1, { encoding: 'none', showValues: false, tally: true });
    try {
      await expect(pool.take(0)).rejects.toThrow();
      await expect(pool.take(1)).rejects.toThrow();
    } finally {
      await pool.close();
    }
  });
});
