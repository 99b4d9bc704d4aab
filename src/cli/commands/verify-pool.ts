import { Worker } from 'node:worker_threads';
import type { TrustSpec, VerdictSummary, Verifier, VerifyItem } from './verify-batch.js';

/** Below this many receipts the threads' start-up (tens of ms) costs more than it saves. */
export const PARALLEL_THRESHOLD = 512;
const BATCH = 256;

/**
 * Verifies `items` in order: inline with one job, else split into batches spread over `jobs - 1`
 * worker threads while the main thread verifies a share too.
 */
export async function verifyAll(items: readonly VerifyItem[], jobs: number, spec: TrustSpec, inline: Verifier): Promise<VerdictSummary[]> {
  if (jobs <= 1 || items.length < PARALLEL_THRESHOLD) return items.map(inline.verify);
  const out: VerdictSummary[] = new Array(items.length);
  const entry = new URL('./verify-worker.js', import.meta.url);
  const workers = Array.from({ length: jobs - 1 }, () => new Worker(entry, { workerData: spec }));
  let next = 0;
  const take = (): number | null => {
    if (next >= items.length) return null;
    const at = next;
    next += BATCH;
    return at;
  };
  const runWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      worker.on('error', reject);
      const send = () => {
        const at = take();
        if (at === null) return resolve();
        worker.postMessage({ seq: at, items: items.slice(at, at + BATCH) });
      };
      worker.on('message', (message: { seq: number; verdicts: VerdictSummary[] }) => {
        message.verdicts.forEach((v, i) => {
          out[message.seq + i] = v;
        });
        send();
      });
      send();
    });
  // The main thread takes batches too, yielding between them so the workers' replies are handled.
  const runInline = async () => {
    for (let at = take(); at !== null; at = take()) {
      const end = Math.min(at + BATCH, items.length);
      for (let i = at; i < end; i++) out[i] = inline.verify(items[i] as VerifyItem);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all([runInline(), ...workers.map(runWorker)]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
