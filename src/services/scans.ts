import { randomUUID } from 'node:crypto';
import type { Visibility } from '../core/auth/policy.js';
import { PisaError } from '../core/errors/pisa-error.js';
import { parseDatasetPath, parseUploadName } from '../core/scan-report/dataset-path.js';
import { encodeTallyState } from '../core/scan-report/tally-codec.js';
import type { Actor, AuditService } from './audit.js';
import { FIELD_CONTEXT, type FieldProtector } from './field-protector.js';
import { isUuid } from './ids.js';
import type { Clock, DeclarationStore, ProcessorRecord, ProcessorStore } from './ports.js';
import { requireProcessor } from './processors.js';
import { finishScan } from './scan-finish.js';
import {
  ACTIVE_SCAN_STATUSES,
  type DatasetEntry,
  type FileRoot,
  type ScanFiles,
  type ScanJob,
  type ScanQueue,
  type ScanRecord,
  type ScanStore,
} from './scan-ports.js';
import type { UnitOfWork } from './unit-of-work.js';

export type ScanSettings = {
  /** Splittable files are cut into chunks of about this many bytes, each a job. */
  readonly chunkBytes: number;
  /** Uploads larger than this are refused (INPUT_TOO_LARGE). */
  readonly uploadLimit: number;
};

export type StartDatasetScan = { readonly processor: string; readonly dataset: string };
export type StartUploadScan = { readonly processor: string; readonly name: string; readonly body: AsyncIterable<Uint8Array> };

export type ScanService = {
  /** The largest upload accepted, in bytes. */
  readonly uploadLimit: number;
  /** Scans a file or folder under the processor's datasets folder; throws SCAN_PATH_INVALID, NOT_FOUND. */
  startDataset(input: StartDatasetScan, actor: Actor): Promise<ScanRecord>;
  /** Stores the upload in the data folder and scans it; throws SCAN_PATH_INVALID (name), INPUT_TOO_LARGE, REQUEST_INVALID (empty). */
  startUpload(input: StartUploadScan, actor: Actor): Promise<ScanRecord>;
  /** Newest first, without results; of one processor (NOT_FOUND when not visible) or of all visible ones. */
  list(visible: Visibility, processorRef?: string): Promise<ScanRecord[]>;
  /** With its result once done; throws NOT_FOUND. */
  get(id: string): Promise<ScanRecord>;
  /** Stops a queued or running scan; throws SCAN_NOT_CANCELLABLE once it ended. */
  cancel(id: string, actor: Actor): Promise<ScanRecord>;
  /** The files and folders a processor may scan. */
  datasets(processorRef: string): Promise<DatasetEntry[]>;
  /** Does one queued job (called by the queue's workers). */
  runJob(job: ScanJob): Promise<void>;
  /** Queues again the work of scans left unfinished (the in-process queue keeps nothing across restarts). */
  resume(): Promise<number>;
};

export type ScanDeps = {
  readonly scans: ScanStore;
  readonly processors: ProcessorStore;
  readonly declarations: Pick<DeclarationStore, 'find' | 'findLatest'>;
  readonly files: ScanFiles;
  readonly queue: ScanQueue;
  readonly protector: Pick<FieldProtector, 'encrypt' | 'decrypt'>;
  readonly audit: Pick<AuditService, 'record'>;
  readonly unitOfWork: UnitOfWork;
  readonly clock: Clock;
  readonly settings: ScanSettings;
};

const LIST_LIMIT = 200;

/** The root a scan's files are read from: its processor's datasets folder, or its own upload folder. */
export function fileRootOf(scan: Pick<ScanRecord, 'id' | 'source'>, processor: Pick<ProcessorRecord, 'slug'>): FileRoot {
  return scan.source.kind === 'upload' ? { root: 'uploads', base: scan.id } : { root: 'datasets', base: processor.slug };
}

/** The path planned under the root: the dataset path, or the uploaded file's name. */
const sourcePath = (scan: Pick<ScanRecord, 'source'>): string => (scan.source.kind === 'upload' ? scan.source.name : scan.source.path);

/** A failure's message for the record: the PISA code, or the error's first line (no file contents are ever in it). */
function failureOf(error: unknown): string {
  if (error instanceof PisaError) return `${error.code} ${JSON.stringify(error.params)}`;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0]?.slice(0, 300) ?? 'failed';
}

export function createScanService(deps: ScanDeps): ScanService {
  const { scans, processors, files, queue, clock, settings } = deps;

  const requireScan = async (id: string): Promise<ScanRecord> => {
    const found = isUuid(id) ? await scans.find(id.toLowerCase()) : null;
    if (!found) throw new PisaError('NOT_FOUND', { what: `scan "${id}"` });
    return found;
  };

  const latestDeclaration = async (processorId: string) => {
    const latest = await deps.declarations.findLatest(processorId);
    return { declarationVersionId: latest?.id ?? null, declarationVersion: latest?.version ?? null };
  };

  const begin = async (processor: ProcessorRecord, id: string, source: ScanRecord['source'], actor: Actor): Promise<ScanRecord> => {
    const declaration = await latestDeclaration(processor.id);
    const record = await deps.unitOfWork.run(async () => {
      const created = await scans.create({ id, processorId: processor.id, source, ...declaration, chunkBytes: settings.chunkBytes, createdAt: clock.now() });
      await deps.audit.record(actor, 'scan.start', { type: 'scan', id }, null, { id, processor_id: processor.id, source: source.kind, status: created.status });
      return created;
    });
    // Queued once committed: a worker on another connection must find the scan.
    await queue.enqueue([{ kind: 'plan', scanId: id }]);
    return record;
  };

  /** Marks a scan failed (unless it ended meanwhile) and deletes its upload. */
  const fail = async (scan: ScanRecord, error: unknown): Promise<void> => {
    await scans.transition(scan.id, ACTIVE_SCAN_STATUSES, 'failed', clock.now(), failureOf(error));
    if (scan.source.kind === 'upload') await files.removeUpload(scan.id);
  };

  const plan = async (scan: ScanRecord): Promise<void> => {
    if (!(await scans.transition(scan.id, ['queued'], 'planning', clock.now()))) return;
    const processor = await processors.findById(scan.processor_id);
    const chunkBytes = await scans.chunkBytes(scan.id);
    if (!processor || chunkBytes === null) return fail(scan, new Error('the processor was removed'));
    const planned = await files.plan(fileRootOf(scan, processor), sourcePath(scan), chunkBytes);
    if (!(await scans.savePlan(scan.id, planned, clock.now()))) return;
    if (planned.chunks.length === 0) {
      await finishScan(deps, scan);
      return;
    }
    await queue.enqueue(planned.chunks.map((_, seq) => ({ kind: 'chunk', scanId: scan.id, seq })));
  };

  const scanChunk = async (scan: ScanRecord, seq: number): Promise<void> => {
    if (scan.status !== 'running') return;
    const chunk = await scans.findChunk(scan.id, seq);
    const processor = await processors.findById(scan.processor_id);
    if (!chunk || chunk.done || !processor) return;
    const outcome = await files.scanChunk(fileRootOf(scan, processor), chunk.spec);
    const tally_enc = deps.protector.encrypt(encodeTallyState(outcome.tally), FIELD_CONTEXT.scanChunk(scan.id, seq));
    const bytes = chunk.spec.kind === 'range' ? chunk.spec.end - chunk.spec.start : ((await scans.files(scan.id))[chunk.spec.file]?.bytes ?? 0);
    const progress = await scans.completeChunk(scan.id, { seq, file: chunk.spec.file, format: outcome.format, findings: outcome.findings, tally_enc }, bytes);
    if (progress !== null && progress.chunksDone === progress.chunksTotal) await finishScan(deps, scan);
  };

  return {
    uploadLimit: settings.uploadLimit,

    async startDataset(input, actor) {
      const processor = await requireProcessor(processors, input.processor);
      const path = parseDatasetPath(input.dataset);
      if (!path.ok) throw new PisaError('SCAN_PATH_INVALID', { path: input.dataset.slice(0, 200), reason: path.reason });
      await files.checkDataset(processor.slug, input.dataset);
      return begin(processor, randomUUID(), { kind: 'dataset', path: input.dataset }, actor);
    },

    async startUpload(input, actor) {
      const processor = await requireProcessor(processors, input.processor);
      const name = parseUploadName(input.name);
      if (!name.ok) throw new PisaError('SCAN_PATH_INVALID', { path: input.name.slice(0, 200), reason: name.reason });
      const id = randomUUID();
      const { bytes } = await files.saveUpload(id, input.name, input.body, settings.uploadLimit);
      if (bytes === 0) {
        await files.removeUpload(id);
        throw new PisaError('REQUEST_INVALID', { detail: 'the upload is empty' });
      }
      return begin(processor, id, { kind: 'upload', name: input.name, bytes }, actor);
    },

    async list(visible, processorRef) {
      if (processorRef !== undefined) {
        const processor = await requireProcessor(processors, processorRef);
        // Another tenant's processor answers like one that does not exist.
        if (!visible.all && (processor.organisation_id === null || !visible.organisations.includes(processor.organisation_id)))
          throw new PisaError('NOT_FOUND', { what: `processor "${processorRef}"` });
        return scans.list({ processorId: processor.id, limit: LIST_LIMIT });
      }
      return scans.list({ ...(visible.all ? {} : { organisationIds: visible.organisations }), limit: LIST_LIMIT });
    },

    get: requireScan,

    async cancel(id, actor) {
      const scan = await requireScan(id);
      const cancelled = await deps.unitOfWork.run(async () => {
        if (!(await scans.transition(scan.id, ACTIVE_SCAN_STATUSES, 'cancelled', clock.now()))) return false;
        await deps.audit.record(actor, 'scan.cancel', { type: 'scan', id: scan.id }, { status: scan.status }, { status: 'cancelled' });
        return true;
      });
      if (!cancelled) throw new PisaError('SCAN_NOT_CANCELLABLE', { id: scan.id, status: (await requireScan(scan.id)).status });
      if (scan.source.kind === 'upload') await files.removeUpload(scan.id);
      return requireScan(scan.id);
    },

    async datasets(processorRef) {
      const processor = await requireProcessor(processors, processorRef);
      return files.listDatasets(processor.slug);
    },

    async runJob(job) {
      const scan = await scans.find(job.scanId);
      if (!scan) return;
      try {
        if (job.kind === 'plan') await plan(scan);
        else await scanChunk(scan, job.seq);
      } catch (error) {
        // One failed part fails the scan: a partial result would understate what the data holds.
        await fail(scan, error);
      }
    },

    async resume() {
      const active = await scans.listActive();
      for (const scan of active) {
        if (scan.status === 'running') {
          const pending = await scans.pendingChunks(scan.id);
          if (pending.length === 0) await finishScan(deps, scan);
          else await queue.enqueue(pending.map((seq) => ({ kind: 'chunk', scanId: scan.id, seq })));
        } else {
          await scans.transition(scan.id, ['planning'], 'queued', clock.now());
          await queue.enqueue([{ kind: 'plan', scanId: scan.id }]);
        }
      }
      return active.length;
    },
  };
}
