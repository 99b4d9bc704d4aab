import { Worker } from 'node:worker_threads';
import type { FileTallyState } from '../../core/scan-report/file-tally.js';
import type { ScanTask, TaskResult, TaskRunnerOptions } from './scan-task.js';

type Pending = { resolve: (r: TaskResult) => void; reject: (e: Error) => void; worker: number };
type WorkerMessage =
  | { type: 'result'; result: TaskResult; input: ArrayBuffer | null }
  | { type: 'error'; seq: number; message: string }
  | { type: 'taken'; state: FileTallyState | null };

/** Transferable when the bytes own their whole ArrayBuffer (never Buffer's shared 8 KiB pool). */
function transferList(task: ScanTask): ArrayBuffer[] {
  if (task.kind === 'parquet') return [];
  const { bytes } = task;
  const buffer = bytes.buffer as ArrayBuffer;
  return bytes.byteOffset === 0 && buffer.byteLength > 16_384 && buffer.byteLength - bytes.byteLength < 16_384 ? [buffer] : [];
}

/** N worker threads; each task goes to the least busy one, results come back by sequence number. */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly busy: number[] = [];
  private readonly pending = new Map<number, Pending>();
  /** The worker that rendered each result not yet recycled (its output blocks go back to it). */
  private readonly producers = new Map<number, number>();
  /** Per worker, the callers of `take` waiting for its answers (a worker answers in order). */
  private readonly takers: { resolve: (state: FileTallyState | null) => void; reject: (e: Error) => void }[][] = [];
  private failure: Error | null = null;

  /** `onInput` gets each task's input block back from the worker once scanned, for reuse. */
  constructor(
    size: number,
    options: TaskRunnerOptions,
    private readonly onInput: (input: ArrayBuffer) => void = () => {},
  ) {
    const entry = new URL('./scan-worker.js', import.meta.url);
    for (let i = 0; i < size; i++) {
      // A small young generation keeps each worker's heap near its live data: with the default,
      // two workers took the process past 256 MiB on the benchmark; speed did not change.
      const worker = new Worker(entry, { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
      worker.on('message', (message: WorkerMessage) => this.onMessage(i, message));
      worker.on('error', (error) => this.fail(error));
      this.workers.push(worker);
      this.busy.push(0);
      this.takers.push([]);
    }
  }

  /** Tasks sent to the least busy worker and not answered yet. */
  leastQueued(): number {
    return Math.min(...this.busy);
  }

  run(task: ScanTask): Promise<TaskResult> {
    if (this.failure !== null) return Promise.reject(this.failure);
    let chosen = 0;
    for (let i = 1; i < this.busy.length; i++) if ((this.busy[i] as number) < (this.busy[chosen] as number)) chosen = i;
    this.busy[chosen] = (this.busy[chosen] as number) + 1;
    return new Promise((resolve, reject) => {
      this.pending.set(task.seq, { resolve, reject, worker: chosen });
      (this.workers[chosen] as Worker).postMessage({ type: 'task', task }, transferList(task));
    });
  }

  /** Sends a written result's output blocks back to the worker that rendered them, for reuse. */
  recycle(result: TaskResult): void {
    const worker = this.producers.get(result.seq);
    this.producers.delete(result.seq);
    if (worker === undefined || result.output.length === 0) return;
    const buffers = result.output.map((block) => block.buffer as ArrayBuffer);
    (this.workers[worker] as Worker).postMessage({ type: 'recycle', buffers }, buffers);
  }

  /** Every worker's tally of `file` (after the file's last task was answered), each forgotten there. */
  async take(file: number): Promise<FileTallyState[]> {
    if (this.failure !== null) throw this.failure;
    const states = await Promise.all(
      this.workers.map(
        (worker, i) =>
          new Promise<FileTallyState | null>((resolve, reject) => {
            this.takers[i]?.push({ resolve, reject });
            worker.postMessage({ type: 'take', file });
          }),
      ),
    );
    return states.filter((s): s is FileTallyState => s !== null);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private onMessage(index: number, message: WorkerMessage): void {
    if (message.type === 'taken') {
      this.takers[index]?.shift()?.resolve(message.state);
      return;
    }
    const seq = message.type === 'result' ? message.result.seq : message.seq;
    const pending = this.pending.get(seq);
    if (pending === undefined) return;
    this.pending.delete(seq);
    this.busy[pending.worker] = (this.busy[pending.worker] as number) - 1;
    if (message.type === 'result') {
      this.producers.set(seq, pending.worker);
      if (message.input !== null) this.onInput(message.input);
      pending.resolve(message.result);
    } else pending.reject(new Error(message.message));
  }

  private fail(error: Error): void {
    this.failure = error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
    for (const waiting of this.takers) for (const taker of waiting.splice(0)) taker.reject(error);
  }
}
