/**
 * Group commit: callers submit one item each and wait; items that arrive while a write is in
 * flight are written together by the next one. Under light load every item is written at once
 * (one turn of the event loop, no timer); under heavy load one transaction carries many items, which is what
 * lets an embedded, single-connection database keep up with hundreds of concurrent requests.
 *
 * `write` gets the batch in submission order and must return one result per item, in order.
 * When it throws, every item of that batch is rejected with the error and nothing of it is
 * stored (the writer runs the batch in one transaction).
 */
export type GroupCommit<T, R> = {
  submit(item: T): Promise<R>;
  /** Resolves once everything submitted so far has been written (or rejected). */
  drain(): Promise<void>;
};

type Pending<T, R> = { readonly item: T; readonly resolve: (result: R) => void; readonly reject: (error: unknown) => void };

export function createGroupCommit<T, R>(write: (items: readonly T[]) => Promise<readonly R[]>, options: { readonly maxBatch: number }): GroupCommit<T, R> {
  let queue: Pending<T, R>[] = [];
  let inFlight: Promise<void> | null = null;

  const settle = (batch: Pending<T, R>[], results: readonly R[] | null, error: unknown): void => {
    if (results === null) for (const p of batch) p.reject(error);
    else for (const [i, p] of batch.entries()) p.resolve(results[i] as R);
  };

  const writeBatch = async (batch: Pending<T, R>[]): Promise<void> => {
    let results: readonly R[] | null = null;
    let error: unknown;
    try {
      // Called from a microtask, so that even a synchronous throw settles after pump assigned inFlight.
      const written = await Promise.resolve().then(() => write(batch.map((p) => p.item)));
      if (written.length !== batch.length) throw new Error(`group commit: ${written.length} results for ${batch.length} items`);
      results = written;
    } catch (failure) {
      error = failure;
    }
    // The next batch goes to the database before this one's callers run: answering them (tens of
    // responses) takes milliseconds, and the database (a thread of its own on PGlite) would idle.
    inFlight = null;
    pump();
    settle(batch, results, error);
  };

  const pump = (): void => {
    if (inFlight !== null || queue.length === 0) return;
    const batch = queue.slice(0, options.maxBatch);
    queue = queue.slice(batch.length);
    inFlight = writeBatch(batch);
  };

  return {
    submit(item) {
      return new Promise<R>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        // Start the batch after the event loop has handled pending I/O, so that requests already
        // read from their sockets join it. (A microtask is too early: an embedded database's
        // transaction settles in microtasks, so every batch would hold a single item. Measured
        // over HTTP on PGlite: 276 consents/s in batches of one, 1,262/s with this.)
        if (queue.length === 1 && inFlight === null) setImmediate(pump);
      });
    },
    async drain() {
      while (inFlight !== null || queue.length > 0) {
        pump();
        if (inFlight !== null) await inFlight;
      }
    },
  };
}
