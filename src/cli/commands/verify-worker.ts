import { parentPort, workerData } from 'node:worker_threads';
import { createVerifier, type TrustSpec } from './verify-batch.js';
import { createLineScratch } from './verify-lines.js';
import { type VerifyBatch, verifyBatch } from './verify-pool.js';

// A worker thread of `pisa verify --jobs N`: verifies the batches it is sent.
const verifier = createVerifier(workerData as TrustSpec);
const scratch = createLineScratch();
parentPort?.on('message', (message: { seq: number; batch: VerifyBatch }) => {
  if (verifier === null) throw new Error('the trust spec was refused by the worker');
  parentPort?.postMessage({ seq: message.seq, verdicts: verifyBatch(message.batch, verifier, scratch) });
});
