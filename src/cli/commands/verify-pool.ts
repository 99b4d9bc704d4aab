import { Worker } from 'node:worker_threads';
import type { TrustSpec, VerdictSummary, Verifier, VerifyItem } from './verify-batch.js';
import { createLineScratch, forEachLineInRange, type LineRange, type LineScratch } from './verify-lines.js';

/**
 * A share of the work: receipts already read (JSON texts, with consistency evidence when asked
 * for), or a range of a JSON Lines file, read, decoded and split by the thread that checks it.
 */
export type VerifyBatch = { readonly items: readonly VerifyItem[] } | { readonly range: LineRange };

/** JSON Lines per batch: big enough to keep a thread busy, small enough to spread the work. */
export const BATCH_RECEIPTS = 256;
export const BATCH_BYTES = 512 * 1024;

/** The verdicts of one batch, in order; `scratch` is the thread's read buffer. */
export function verifyBatch(batch: VerifyBatch, verifier: Verifier, scratch: LineScratch): VerdictSummary[] {
  if ('items' in batch) return batch.items.map(verifier.verify);
  const out: VerdictSummary[] = [];
  forEachLineInRange(batch.range, scratch, (line) => {
    if (line.trim() !== '') out.push(verifier.verify({ json: line, evidence: undefined }));
  });
  return out;
}

/** Receipts already read, BATCH_RECEIPTS per batch. */
export function itemBatches(items: readonly VerifyItem[]): VerifyBatch[] {
  const batches: VerifyBatch[] = [];
  for (let at = 0; at < items.length; at += BATCH_RECEIPTS) batches.push({ items: items.slice(at, at + BATCH_RECEIPTS) });
  return batches;
}

/**
 * The verdicts of every batch, in batch order: inline with one job or one batch, else spread over
 * `jobs - 1` worker threads while the main thread takes batches too.
 */
export async function verifyBatches(batches: readonly VerifyBatch[], jobs: number, spec: TrustSpec, inline: Verifier): Promise<VerdictSummary[][]> {
  const scratch = createLineScratch();
  if (jobs <= 1 || batches.length < 2) return batches.map((b) => verifyBatch(b, inline, scratch));
  const out: VerdictSummary[][] = new Array(batches.length);
  const entry = new URL('./verify-worker.js', import.meta.url);
  const workers = Array.from({ length: Math.min(jobs, batches.length) - 1 }, () => new Worker(entry, { workerData: spec }));
  let next = 0;
  const take = (): number | null => (next < batches.length ? next++ : null);
  const runWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      worker.on('error', reject);
      let inFlight = 0;
      const send = () => {
        const at = take();
        if (at === null) {
          if (inFlight === 0) resolve();
          return;
        }
        inFlight += 1;
        worker.postMessage({ seq: at, batch: batches[at] });
      };
      worker.on('message', (message: { seq: number; verdicts: VerdictSummary[] }) => {
        out[message.seq] = message.verdicts;
        inFlight -= 1;
        send();
      });
      // Two batches ahead: while the main thread checks a batch of its own, a worker's reply waits,
      // and with one batch in flight the worker would wait with it.
      send();
      send();
    });
  // The main thread takes batches too, yielding between them so the workers' replies are handled.
  const runInline = async () => {
    for (let at = take(); at !== null; at = take()) {
      out[at] = verifyBatch(batches[at] as VerifyBatch, inline, scratch);
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
