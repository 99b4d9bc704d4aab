import { z } from 'zod';
import type { ScanJob } from '../services/scan-ports.js';

/** The queues of server scans (pg-boss names: letters, digits, hyphens). */
export const SCAN_QUEUES = { plan: 'pisa-scan-plan', chunk: 'pisa-scan-chunk' } as const;
export type ScanQueueName = (typeof SCAN_QUEUES)[keyof typeof SCAN_QUEUES];

const PlanPayloadSchema = z.strictObject({ scan_id: z.uuid() });
const ChunkPayloadSchema = z.strictObject({ scan_id: z.uuid(), seq: z.number().int().min(0) });

/** A job as it travels through a queue: its queue and a small JSON payload (ids only, never data). */
export function encodeScanJob(job: ScanJob): { readonly queue: ScanQueueName; readonly data: Record<string, string | number> } {
  return job.kind === 'plan'
    ? { queue: SCAN_QUEUES.plan, data: { scan_id: job.scanId } }
    : { queue: SCAN_QUEUES.chunk, data: { scan_id: job.scanId, seq: job.seq } };
}

/** The job a payload names, or null when it is not one of ours (dropped, never run). */
export function decodeScanJob(queue: string, data: unknown): ScanJob | null {
  if (queue === SCAN_QUEUES.plan) {
    const parsed = PlanPayloadSchema.safeParse(data);
    return parsed.success ? { kind: 'plan', scanId: parsed.data.scan_id } : null;
  }
  if (queue === SCAN_QUEUES.chunk) {
    const parsed = ChunkPayloadSchema.safeParse(data);
    return parsed.success ? { kind: 'chunk', scanId: parsed.data.scan_id, seq: parsed.data.seq } : null;
  }
  return null;
}

/** What a queue's workers call for each job: the scan service's runJob, wired in main. */
export type ScanJobHandler = (job: ScanJob) => Promise<void>;

/** A queue that also runs jobs: enqueue (the service's port), start workers, wait, stop. */
export type ScanWorkQueue = {
  enqueue(jobs: readonly ScanJob[]): Promise<void>;
  /** Starts `concurrency` workers calling `handler` (0: this process only enqueues). */
  work(handler: ScanJobHandler, concurrency: number): Promise<void>;
  stop(): Promise<void>;
};
