import PgBoss from 'pg-boss';
import type { ScanJob } from '../services/scan-ports.js';
import { decodeScanJob, encodeScanJob, SCAN_QUEUES, type ScanJobHandler, type ScanWorkQueue } from './scan-jobs.js';

export type PgBossSettings = {
  readonly url: string;
  /** How often an idle worker asks for a job (pg-boss's minimum is 0.5 s). */
  readonly pollingSeconds: number;
  readonly onError: (error: unknown) => void;
};

/** A chunk job that has not finished in this time is failed by pg-boss and retried (its worker died). */
const EXPIRE_SECONDS = 60 * 60;
const RETRY_LIMIT = 2;

/**
 * The scan queue on PostgreSQL: pg-boss (v10) in its own schema, so `pisa worker` processes on
 * other machines share the jobs. Each worker takes one job at a time; a job whose worker dies
 * expires and is retried. The job handler records each chunk once, so a retry does no harm.
 */
export async function openPgBossQueue(settings: PgBossSettings): Promise<ScanWorkQueue> {
  const boss = new PgBoss({ connectionString: settings.url, max: 4, application_name: 'pisa-scan-queue' });
  boss.on('error', settings.onError);
  await boss.start();
  for (const name of Object.values(SCAN_QUEUES)) await boss.createQueue(name, { name, retryLimit: RETRY_LIMIT, expireInSeconds: EXPIRE_SECONDS });
  let stopped = false;
  return {
    async enqueue(jobs: readonly ScanJob[]) {
      if (jobs.length === 0) return;
      await boss.insert(
        jobs.map((job) => {
          const { queue, data } = encodeScanJob(job);
          return { name: queue, data, retryLimit: RETRY_LIMIT, expireInSeconds: EXPIRE_SECONDS };
        }),
      );
    },
    async work(handler: ScanJobHandler, concurrency: number) {
      const options = { batchSize: 1, pollingIntervalSeconds: settings.pollingSeconds };
      for (let i = 0; i < concurrency; i++) {
        for (const name of Object.values(SCAN_QUEUES)) {
          await boss.work(name, options, async (jobs) => {
            for (const job of jobs) {
              const decoded = decodeScanJob(name, job.data);
              if (decoded !== null) await handler(decoded);
            }
          });
        }
      }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}
