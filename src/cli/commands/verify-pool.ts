import { Worker } from 'node:worker_threads';
import type { TrustSpec, VerdictSummary, Verifier, VerifyItem } from './verify-batch.js';

/**
 * A share of the work: receipts already read (JSON texts, with consistency evidence when asked
 * for), or a run of JSON Lines as the file's bytes, decoded and split by the thread that checks them.
 */
export type VerifyBatch = { readonly items: readonly VerifyItem[] } | { readonly lines: Uint8Array };

/** JSON Lines per batch: big enough to keep a thread busy, small enough to spread the work. */
export const BATCH_RECEIPTS = 256;
const BATCH_BYTES = 512 * 1024;

/** The verdicts of one batch, in order. */
export function verifyBatch(batch: VerifyBatch, verifier: Verifier): VerdictSummary[] {
  if ('items' in batch) return batch.items.map(verifier.verify);
  const out: VerdictSummary[] = [];
  for (const line of new TextDecoder().decode(batch.lines).split('\n')) {
    if (line.trim() !== '') out.push(verifier.verify({ json: line, evidence: undefined }));
  }
  return out;
}

/** Runs of whole lines of a JSON Lines file, about BATCH_BYTES each (a line is never split). */
export function lineBatches(bytes: Uint8Array): VerifyBatch[] {
  const batches: VerifyBatch[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = Math.min(start + BATCH_BYTES, bytes.length);
    if (end < bytes.length) {
      const newline = bytes.indexOf(10, end);
      end = newline < 0 ? bytes.length : newline + 1;
    }
    batches.push({ lines: bytes.subarray(start, end) }); // a view: copied only when posted to a thread
    start = end;
  }
  return batches;
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
  if (jobs <= 1 || batches.length < 2) return batches.map((b) => verifyBatch(b, inline));
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
        const batch = batches[at] as VerifyBatch;
        if (!('lines' in batch)) return worker.postMessage({ seq: at, batch });
        // Posting a view would clone its whole buffer (the file): the run is copied, then handed over.
        const lines = new Uint8Array(batch.lines.length);
        lines.set(batch.lines);
        worker.postMessage({ seq: at, batch: { lines } }, [lines.buffer]);
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
      out[at] = verifyBatch(batches[at] as VerifyBatch, inline);
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
