import type { ScanJob } from '../services/scan-ports.js';
import { decodeScanJob, encodeScanJob, type ScanJobHandler, type ScanWorkQueue } from './scan-jobs.js';

export type InProcessQueue = ScanWorkQueue & {
  /** Resolves once no job is queued or running (tests, shutdown). */
  idle(): Promise<void>;
};

/**
 * The scan queue on the embedded database (ADR 0004: pg-boss needs PostgreSQL): the same jobs,
 * encoded and decoded as pg-boss carries them, run by `concurrency` workers in this process.
 * Nothing survives a restart; the scan service's `resume` queues unfinished scans again at start.
 */
export function createInProcessQueue(onError: (error: unknown) => void): InProcessQueue {
  const waiting: { queue: string; data: unknown }[] = [];
  let handler: ScanJobHandler | null = null;
  let slots = 0;
  let running = 0;
  let stopped = false;
  let idleWaiters: (() => void)[] = [];

  const settle = () => {
    if (running === 0 && (waiting.length === 0 || handler === null || stopped)) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  };

  const pump = () => {
    while (!stopped && handler !== null && running < slots && waiting.length > 0) {
      const next = waiting.shift() as { queue: string; data: unknown };
      const job = decodeScanJob(next.queue, next.data);
      if (job === null) continue;
      running++;
      const run = handler;
      // Off the caller's stack: enqueueing (inside a request or another job) never runs a job inline.
      setImmediate(() => {
        run(job)
          .catch(onError)
          .finally(() => {
            running--;
            pump();
            settle();
          });
      });
    }
    settle();
  };

  return {
    async enqueue(jobs: readonly ScanJob[]) {
      for (const job of jobs) {
        const { queue, data } = encodeScanJob(job);
        waiting.push({ queue, data: JSON.parse(JSON.stringify(data)) });
      }
      pump();
    },
    async work(next, concurrency) {
      handler = next;
      slots = concurrency;
      pump();
    },
    idle() {
      return new Promise((resolve) => {
        idleWaiters.push(resolve);
        settle();
      });
    },
    async stop() {
      stopped = true;
      if (running > 0) await new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
  };
}
