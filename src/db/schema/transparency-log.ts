import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, customType, index, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { LOG_ENTRY_KINDS } from '../../core/log/log-entry.js';

// The transparency log (docs/transparency-log.md). Entries wait here until the sequencer gives them
// an index; tiles, entry bundles and checkpoints are written once, in the sequencer's transaction,
// and never changed (triggers in migration 0006_log_append_only refuse UPDATE, DELETE and TRUNCATE).

/** Raw bytes; both drivers' values are handed out as plain Uint8Array (node-postgres gives Buffers). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  fromDriver: (value) => new Uint8Array(value),
});

/** Log entries (33 bytes: type byte and commitment); `seq` is the leaf index, null until sequenced. */
export const logEntries = pgTable(
  'log_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    entry: bytea('entry').notNull(),
    kind: text('kind', { enum: LOG_ENTRY_KINDS }).notNull(),
    created_at: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    seq: bigint('seq', { mode: 'number' }).unique(),
  },
  (table) => [index('log_entries_pending').on(table.id).where(sql`${table.seq} is null`)],
);

/** Hash tiles by level, tile index and width (256 = full); partial tiles are kept at every width published. */
export const logTiles = pgTable(
  'log_tiles',
  {
    level: smallint('level').notNull(),
    tile_index: bigint('tile_index', { mode: 'number' }).notNull(),
    width: smallint('width').notNull(),
    hashes: bytea('hashes').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.level, table.tile_index, table.width] }),
    check('log_tiles_shape', sql`${table.level} between 0 and 63 and ${table.width} between 1 and 256 and octet_length(${table.hashes}) = 32 * ${table.width}`),
  ],
);

/** Entry bundles of the level-0 tiles, by tile index and width. */
export const logEntryBundles = pgTable(
  'log_entry_bundles',
  {
    tile_index: bigint('tile_index', { mode: 'number' }).notNull(),
    width: smallint('width').notNull(),
    entries: bytea('entries').notNull(),
  },
  (table) => [primaryKey({ columns: [table.tile_index, table.width] }), check('log_entry_bundles_width', sql`${table.width} between 1 and 256`)],
);

/** Signed checkpoints, one per size: the primary key makes a second root for one size impossible. */
export const logCheckpoints = pgTable('log_checkpoints', {
  size: bigint('size', { mode: 'number' }).primaryKey(),
  root: bytea('root').notNull(),
  note: text('note').notNull(),
  created_at: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/** One row (id 1): the sequenced size. Sequencers lock it (SELECT ... FOR UPDATE), so they never interleave. */
export const logState = pgTable(
  'log_state',
  {
    id: smallint('id').primaryKey(),
    size: bigint('size', { mode: 'number' }).notNull(),
  },
  (table) => [check('log_state_single_row', sql`${table.id} = 1`)],
);
