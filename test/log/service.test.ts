import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCheckpoint } from '../../src/core/log/checkpoint.js';
import { EMPTY_ROOT } from '../../src/core/log/hashing.js';
import { encodeLogEntry, type LogEntry } from '../../src/core/log/log-entry.js';
import { createNoteVerifier, type NoteVerifier } from '../../src/core/log/note-keys.js';
import { verifyTlogProof } from '../../src/core/log/tlog-proof.js';
import { type Database, openDatabase } from '../../src/db/client.js';
import { createStores } from '../../src/db/stores.js';
import { ephemeralLogKey, nodeEd25519Verify } from '../../src/main/log-keys.js';
import { createTransparencyLogService, type TransparencyLogService } from '../../src/services/transparency-log.js';
import { MIGRATIONS_FOLDER } from '../db/support.js';

const entry = (): LogEntry => ({ kind: 'audit-entry', commitment: new Uint8Array(randomBytes(32)) });
const CLOCK = { now: () => new Date('2026-11-27T12:00:00.000Z') };

let database: Database;
let log: TransparencyLogService;
let verifier: NoteVerifier;

beforeAll(async () => {
  database = await openDatabase({ kind: 'pglite', dataDir: 'memory://', migrationsFolder: MIGRATIONS_FOLDER });
  const key = ephemeralLogKey('service.test/log');
  log = createTransparencyLogService({ store: createStores(database.db).transparencyLog, ...key, clock: CLOCK, pollMs: 20 });
  verifier = createNoteVerifier(key.vkey, nodeEd25519Verify) as NoteVerifier;
});
afterAll(async () => {
  await database.close();
});

const size = async () => {
  const opened = openCheckpoint(await log.latestCheckpoint(), [verifier], 'service.test/log');
  if (!opened.ok) throw new Error(opened.reason);
  return opened.checkpoint;
};

describe('the transparency log service', () => {
  it('signs a checkpoint of the empty tree for an empty log, the same text every time', async () => {
    const first = await log.latestCheckpoint();
    expect(await log.latestCheckpoint()).toBe(first);
    expect(await size()).toMatchObject({ size: 0, root: EMPTY_ROOT });
    expect(await log.sequenceBatch()).toEqual({ size: 0, sequenced: 0 });
  });

  it('refuses a key whose name is not the origin of its vkey', () => {
    const key = ephemeralLogKey('one.test/log');
    expect(() =>
      createTransparencyLogService({
        store: createStores(database.db).transparencyLog,
        signer: key.signer,
        vkey: ephemeralLogKey('two.test/log').vkey,
        clock: CLOCK,
      }),
    ).toThrow(/does not name the log/);
  });

  it('resolves waitUntilSequenced with the index once a batch includes the entry, and null on timeout', async () => {
    const [id] = await log.enqueue([entry()]);
    expect(await log.positionOf(id as string)).toBeNull();
    expect(await log.waitUntilSequenced(id as string, 30)).toBeNull();
    const waiting = log.waitUntilSequenced(id as string, 5_000);
    await log.sequenceBatch();
    expect(await waiting).toBe(0);
    expect(await log.positionOf(id as string)).toBe(0);
    expect(await log.waitUntilSequenced(id as string, 1)).toBe(0);
    expect(await log.positionOf('999999999')).toBeNull();
    expect(await log.positionOf('not-an-id')).toBeNull();
  });

  it('notices entries sequenced elsewhere (another instance) by polling', async () => {
    const [id] = await log.enqueue([entry()]);
    const other = createTransparencyLogService({ store: createStores(database.db).transparencyLog, ...ephemeralLogKey('service.test/log'), clock: CLOCK });
    const waiting = log.waitUntilSequenced(id as string, 5_000);
    await other.sequenceBatch();
    expect(await waiting).toBe(1);
  });

  it('gives a tlog-proof that verifies offline against the entry alone', async () => {
    const entries = Array.from({ length: 20 }, entry);
    const ids = await log.enqueue(entries);
    await log.sequenceBatch();
    const index = (await log.positionOf(ids[7] as string)) as number;
    const proof = await log.tlogProof(index, Uint8Array.of(9, 9));
    const verified = verifyTlogProof(proof, encodeLogEntry(entries[7] as LogEntry), [verifier], 'service.test/log');
    expect(verified).toMatchObject({ ok: true, index, checkpoint: { size: 22 } });
    expect(verifyTlogProof(proof, encodeLogEntry(entries[8] as LogEntry), [verifier]).ok).toBe(false);
    await expect(log.tlogProof(22)).rejects.toMatchObject({ code: 'LOG_INDEX_OUT_OF_RANGE' });
  });

  it('answers out-of-range proofs with LOG_INDEX_OUT_OF_RANGE / LOG_SIZE_OUT_OF_RANGE', async () => {
    const { size: current } = await size();
    await expect(log.inclusionProof(current, current)).rejects.toMatchObject({ code: 'LOG_INDEX_OUT_OF_RANGE', params: { index: current, max: current - 1 } });
    await expect(log.inclusionProof(0, current + 1)).rejects.toMatchObject({ code: 'LOG_SIZE_OUT_OF_RANGE' });
    await expect(log.consistencyProof(0, current)).rejects.toMatchObject({ code: 'LOG_SIZE_OUT_OF_RANGE' });
    await expect(log.consistencyProof(3, 2)).rejects.toMatchObject({ code: 'LOG_SIZE_OUT_OF_RANGE' });
    expect(await log.consistencyProof(current, current)).toEqual([]);
    expect(await log.tile(0, 0, 257)).toBeNull();
    expect(await log.tile(0, 1)).toBeNull();
    expect(await log.entryBundle(0, current + 1)).toBeNull();
    expect(await log.entryBundle(0, current)).toHaveLength(current * 35);
  });

  it('runs a background sequencer: a full batch starts at once when announced, the rest on the interval; stop waits for it', async () => {
    const stop = log.startSequencer({ intervalMs: 60_000, maxBatch: 4 });
    try {
      const before = (await size()).size;
      const ids = await log.enqueue(Array.from({ length: 8 }, entry));
      log.notifyEnqueued(8);
      expect(await log.waitUntilSequenced(ids[7] as string, 5_000)).toBe(before + 7);
      // Fewer than a batch, not announced: it waits for the interval.
      const [late] = await log.enqueue([entry()]);
      log.notifyEnqueued(1);
      expect(await log.waitUntilSequenced(late as string, 300)).toBeNull();
    } finally {
      await stop();
    }
    // After a full batch, a short tail announced here waits for the next kick (not a batch of its
    // own at once); a backlog nobody announced here is drained batch after batch.
    const stopTail = log.startSequencer({ intervalMs: 60_000, maxBatch: 4 });
    try {
      // With the one entry left pending above: six announced, a batch of four, a tail of two.
      const first = await log.enqueue(Array.from({ length: 5 }, entry));
      log.notifyEnqueued(5);
      expect(await log.waitUntilSequenced(first[2] as string, 5_000)).not.toBeNull();
      expect(await log.waitUntilSequenced(first[4] as string, 300)).toBeNull();
      const more = await log.enqueue(Array.from({ length: 2 }, entry));
      log.notifyEnqueued(2);
      expect(await log.waitUntilSequenced(more[1] as string, 5_000)).not.toBeNull();
      const backlog = await log.enqueue(Array.from({ length: 9 }, entry));
      log.notifyEnqueued(4);
      expect(await log.waitUntilSequenced(backlog[8] as string, 5_000)).not.toBeNull();
    } finally {
      await stopTail();
    }
    const stopFast = log.startSequencer({ intervalMs: 20, maxBatch: 4 });
    try {
      const [id] = await log.enqueue([entry()]);
      expect(await log.waitUntilSequenced(id as string, 5_000)).not.toBeNull();
    } finally {
      await stopFast();
    }
  });
});
