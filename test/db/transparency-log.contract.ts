import { randomBytes } from 'node:crypto';
import { eq, gt, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openCheckpoint, signCheckpoint } from '../../src/core/log/checkpoint.js';
import { createNobleSigner, nobleEd25519Verify, noblePublicKey } from '../../src/core/log/ed25519-noble.js';
import { bundlePrefix } from '../../src/core/log/entry-bundle.js';
import { EMPTY_ROOT } from '../../src/core/log/hashing.js';
import { encodeLogEntry, type LogEntry } from '../../src/core/log/log-entry.js';
import { createNoteVerifier, formatVerifierKey, type NoteVerifier } from '../../src/core/log/note-keys.js';
import { integrate } from '../../src/core/log/sequencer.js';
import { areConsistent, auditTiledLog, type LogFetch } from '../../src/core/log/tile-client.js';
import { parseTilePath } from '../../src/core/log/tile-path.js';
import { enqueueLogEntries, enqueueLogEntry } from '../../src/db/repositories/transparency-log.js';
import { logCheckpoints, logEntries } from '../../src/db/schema/transparency-log.js';
import type { LogBatchInput, LogBatchOutput, TransparencyLogStore } from '../../src/services/transparency-log-ports.js';
import { type OpenDatabase, setupDatabase } from './support.js';

const ORIGIN = 'contract.test/log';
const seed = Uint8Array.from({ length: 32 }, (_, i) => i + 11);
const signer = createNobleSigner(ORIGIN, seed);
const verifier = createNoteVerifier(formatVerifierKey(ORIGIN, noblePublicKey(seed)), nobleEd25519Verify) as NoteVerifier;

const entry = (): LogEntry => ({ kind: 'consent-receipt', commitment: new Uint8Array(randomBytes(32)) });

/** The service's sequencing step, inline: the core sequencer and a signed checkpoint. */
function step({ state, entries }: LogBatchInput): LogBatchOutput {
  const result = integrate(
    state,
    entries.map((e) => e.entry),
  );
  const checkpoint = { origin: ORIGIN, size: result.state.size, root: result.root };
  return { tiles: result.tiles, bundles: result.bundles, checkpoint: { ...checkpoint, note: signCheckpoint(checkpoint, signer), createdAt: new Date() } };
}

/** The store read as a tiled log's files. */
const filesOf =
  (store: TransparencyLogStore): LogFetch =>
  async (path) => {
    const ref = parseTilePath(path);
    if (ref === null) return null;
    if (ref.kind === 'entries') return store.readBundle(Number(ref.index), ref.width);
    return (await store.readTiles([{ level: ref.level, index: Number(ref.index), width: ref.width }]))[0] ?? null;
  };

async function latest(store: TransparencyLogStore) {
  const found = await store.latestCheckpoint();
  if (found === null) return { size: 0, root: EMPTY_ROOT, note: '' };
  const opened = openCheckpoint(found.note, [verifier], ORIGIN);
  if (!opened.ok) throw new Error(`stored checkpoint refused: ${opened.reason}`);
  return { ...opened.checkpoint, note: found.note };
}

/**
 * The transparency log's store on every backend. The log is one per database and the PostgreSQL
 * database is shared with earlier runs, so every check is relative to the size found at its start.
 */
export function transparencyLogStoreContract(open: OpenDatabase): void {
  describe('TransparencyLogStore', () => {
    const opened = setupDatabase(open);
    const store = () => opened().stores.transparencyLog;
    const db = () => opened().database.db;

    it('sequences pending entries in id order into tiles, bundles and one signed checkpoint', async () => {
      await store().sequence(1_000_000, step);
      const before = await latest(store());
      const entries = Array.from({ length: 300 }, entry);
      const ids = await store().enqueue(entries);
      expect(ids.map(Number)).toEqual([...ids.map(Number)].sort((a, b) => a - b));
      expect([...(await store().positions(ids)).values()].every((p) => p === null)).toBe(true);

      expect(await store().sequence(1_000_000, step)).toEqual({ size: before.size + 300, count: 300 });
      const positions = await store().positions(ids);
      expect(ids.map((id) => positions.get(id))).toEqual(ids.map((_, i) => before.size + i));
      const after = await latest(store());
      expect(after.size).toBe(before.size + 300);
      const audit = await auditTiledLog(after, filesOf(store()));
      expect(audit.ok).toBe(true);
      if (audit.ok) expect(audit.entries.slice(before.size)).toEqual(entries.map(encodeLogEntry));
      expect(await areConsistent(before, after, filesOf(store()))).toBe(true);
    });

    it('does nothing, and publishes no checkpoint, when no entry is pending', async () => {
      await store().sequence(1_000_000, step);
      const before = await store().latestCheckpoint();
      expect(await store().sequence(256, step)).toBeNull();
      expect(await store().latestCheckpoint()).toEqual(before);
    });

    it('takes at most maxEntries per batch, oldest first', async () => {
      await store().sequence(1_000_000, step);
      const ids = await store().enqueue(Array.from({ length: 5 }, entry));
      const before = await latest(store());
      expect(await store().sequence(3, step)).toEqual({ size: before.size + 3, count: 3 });
      const positions = await store().positions(ids);
      expect(ids.map((id) => positions.get(id))).toEqual([before.size, before.size + 1, before.size + 2, null, null]);
      expect(await store().sequence(3, step)).toEqual({ size: before.size + 5, count: 2 });
    });

    it('enqueues inside another repository’s transaction: the entries commit or roll back with it', async () => {
      const [kept] = await db().transaction((tx) => enqueueLogEntries(tx, [entry()]));
      await expect(
        db().transaction(async (tx) => {
          await enqueueLogEntry(tx, entry());
          throw new Error('the consent could not be stored');
        }),
      ).rejects.toThrow('could not be stored');
      const later = await db()
        .select({ id: logEntries.id })
        .from(logEntries)
        .where(gt(logEntries.id, Number(kept)));
      expect(later).toEqual([]);
      expect((await store().positions([kept as string])).get(kept as string)).toBeNull();
    });

    it('indexes a batch whose ids have gaps (drawn by a transaction that rolled back) consecutively, in id order', async () => {
      await store().sequence(1_000_000, step);
      const before = await latest(store());
      const head = await store().enqueue(Array.from({ length: 2 }, entry));
      await expect(
        db().transaction(async (tx) => {
          await enqueueLogEntries(tx, Array.from({ length: 3 }, entry));
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      const tail = await store().enqueue(Array.from({ length: 2 }, entry));
      const ids = [...head, ...tail];
      expect(Number(tail[0]) - Number(head[1])).toBeGreaterThan(1);
      expect(await store().sequence(1_000_000, step)).toEqual({ size: before.size + 4, count: 4 });
      const positions = await store().positions(ids);
      expect(ids.map((id) => positions.get(id))).toEqual([0, 1, 2, 3].map((i) => before.size + i));
      expect(await auditTiledLog(await latest(store()), filesOf(store()))).toMatchObject({ ok: true });
    });

    it('leaves the old state when a batch fails half-way (nothing of it is written)', async () => {
      await store().enqueue(Array.from({ length: 3 }, entry));
      await store().sequence(1_000_000, step);
      const before = await latest(store());
      const ids = await store().enqueue(Array.from({ length: 4 }, entry));
      await expect(
        store().sequence(256, (input) => {
          step(input);
          throw new Error('crash between signing and writing');
        }),
      ).rejects.toThrow('crash');
      expect((await latest(store())).note).toBe(before.note);
      expect([...(await store().positions(ids)).values()]).toEqual([null, null, null, null]);
      expect(await store().sequence(256, step)).toEqual({ size: before.size + 4, count: 4 });
      expect(await auditTiledLog(await latest(store()), filesOf(store()))).toMatchObject({ ok: true });
    });

    it('never forks when sequencers race: one batch after the other, every checkpoint consistent with the last', async () => {
      await store().sequence(1_000_000, step);
      const start = await latest(store());
      await store().enqueue(Array.from({ length: 40 }, entry));
      const results = await Promise.all(Array.from({ length: 6 }, () => store().sequence(8, step)));
      const sizes = results.filter((r) => r !== null).map((r) => r.size);
      expect(new Set(sizes).size).toBe(sizes.length);
      expect([...sizes].sort((a, b) => a - b)).toEqual(Array.from({ length: 5 }, (_, i) => start.size + 8 * (i + 1)));
      const end = await latest(store());
      expect(end.size).toBe(start.size + 40);
      for (const size of sizes) {
        const [row] = await db().select({ note: logCheckpoints.note }).from(logCheckpoints).where(eq(logCheckpoints.size, size));
        const note = row?.note ?? '';
        const opened = openCheckpoint(note, [verifier]);
        if (!opened.ok) throw new Error('checkpoint refused');
        expect(await areConsistent(opened.checkpoint, end, filesOf(store()))).toBe(true);
      }
    });

    it('serves a narrower tile or bundle from a wider one (a prefix), and nothing wider than stored', async () => {
      await store().enqueue(Array.from({ length: 2 }, entry));
      await store().sequence(1_000_000, step);
      const { size } = await latest(store());
      const index = Math.floor((size - 1) / 256);
      const width = size - index * 256;
      const [widest] = await store().readTiles([{ level: 0, index, width }]);
      expect(widest).toHaveLength(width * 32);
      if (width > 1) {
        const [narrow] = await store().readTiles([{ level: 0, index, width: width - 1 }]);
        expect(narrow).toEqual(widest?.subarray(0, (width - 1) * 32));
        expect(await store().readBundle(index, width - 1)).toEqual(bundlePrefix((await store().readBundle(index, width)) ?? new Uint8Array(), width - 1));
      }
      if (width < 256) {
        expect(await store().readTiles([{ level: 0, index, width: width + 1 }])).toEqual([null]);
        expect(await store().readBundle(index, width + 1)).toBeNull();
      }
      expect(await store().readTiles([{ level: 0, index: index + 1, width: 1 }])).toEqual([null]);
    });

    it('refuses to change or delete published tiles, bundles and checkpoints, or to re-index an entry, at the database', async () => {
      const [id] = await store().enqueue([entry()]);
      await store().sequence(1_000_000, step);
      await expect(db().execute(sql`update log_tiles set hashes = hashes where level = 0`)).rejects.toThrow();
      await expect(db().execute(sql`delete from log_entry_bundles`)).rejects.toThrow();
      await expect(db().execute(sql`update log_checkpoints set note = 'x'`)).rejects.toThrow();
      await expect(db().execute(sql`truncate log_checkpoints`)).rejects.toThrow();
      await expect(db().execute(sql`update log_entries set seq = seq + 1000000 where id = ${Number(id)}`)).rejects.toThrow();
      await expect(db().execute(sql`delete from log_entries where id = ${Number(id)}`)).rejects.toThrow();
      expect(await auditTiledLog(await latest(store()), filesOf(store()))).toMatchObject({ ok: true });
    });
  });
}
