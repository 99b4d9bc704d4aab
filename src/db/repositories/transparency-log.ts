import { and, asc, desc, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import { bundlePrefix } from '../../core/log/entry-bundle.js';
import { encodeLogEntry, type LogEntry } from '../../core/log/log-entry.js';
import type { SequencerState } from '../../core/log/sequencer.js';
import { partialTiles, TILE_WIDTH } from '../../core/log/tiles.js';
import type { PendingLogEntry, TransparencyLogStore } from '../../services/transparency-log-ports.js';
import type { PisaDb } from '../client.js';
import { logCheckpoints, logEntries, logEntryBundles, logState, logTiles } from '../schema/transparency-log.js';

/** Rows per INSERT: far below PostgreSQL's 65,535 parameters for any row shape here. */
const INSERT_CHUNK = 1000;

/**
 * Adds entries to the log's queue on `tx`, which may be another repository's transaction: the
 * entries then commit, or roll back, with whatever that transaction records (a consent receipt
 * and the entry committing to it). Returns the entry ids in order.
 */
export async function enqueueLogEntries(tx: PisaDb, entries: readonly LogEntry[]): Promise<string[]> {
  if (entries.length === 0) return [];
  const ids: string[] = [];
  for (let at = 0; at < entries.length; at += INSERT_CHUNK) {
    const rows = entries.slice(at, at + INSERT_CHUNK).map((entry) => ({ entry: encodeLogEntry(entry), kind: entry.kind }));
    const inserted = await tx.insert(logEntries).values(rows).returning({ id: logEntries.id });
    // RETURNING follows the VALUES order for a plain multi-row INSERT.
    ids.push(...inserted.map((row) => String(row.id)));
  }
  return ids;
}

/** One entry; see enqueueLogEntries. */
export async function enqueueLogEntry(tx: PisaDb, entry: LogEntry): Promise<string> {
  const [id] = await enqueueLogEntries(tx, [entry]);
  return id as string;
}

const ID_PATTERN = /^[1-9][0-9]{0,15}$/;

async function loadState(tx: PisaDb, size: number): Promise<SequencerState> {
  const wanted = partialTiles(size);
  // Both reads are sent before either answer is awaited (one round trip; see sequence).
  const [rows, bundleRows] = await Promise.all([
    wanted.length === 0
      ? []
      : tx
          .select()
          .from(logTiles)
          .where(or(...wanted.map((t) => and(eq(logTiles.level, t.level), eq(logTiles.tile_index, t.index), eq(logTiles.width, t.width))))),
    size % TILE_WIDTH === 0
      ? []
      : tx
          .select({ entries: logEntryBundles.entries })
          .from(logEntryBundles)
          .where(and(eq(logEntryBundles.tile_index, Math.floor(size / TILE_WIDTH)), eq(logEntryBundles.width, size % TILE_WIDTH))),
  ]);
  const tiles: Uint8Array[] = [];
  for (let level = 0; size >= TILE_WIDTH ** level; level++) {
    const tile = wanted.find((t) => t.level === level);
    const row = tile && rows.find((r) => r.level === tile.level && r.tile_index === tile.index && r.width === tile.width);
    if (tile && !row) throw new Error(`transparency log: partial tile ${level}/${tile.index}/${tile.width} of size ${size} is missing`);
    tiles.push(row?.hashes ?? new Uint8Array(0));
  }
  let bundle: Uint8Array = new Uint8Array(0);
  if (size % TILE_WIDTH !== 0) {
    const [row] = bundleRows;
    if (!row) throw new Error(`transparency log: the partial entry bundle of size ${size} is missing`);
    bundle = row.entries;
  }
  return { size, partialTiles: tiles, partialBundle: bundle };
}

export function createTransparencyLogStore(db: PisaDb): TransparencyLogStore {
  return {
    enqueue: (entries) => enqueueLogEntries(db, entries),

    sequence(maxEntries, integrate) {
      // The sequencer holds the log's lock (and, on PGlite, the only connection: consents wait)
      // for the whole transaction, so statements that do not need each other's answers are sent
      // together and awaited once: 5 round trips instead of 13. A connection runs them in the
      // order sent; if one fails, the rest fail too and the transaction rolls back.
      return db.transaction(async (tx) => {
        const [, [state], , pending] = await Promise.all([
          tx.insert(logState).values({ id: 1, size: 0 }).onConflictDoNothing(),
          // The log's lock: a second sequencer waits here, then sees this one's size and entries.
          tx.select({ size: logState.size }).from(logState).where(eq(logState.id, 1)).for('update'),
          // Oldest pending first, by the partial index in id order. PGlite never runs ANALYZE, and
          // without statistics the planner would rather read every pending row and sort them
          // (O(backlog) per batch); for this transaction, walk the index.
          tx.execute(sql`set local enable_bitmapscan = off`),
          tx
            .select({ id: logEntries.id, entry: logEntries.entry })
            .from(logEntries)
            .where(isNull(logEntries.seq))
            .orderBy(asc(logEntries.id))
            .limit(maxEntries),
        ]);
        if (pending.length === 0) return null;
        const size = state?.size ?? 0;
        const entries: PendingLogEntry[] = pending.map((row) => ({ id: String(row.id), entry: row.entry }));
        const output = integrate({ state: await loadState(tx, size), entries });
        const newSize = size + entries.length;
        if (output.checkpoint.size !== newSize)
          throw new Error(`transparency log: a batch of ${entries.length} from ${size} gave size ${output.checkpoint.size}`);
        const writes: PromiseLike<unknown>[] = [];
        for (let at = 0; at < output.tiles.length; at += INSERT_CHUNK)
          writes.push(
            tx
              .insert(logTiles)
              .values(output.tiles.slice(at, at + INSERT_CHUNK).map((t) => ({ level: t.level, tile_index: t.index, width: t.width, hashes: t.bytes }))),
          );
        if (output.bundles.length > 0)
          writes.push(tx.insert(logEntryBundles).values(output.bundles.map((b) => ({ tile_index: b.index, width: b.width, entries: b.bytes }))));
        // The entries were taken in id order and get consecutive indices in that order: one
        // statement (the trigger refuses to re-index an entry). Ids are usually one unbroken run,
        // updated by range (index = id - offset); a run with gaps (a transaction that failed after
        // drawing its ids) passes them as an array, ranked by array_position: 4.5 -> 2.9 ms of
        // execution for 256 entries on PGlite.
        const first = Number(entries[0]?.id);
        const last = Number(entries[entries.length - 1]?.id);
        const ids = `{${entries.map((e) => e.id).join(',')}}`;
        const index =
          last - first === entries.length - 1
            ? sql`update ${logEntries} set seq = id - ${first - size}::bigint where id between ${first}::bigint and ${last}::bigint returning id`
            : sql`update ${logEntries} set seq = ${size - 1}::bigint + array_position(${ids}::bigint[], id) where id = any(${ids}::bigint[]) returning id`;
        // Both drivers give `rows` for a RETURNING statement.
        const indexAt = writes.length;
        const { checkpoint } = output;
        writes.push(
          tx.execute(index),
          tx.insert(logCheckpoints).values({ size: checkpoint.size, root: checkpoint.root, note: checkpoint.note, created_at: checkpoint.createdAt }),
          tx.update(logState).set({ size: newSize }).where(eq(logState.id, 1)),
        );
        // Drizzle's queries run when awaited, once each: the answers come from this one await.
        const updated = (await Promise.all(writes))[indexAt] as { rows: unknown[] };
        // Checked before COMMIT: throwing here rolls the whole batch back.
        if (updated.rows.length !== entries.length) throw new Error(`transparency log: ${updated.rows.length} of ${entries.length} entries could be indexed`);
        return { size: newSize, count: entries.length };
      });
    },

    async latestCheckpoint() {
      const [row] = await db.select({ size: logCheckpoints.size, note: logCheckpoints.note }).from(logCheckpoints).orderBy(desc(logCheckpoints.size)).limit(1);
      return row ?? null;
    },

    async readTiles(tiles) {
      if (tiles.length === 0) return [];
      // One indexed lookup per tile (the narrowest stored width that covers the one asked for):
      // a tile index can have hundreds of partial versions, and reading them all with DISTINCT ON
      // made a cold inclusion proof cost milliseconds. `ord` brings each row back to its tile.
      const wanted = sql.join(
        tiles.map((t, ord) => sql`(${ord}::int, ${t.level}::smallint, ${t.index}::bigint, ${t.width}::smallint)`),
        sql`, `,
      );
      const result = (await db.execute(sql`
        select w.ord, t.hashes
        from (values ${wanted}) as w(ord, level, tile_index, width)
        cross join lateral (
          select ${logTiles.hashes} as hashes from ${logTiles}
          where ${logTiles.level} = w.level and ${logTiles.tile_index} = w.tile_index and ${logTiles.width} >= w.width
          order by ${logTiles.width} limit 1
        ) t`)) as { rows: { ord: number; hashes: Uint8Array }[] };
      const found = new Map(result.rows.map((row) => [Number(row.ord), row.hashes]));
      return tiles.map((t, ord) => {
        const hashes = found.get(ord);
        return hashes === undefined ? null : new Uint8Array(hashes.buffer, hashes.byteOffset, t.width * 32);
      });
    },

    async readBundle(index, width) {
      const [row] = await db
        .select({ entries: logEntryBundles.entries })
        .from(logEntryBundles)
        .where(and(eq(logEntryBundles.tile_index, index), gte(logEntryBundles.width, width)))
        .orderBy(asc(logEntryBundles.width))
        .limit(1);
      return row === undefined ? null : bundlePrefix(row.entries, width);
    },

    async positions(entryIds) {
      const ids = entryIds.filter((id) => ID_PATTERN.test(id)).map(Number);
      if (ids.length === 0) return new Map();
      const rows = await db.select({ id: logEntries.id, seq: logEntries.seq }).from(logEntries).where(inArray(logEntries.id, ids));
      return new Map(rows.map((row) => [String(row.id), row.seq]));
    },
  };
}
