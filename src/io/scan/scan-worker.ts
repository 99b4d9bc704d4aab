// Worker-thread entry of `pisa scan --jobs N`: runs tasks in the order received and keeps this
// thread's per-file tallies until the pool takes each file's, once its last task has run.
import { parentPort, workerData } from 'node:worker_threads';
import { type FileTallyState, toFileTallyState } from '../../core/scan-report/file-tally.js';
import { type ScanTask, TaskRunner, type TaskRunnerOptions } from './scan-task.js';

export type WorkerRequest =
  | { readonly type: 'task'; readonly task: ScanTask }
  | { readonly type: 'take'; readonly file: number }
  | { readonly type: 'recycle'; readonly buffers: readonly ArrayBuffer[] };

/** The memory of every sketch in a tally state (each made for the state alone by `toState`). */
function sketchBuffers(state: FileTallyState): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const column of state.columns)
    for (const d of column.detectors) {
      if (d === null) continue;
      const bytes = d.sketch.kind === 'exact' ? d.sketch.values : d.sketch.registers;
      if (bytes.byteLength > 0) buffers.push(bytes.buffer as ArrayBuffer);
    }
  return buffers;
}

const port = parentPort;
if (port !== null) {
  const runner = new TaskRunner(workerData as TaskRunnerOptions);
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (message: WorkerRequest) => {
    if (message.type === 'recycle') {
      runner.recycle(message.buffers);
      return;
    }
    queue = queue.then(async () => {
      if (message.type === 'take') {
        const tally = runner.takeTally(message.file);
        const state = tally === null ? null : toFileTallyState(tally);
        // The distinct sets (up to 512 KiB each) move to the main thread rather than being copied.
        port.postMessage({ type: 'taken', state }, state === null ? [] : sketchBuffers(state));
        return;
      }
      try {
        const result = await runner.run(message.task);
        // Output blocks own their memory (allocUnsafeSlow): they move to the main thread uncopied,
        // and so does the input block, which the main thread reads into again.
        const task = message.task;
        const input = task.kind !== 'parquet' && task.bytes.buffer instanceof ArrayBuffer && task.bytes.byteLength > 16_384 ? task.bytes.buffer : null;
        const transfer = result.output.map((block) => block.buffer as ArrayBuffer);
        if (input !== null) transfer.push(input);
        port.postMessage({ type: 'result', result, input }, transfer);
      } catch (error) {
        port.postMessage({ type: 'error', seq: message.task.seq, message: error instanceof Error ? error.message : String(error) });
      }
    });
  });
}
