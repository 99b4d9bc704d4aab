import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, sql } from 'drizzle-orm';
import { type ChunkPartial, SCAN_STATUSES, type ScanRecord, type ScanStatus, type ScanStore } from '../../services/scan-ports.js';
import type { PisaDb } from '../client.js';
import { processors } from '../schema/processors.js';
import { scanChunks, scans } from '../schema/scans.js';

type Row = typeof scans.$inferSelect;

const TERMINAL: readonly ScanStatus[] = ['done', 'failed', 'cancelled'];
/** Chunk rows per INSERT: well under PostgreSQL's 65,535 bind parameters. */
const INSERT_BATCH = 1000;

const toRecord = (row: Omit<Row, 'result' | 'files'> & { result?: Row['result'] }): ScanRecord => ({
  id: row.id,
  processor_id: row.processor_id,
  source: row.source,
  status: row.status,
  progress: { chunks_total: row.chunks_total, chunks_done: row.chunks_done, bytes_total: row.bytes_total, bytes_done: row.bytes_done },
  declaration_version: row.declaration_version,
  declaration_version_id: row.declaration_version_id,
  error: row.error,
  created_at: row.created_at.toISOString(),
  started_at: row.started_at?.toISOString() ?? null,
  finished_at: row.finished_at?.toISOString() ?? null,
  result: row.result ?? null,
});

/** Every column but the (possibly large) result, for lists. */
const { result: _result, files: _files, ...LIST_COLUMNS } = getTableColumns(scans);

export function createScanStore(db: PisaDb): ScanStore {
  return {
    async create(input) {
      const rows = await db
        .insert(scans)
        .values({
          id: input.id,
          processor_id: input.processorId,
          source: input.source,
          status: 'queued',
          declaration_version_id: input.declarationVersionId,
          declaration_version: input.declarationVersion,
          chunk_bytes: input.chunkBytes,
          created_at: input.createdAt,
        })
        .returning();
      const row = rows[0];
      if (!row) throw new Error('INSERT ... RETURNING gave no row');
      return toRecord(row);
    },
    async find(id) {
      const rows = await db.select().from(scans).where(eq(scans.id, id));
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async list(filter) {
      const ids = filter.organisationIds;
      if (ids !== undefined && ids.length === 0) return [];
      const conditions = [
        ...(filter.processorId === undefined ? [] : [eq(scans.processor_id, filter.processorId)]),
        ...(ids === undefined ? [] : [inArray(processors.organisation_id, [...ids])]),
      ];
      const rows = await db
        .select(LIST_COLUMNS)
        .from(scans)
        .innerJoin(processors, eq(processors.id, scans.processor_id))
        .where(and(...conditions))
        .orderBy(desc(scans.created_at), desc(scans.id))
        .limit(filter.limit);
      return rows.map(toRecord);
    },
    async listActive() {
      const active = SCAN_STATUSES.filter((s) => !TERMINAL.includes(s));
      const rows = await db.select(LIST_COLUMNS).from(scans).where(inArray(scans.status, active)).orderBy(asc(scans.created_at));
      return rows.map(toRecord);
    },
    transition(id, from, to, at, error) {
      return db.transaction(async (tx) => {
        const timestamps = to === 'planning' ? { started_at: at } : TERMINAL.includes(to) ? { finished_at: at } : {};
        const rows = await tx
          .update(scans)
          .set({ status: to, ...timestamps, ...(error === undefined ? {} : { error }) })
          .where(and(eq(scans.id, id), inArray(scans.status, [...from])))
          .returning({ id: scans.id });
        // An ended scan keeps its result, never the per-chunk partials.
        if (rows.length > 0 && TERMINAL.includes(to)) await tx.update(scanChunks).set({ tally_enc: null }).where(eq(scanChunks.scan_id, id));
        return rows.length > 0;
      });
    },
    async chunkBytes(id) {
      const rows = await db.select({ chunkBytes: scans.chunk_bytes }).from(scans).where(eq(scans.id, id));
      return rows[0]?.chunkBytes ?? null;
    },
    savePlan(id, plan) {
      return db.transaction(async (tx) => {
        const bytesTotal = plan.files.reduce((n, f) => n + f.bytes, 0);
        const rows = await tx
          .update(scans)
          .set({ status: 'running', files: [...plan.files], chunks_total: plan.chunks.length, bytes_total: bytesTotal })
          .where(and(eq(scans.id, id), eq(scans.status, 'planning')))
          .returning({ id: scans.id });
        if (rows.length === 0) return false;
        for (let from = 0; from < plan.chunks.length; from += INSERT_BATCH) {
          const batch = plan.chunks.slice(from, from + INSERT_BATCH).map((spec, i) => ({ scan_id: id, seq: from + i, file: spec.file, spec }));
          await tx.insert(scanChunks).values(batch);
        }
        return true;
      });
    },
    async files(id) {
      const rows = await db.select({ files: scans.files }).from(scans).where(eq(scans.id, id));
      return rows[0]?.files ?? [];
    },
    async findChunk(id, seq) {
      const rows = await db
        .select({ spec: scanChunks.spec, done: scanChunks.done })
        .from(scanChunks)
        .where(and(eq(scanChunks.scan_id, id), eq(scanChunks.seq, seq)));
      return rows[0] ?? null;
    },
    async pendingChunks(id) {
      const rows = await db
        .select({ seq: scanChunks.seq })
        .from(scanChunks)
        .where(and(eq(scanChunks.scan_id, id), eq(scanChunks.done, false)))
        .orderBy(asc(scanChunks.seq));
      return rows.map((r) => r.seq);
    },
    completeChunk(id, partial, bytes) {
      return db.transaction(async (tx) => {
        // Both conditions in one transaction: a retried job or a cancelled scan records nothing.
        const running = await tx
          .select({ id: scans.id })
          .from(scans)
          .where(and(eq(scans.id, id), eq(scans.status, 'running')))
          .for('update');
        if (running.length === 0) return null;
        const marked = await tx
          .update(scanChunks)
          .set({ done: true, format: partial.format, findings: partial.findings, tally_enc: partial.tally_enc })
          .where(and(eq(scanChunks.scan_id, id), eq(scanChunks.seq, partial.seq), eq(scanChunks.done, false)))
          .returning({ seq: scanChunks.seq });
        if (marked.length === 0) return null;
        const rows = await tx
          .update(scans)
          .set({ chunks_done: sql`${scans.chunks_done} + 1`, bytes_done: sql`${scans.bytes_done} + ${bytes}` })
          .where(eq(scans.id, id))
          .returning({ chunksDone: scans.chunks_done, chunksTotal: scans.chunks_total });
        return rows[0] ?? null;
      });
    },
    async partialSeqs(id) {
      const rows = await db
        .select({ seq: scanChunks.seq })
        .from(scanChunks)
        .where(and(eq(scanChunks.scan_id, id), eq(scanChunks.done, true), isNotNull(scanChunks.tally_enc)))
        .orderBy(asc(scanChunks.seq));
      return rows.map((r) => r.seq);
    },
    async partial(id, seq) {
      const rows = await db
        .select({ seq: scanChunks.seq, file: scanChunks.file, format: scanChunks.format, findings: scanChunks.findings, tally_enc: scanChunks.tally_enc })
        .from(scanChunks)
        .where(and(eq(scanChunks.scan_id, id), eq(scanChunks.seq, seq), eq(scanChunks.done, true)));
      const r = rows[0];
      if (r === undefined || r.tally_enc === null) return null;
      return { seq: r.seq, file: r.file, format: (r.format ?? 'skipped') as ChunkPartial['format'], findings: r.findings ?? 0, tally_enc: r.tally_enc };
    },
    finish(id, result, at) {
      return db.transaction(async (tx) => {
        const rows = await tx
          .update(scans)
          .set({ status: 'done', result, finished_at: at })
          .where(and(eq(scans.id, id), eq(scans.status, 'running')))
          .returning({ id: scans.id });
        if (rows.length > 0) await tx.update(scanChunks).set({ tally_enc: null }).where(eq(scanChunks.scan_id, id));
        return rows.length > 0;
      });
    },
  };
}
