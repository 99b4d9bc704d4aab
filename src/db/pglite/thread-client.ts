// The main thread's handle on a PGlite database that lives in a worker thread (worker.ts). It
// offers the part of PGlite's interface drizzle uses (query, exec, transaction, close), so
// repositories cannot tell the difference.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ThreadError, ThreadReady, ThreadReply, ThreadRequest, ThreadResults, ThreadStart } from './protocol.js';

/** A request before it is numbered (Omit on each member of the union). */
type Unsent<R> = R extends unknown ? Omit<R, 'id'> : never;

type Pending = { resolve(results: ThreadResults[]): void; reject(error: Error): void };

/** What drizzle passes as query options: a row mode and per-type parsers (pass-through ones). */
type QueryOptions = { rowMode?: 'array' | 'object'; parsers?: Record<number, (value: string, typeId?: number) => unknown> };

export type ThreadTransaction = {
  query(sql: string, params?: unknown[], options?: QueryOptions): Promise<ThreadResults>;
  exec(sql: string): Promise<ThreadResults[]>;
  rollback(): Promise<void>;
  readonly closed: boolean;
};

const PROBE = '\u0000pisa-probe';

/** Parsers cannot cross threads; drizzle's only keep PostgreSQL's text, which the worker can do. */
function passThroughTypes(options: QueryOptions | undefined): number[] {
  const parsers = options?.parsers ?? {};
  return Object.entries(parsers).map(([oid, parse]) => {
    if (parse(PROBE) !== PROBE) throw new Error(`a query parser for type ${oid} transforms values: only pass-through parsers work across the database thread`);
    return Number(oid);
  });
}

function toError(error: ThreadError): Error {
  return Object.assign(new Error(error.message), error.fields);
}

/** The compiled worker; under Vitest this module runs from src/*.ts and uses dist/ (npm test builds it first). */
function workerEntry(): URL {
  const here = new URL('./worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.ts')) return here;
  const built = new URL(here.href.replace('/src/db/pglite/', '/dist/src/db/pglite/'));
  if (!existsSync(fileURLToPath(built))) throw new Error('the PGlite thread needs compiled code: run `npm run build`');
  return built;
}

export class PgliteThreadClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private failure: Error | null = null;
  /** Lock holders and waiters: a transaction keeps everyone else out from BEGIN to COMMIT. */
  private queued = 0;
  private tail: Promise<void> = Promise.resolve();

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: ThreadReply) => this.settle(reply));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`the database thread stopped (exit code ${code})`)));
  }

  /** Starts the thread and waits until the database is open and migrated. */
  static async open(start: ThreadStart): Promise<PgliteThreadClient> {
    const worker = new Worker(workerEntry(), { workerData: start });
    let settle: { message(ready: ThreadReady): void; error(error: Error): void; exit(code: number): void } | undefined;
    const ready = await new Promise<ThreadReady>((resolve, reject) => {
      settle = {
        message: resolve,
        error: reject,
        exit: (code) => reject(new Error(`the database thread stopped while opening (exit code ${code})`)),
      };
      worker.once('message', settle.message).once('error', settle.error).once('exit', settle.exit);
    }).finally(() => {
      if (settle) worker.off('message', settle.message).off('error', settle.error).off('exit', settle.exit);
    });
    if (!ready.ready) {
      await worker.terminate();
      throw toError(ready.error);
    }
    return new PgliteThreadClient(worker);
  }

  async query(sql: string, params: unknown[] = [], options?: QueryOptions): Promise<ThreadResults> {
    const request = { kind: 'query', sql, params, rowMode: options?.rowMode ?? 'object', asText: passThroughTypes(options) } as const;
    const [results] = await this.outsideTransaction(() => this.send(request));
    return results as ThreadResults;
  }

  exec(sql: string): Promise<ThreadResults[]> {
    return this.outsideTransaction(() => this.send({ kind: 'exec', sql }));
  }

  /** BEGIN, the callback's statements, COMMIT (ROLLBACK when it throws), with other callers held back. */
  async transaction<T>(callback: (tx: ThreadTransaction) => Promise<T>): Promise<T> {
    const release = await this.lock();
    try {
      // Not awaited alone: the first statements follow at once (one round trip less through both
      // threads' event loops while the lock is held); the worker refuses them if BEGIN failed.
      const begun = this.send({ kind: 'exec', sql: 'BEGIN' });
      begun.catch(() => {}); // awaited before COMMIT
      let closed = false;
      const open = () => {
        if (closed) throw new Error('Transaction is closed');
      };
      const tx: ThreadTransaction = {
        query: async (sql, params = [], options) => {
          open();
          const [results] = await this.send({
            kind: 'query',
            sql,
            params,
            rowMode: options?.rowMode ?? 'object',
            asText: passThroughTypes(options),
            inTransaction: true,
          });
          return results as ThreadResults;
        },
        exec: async (sql) => {
          open();
          return this.send({ kind: 'exec', sql, inTransaction: true });
        },
        rollback: async () => {
          open();
          await this.send({ kind: 'exec', sql: 'ROLLBACK' });
          closed = true;
        },
        get closed() {
          return closed;
        },
      };
      try {
        const result = await callback(tx);
        await begun;
        if (!closed) {
          closed = true;
          const [commit] = await this.send({ kind: 'exec', sql: 'COMMIT' });
          // PostgreSQL answers COMMIT of a failed transaction with ROLLBACK (as PGlite checks too).
          if (commit?.command === 'ROLLBACK') throw new Error('the transaction was aborted and has been rolled back');
        }
        return result;
      } catch (error) {
        if (!closed) {
          closed = true;
          await this.send({ kind: 'exec', sql: 'ROLLBACK' });
        }
        await begun; // when BEGIN itself failed, its reason rather than the refusal that followed
        throw error;
      }
    } finally {
      release();
    }
  }

  async close(): Promise<void> {
    if (this.failure !== null) return;
    await this.outsideTransaction(() => this.send({ kind: 'close' }));
    this.failure = new Error('the database is closed');
    await this.worker.terminate();
  }

  /** Runs `send` now when no transaction holds or awaits the lock, else in line after them. */
  private async outsideTransaction<T>(send: () => Promise<T>): Promise<T> {
    if (this.queued === 0) return send();
    const release = await this.lock();
    // Sent in order; the worker runs statements in arrival order, so the lock can go at once.
    const sent = send();
    release();
    return sent;
  }

  private lock(): Promise<() => void> {
    this.queued++;
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = () => {
        this.queued--;
        resolve();
      };
    });
    const previous = this.tail;
    this.tail = previous.then(() => held);
    return previous.then(() => release);
  }

  private send(request: Unsent<ThreadRequest>): Promise<ThreadResults[]> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id } as ThreadRequest);
    });
  }

  private settle(reply: ThreadReply): void {
    const waiting = this.pending.get(reply.id);
    if (waiting === undefined) return;
    this.pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.results);
    else waiting.reject(toError(reply.error));
  }

  private fail(error: Error): void {
    if (this.failure === null) this.failure = error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
