import { parentPort, workerData } from 'node:worker_threads';
import { createVerifier, type TrustSpec, type VerifyItem } from './verify-batch.js';

// A worker thread of `pisa verify --jobs N`: verifies the batches it is sent, in order.
const verifier = createVerifier(workerData as TrustSpec);
parentPort?.on('message', (message: { seq: number; items: VerifyItem[] }) => {
  if (verifier === null) throw new Error('the trust spec was refused by the worker');
  parentPort?.postMessage({ seq: message.seq, verdicts: message.items.map(verifier.verify) });
});
