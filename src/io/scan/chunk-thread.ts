// Worker-thread entry of a server scan's chunk: the scan runs here so that the thread serving
// HTTP (or polling the queue) stays responsive; the tally comes back by structured clone.
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { ChunkOutcome, ChunkSpec } from '../../services/scan-ports.js';
import { scanChunkAt } from './scan-chunk.js';

type ThreadInput = { readonly path: string; readonly spec: ChunkSpec };
type ThreadAnswer = { readonly ok: true; readonly outcome: ChunkOutcome } | { readonly ok: false; readonly message: string };

/** Scans one chunk in a new worker thread (built code only: the entry is the compiled chunk-thread.js). */
export function scanChunkInThread(path: string, spec: ChunkSpec): Promise<ChunkOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./chunk-thread.js', import.meta.url), {
      workerData: { path, spec } satisfies ThreadInput,
      // As in worker-pool.ts: a small young generation keeps the thread's heap near its live data.
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
    let answered = false;
    worker.once('message', (answer: ThreadAnswer) => {
      answered = true;
      if (answer.ok) resolve(answer.outcome);
      else reject(new Error(answer.message));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the scan thread stopped (exit code ${code})`));
    });
  });
}

const port = parentPort;
if (port !== null && (workerData as Partial<ThreadInput> | null)?.spec !== undefined) {
  const input = workerData as ThreadInput;
  scanChunkAt(input.path, input.spec).then(
    (outcome) => port.postMessage({ ok: true, outcome } satisfies ThreadAnswer),
    (error: unknown) => port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies ThreadAnswer),
  );
}
