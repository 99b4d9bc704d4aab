import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGroupCommit } from './group-commit.js';

const deferred = () => {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
};

describe('createGroupCommit', () => {
  it('writes a lone item at once and resolves with its result', async () => {
    const batches: number[][] = [];
    const commit = createGroupCommit<number, string>(
      async (items) => {
        batches.push([...items]);
        return items.map((n) => `#${n}`);
      },
      { maxBatch: 10 },
    );
    await expect(commit.submit(7)).resolves.toBe('#7');
    expect(batches).toEqual([[7]]);
  });

  it('gathers items submitted while a write is in flight into the next batch', async () => {
    const gate = deferred();
    const batches: number[][] = [];
    const commit = createGroupCommit<number, number>(
      async (items) => {
        batches.push([...items]);
        if (batches.length === 1) await gate.promise;
        return items.map((n) => n * 2);
      },
      { maxBatch: 100 },
    );
    const first = commit.submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    const rest = [2, 3, 4].map((n) => commit.submit(n));
    gate.release();
    await expect(first).resolves.toBe(2);
    await expect(Promise.all(rest)).resolves.toEqual([4, 6, 8]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('puts items from separate callbacks of one event-loop turn into one batch (as requests arrive over HTTP)', async () => {
    const batches: number[][] = [];
    const commit = createGroupCommit<number, number>(
      async (items) => {
        batches.push([...items]);
        return [...items];
      },
      { maxBatch: 100 },
    );
    // Two callbacks of one loop phase (like two sockets' reads), with microtasks drained between them.
    const results = await new Promise<number[]>((resolve) => {
      const pending: Promise<number>[] = [];
      setImmediate(() => pending.push(commit.submit(1)));
      setImmediate(() => {
        pending.push(commit.submit(2));
        void Promise.all(pending).then(resolve);
      });
    });
    expect(results).toEqual([1, 2]);
    expect(batches).toEqual([[1, 2]]);
  });

  it('never writes more than maxBatch items at once', async () => {
    const sizes: number[] = [];
    const commit = createGroupCommit<number, number>(
      async (items) => {
        sizes.push(items.length);
        return [...items];
      },
      { maxBatch: 3 },
    );
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => commit.submit(i)));
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(10);
  });

  it('rejects every item of a failed batch and goes on with the next one', async () => {
    let calls = 0;
    const commit = createGroupCommit<number, number>(
      async (items) => {
        calls += 1;
        if (calls === 1) throw new Error('disk full');
        return [...items];
      },
      { maxBatch: 10 },
    );
    const failed = commit.submit(1);
    await expect(failed).rejects.toThrow('disk full');
    await expect(commit.submit(2)).resolves.toBe(2);
  });

  it('rejects the batch when the writer returns the wrong number of results', async () => {
    const commit = createGroupCommit<number, number>(async () => [], { maxBatch: 10 });
    await expect(commit.submit(1)).rejects.toThrow('0 results for 1 items');
  });

  it('gives every submitter its own result, in any interleaving (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer(), { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), async (values, maxBatch) => {
        const written: number[] = [];
        const commit = createGroupCommit<number, number>(
          async (items) => {
            await new Promise((r) => setTimeout(r, 0));
            written.push(...items);
            return items.map((n) => n + 1);
          },
          { maxBatch },
        );
        const results = await Promise.all(values.map((v) => commit.submit(v)));
        await commit.drain();
        expect(results).toEqual(values.map((v) => v + 1));
        expect(written).toEqual(values);
      }),
      { numRuns: 50 },
    );
  });
});
