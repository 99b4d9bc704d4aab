import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ScanResult } from '../../core/scan-report/scan-result.js';
import type { ChunkSpec, PlannedFile, ScanSource } from '../../services/scan-ports.js';
import { declarationVersions } from './declaration-versions.js';
import { processors } from './processors.js';

/**
 * A server scan of a processor's dataset or upload: its status, progress, plan (the files) and,
 * once done, the merged result (counts, distinct counts, masked samples; never a raw value).
 */
export const scans = pgTable(
  'scans',
  {
    id: uuid('id').primaryKey(),
    processor_id: uuid('processor_id')
      .notNull()
      .references(() => processors.id, { onDelete: 'cascade' }),
    source: jsonb('source').$type<ScanSource>().notNull(),
    status: text('status', { enum: ['queued', 'planning', 'running', 'done', 'failed', 'cancelled'] }).notNull(),
    declaration_version_id: uuid('declaration_version_id').references(() => declarationVersions.id, { onDelete: 'set null' }),
    declaration_version: integer('declaration_version'),
    chunk_bytes: bigint('chunk_bytes', { mode: 'number' }).notNull(),
    files: jsonb('files').$type<PlannedFile[]>(),
    chunks_total: integer('chunks_total').notNull().default(0),
    chunks_done: integer('chunks_done').notNull().default(0),
    bytes_total: bigint('bytes_total', { mode: 'number' }).notNull().default(0),
    bytes_done: bigint('bytes_done', { mode: 'number' }).notNull().default(0),
    error: text('error'),
    result: jsonb('result').$type<ScanResult>(),
    created_at: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    started_at: timestamp('started_at', { withTimezone: true, mode: 'date' }),
    finished_at: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [index('scans_processor_created').on(table.processor_id, table.created_at), index('scans_status').on(table.status)],
);

/**
 * One chunk of a scan: what to read, and once scanned its partial tally, encrypted (the value
 * hashes of a small set could be reversed by trying every phone number) until the merge deletes it.
 */
export const scanChunks = pgTable(
  'scan_chunks',
  {
    scan_id: uuid('scan_id')
      .notNull()
      .references(() => scans.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    file: integer('file').notNull(),
    spec: jsonb('spec').$type<ChunkSpec>().notNull(),
    done: boolean('done').notNull().default(false),
    format: text('format'),
    findings: bigint('findings', { mode: 'number' }),
    tally_enc: text('tally_enc'),
  },
  (table) => [primaryKey({ columns: [table.scan_id, table.seq] })],
);
