import { PisaError } from '../core/errors/pisa-error.js';
import { parseCheckpoint, signCheckpoint } from '../core/log/checkpoint.js';
import { EMPTY_ROOT } from '../core/log/hashing.js';
import type { LogEntry } from '../core/log/log-entry.js';
import { parseVerifierKey, type Signer } from '../core/log/note-keys.js';
import { integrate } from '../core/log/sequencer.js';
import { consistencyProofFromTiles, consistencyTiles, inclusionProofFromTiles, inclusionTiles } from '../core/log/tile-proofs.js';
import { TILE_WIDTH, type TileCoord, tileKey } from '../core/log/tiles.js';
import { formatTlogProof } from '../core/log/tlog-proof.js';
import { isSize } from '../core/log/tree-size.js';
import type { Clock } from './ports.js';
import type { TransparencyLogStore } from './transparency-log-ports.js';

// The transparency log: sequencing in batches, one signed checkpoint per batch, and everything a
// client reads (checkpoint, tiles, bundles, proofs). Formats and rules live in src/core/log; this
// file decides when to sequence and reads through the store.

export type SequencerOptions = {
  /** Sequence at least this often (ms) while entries wait. */
  readonly intervalMs?: number;
  /** Entries per batch; a batch starts early when this many were announced (notifyEnqueued). */
  readonly maxBatch?: number;
  readonly onError?: (error: unknown) => void;
};

export type TransparencyLogService = {
  /** The log's origin (first checkpoint line, and its key's name). */
  readonly origin: string;
  /** The note verifier key: `<origin>+<key ID>+<base64 key>`. */
  vkey(): string;
  /** Queues entries outside any other transaction (repositories use enqueueLogEntries in theirs). */
  enqueue(entries: readonly LogEntry[]): Promise<string[]>;
  /** Tells the background sequencer that entries were queued (so a full batch starts at once). */
  notifyEnqueued(count?: number): void;
  /** Sequences up to `maxEntries` pending entries, publishing one checkpoint; the size after. */
  sequenceBatch(maxEntries?: number): Promise<{ readonly size: number; readonly sequenced: number }>;
  /** The latest signed checkpoint (for an empty log, a signed checkpoint of size 0 and the empty root). */
  latestCheckpoint(): Promise<string>;
  /** The leaf index of an entry, or null while pending (or unknown). */
  positionOf(entryId: string): Promise<number | null>;
  /** Resolves with the entry's index once sequenced, or null after `timeoutMs`. */
  waitUntilSequenced(entryId: string, timeoutMs: number): Promise<number | null>;
  /** RFC 6962 inclusion proof of leaf `index` in the tree of `treeSize`, built from stored tiles. */
  inclusionProof(index: number, treeSize: number): Promise<Uint8Array[]>;
  /** RFC 6962 consistency proof from `oldSize` (>= 1) to `newSize`, built from stored tiles. */
  consistencyProof(oldSize: number, newSize: number): Promise<Uint8Array[]>;
  /** A c2sp.org/tlog-proof of leaf `index` against the latest checkpoint. */
  tlogProof(index: number, extra?: Uint8Array): Promise<string>;
  /** Hash tile bytes (width 256 = full), or null when the log has no such tile. */
  tile(level: number, index: number, width?: number): Promise<Uint8Array | null>;
  /** Entry bundle bytes, or null when the log has no such bundle. */
  entryBundle(index: number, width?: number): Promise<Uint8Array | null>;
  /** Sequences every `intervalMs` and whenever `maxBatch` entries were announced; returns the stop function. */
  startSequencer(options?: SequencerOptions): () => Promise<void>;
};

export type TransparencyLogDeps = {
  readonly store: TransparencyLogStore;
  readonly signer: Signer;
  /** The signer's verifier key (its name must be the origin). */
  readonly vkey: string;
  readonly clock: Clock;
  /** Immutable tiles kept in memory (with their inner nodes, 16 KiB each at most), so proofs rarely touch the database. */
  readonly tileCacheSize?: number;
  /** How often waitUntilSequenced checks the store (entries sequenced by another instance). */
  readonly pollMs?: number;
};

/**
 * Entries per sequencing transaction (and how many announced entries start one before the tick).
 * A batch costs about 11 ms on PGlite whatever its size, plus about 30 µs an entry, and holds the
 * embedded database's only connection meanwhile: 1,024 instead of 256 halved the sequencer's cost
 * per entry (75 -> 41 µs in-process) and raised consents/s under full load (docs/benchmarks.md).
 * At 500 consents/s the 500 ms tick still comes first, with about 250.
 */
export const DEFAULT_BATCH = 1024;
export const DEFAULT_INTERVAL_MS = 500;

type Waiter = { readonly resolve: (index: number | null) => void; readonly timer: ReturnType<typeof setTimeout> };

function outOfRange(what: 'index' | 'size', value: number, min: number, max: number): PisaError {
  return what === 'index' ? new PisaError('LOG_INDEX_OUT_OF_RANGE', { index: value, max }) : new PisaError('LOG_SIZE_OUT_OF_RANGE', { size: value, min, max });
}

export function createTransparencyLogService(deps: TransparencyLogDeps): TransparencyLogService {
  const { store, signer, clock } = deps;
  const origin = signer.name;
  const key = parseVerifierKey(deps.vkey);
  if (key === null || key.name !== origin) throw new Error(`the log's verifier key ${deps.vkey} does not name the log ${origin}`);
  const cacheSize = deps.tileCacheSize ?? 1024;
  const pollMs = deps.pollMs ?? 200;
  const tileCache = new Map<string, Uint8Array>();
  const waiters = new Map<string, Waiter[]>();
  let emptyCheckpoint: string | null = null;
  let announced = 0;
  let kick: (() => void) | null = null;
  let poller: ReturnType<typeof setInterval> | null = null;

  /** Tiles through the cache: every tile (partial ones too) is immutable once written. */
  async function readTiles(tiles: readonly TileCoord[]): Promise<Map<string, Uint8Array>> {
    const found = new Map<string, Uint8Array>();
    const missing: TileCoord[] = [];
    for (const tile of tiles) {
      const cached = tileCache.get(tileKey(tile));
      if (cached === undefined) {
        missing.push(tile);
        continue;
      }
      found.set(tileKey(tile), cached);
      // Least recently used goes first: the top tiles, read by every proof, stay.
      tileCache.delete(tileKey(tile));
      tileCache.set(tileKey(tile), cached);
    }
    if (missing.length > 0) {
      const read = await store.readTiles(missing);
      missing.forEach((tile, i) => {
        const bytes = read[i];
        if (bytes === null || bytes === undefined) return;
        found.set(tileKey(tile), bytes);
        if (cacheSize <= 0) return;
        if (tileCache.size >= cacheSize) tileCache.delete(tileCache.keys().next().value as string);
        tileCache.set(tileKey(tile), bytes);
      });
    }
    return found;
  }

  // The log only grows: a size once seen is a lower bound of the current one, so a proof for a
  // tree no larger needs no database round trip to check it.
  let knownSize = 0;
  async function currentSize(): Promise<number> {
    knownSize = Math.max(knownSize, (await store.latestCheckpoint())?.size ?? 0);
    return knownSize;
  }
  const sizeAtLeast = async (size: number): Promise<number> => (size <= knownSize ? knownSize : currentSize());

  async function proofFromTiles(tiles: readonly TileCoord[], build: (read: (tile: TileCoord) => Uint8Array) => Uint8Array[]): Promise<Uint8Array[]> {
    const found = await readTiles(tiles);
    return build((tile) => {
      const bytes = found.get(tileKey(tile));
      if (bytes === undefined) throw new Error(`transparency log: tile ${tileKey(tile)} is missing from the store`);
      return bytes;
    });
  }

  async function settleWaiters(): Promise<void> {
    if (waiters.size === 0) return;
    const positions = await store.positions([...waiters.keys()]);
    for (const [id, index] of positions) {
      if (index === null) continue;
      for (const waiter of waiters.get(id) ?? []) {
        clearTimeout(waiter.timer);
        waiter.resolve(index);
      }
      waiters.delete(id);
    }
    if (waiters.size === 0 && poller !== null) {
      clearInterval(poller);
      poller = null;
    }
  }

  const service: TransparencyLogService = {
    origin,
    vkey: () => deps.vkey,
    enqueue: (entries) => store.enqueue(entries),

    notifyEnqueued(count = 1) {
      announced += count;
      kick?.();
    },

    async sequenceBatch(maxEntries = DEFAULT_BATCH) {
      if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError('maxEntries must be a positive integer');
      const result = await store.sequence(maxEntries, ({ state, entries }) => {
        const step = integrate(
          state,
          entries.map((e) => e.entry),
        );
        const { size } = step.state;
        const note = signCheckpoint({ origin, size, root: step.root }, signer);
        return { tiles: step.tiles, bundles: step.bundles, checkpoint: { size, root: step.root, note, createdAt: clock.now() } };
      });
      if (result === null) return { size: await currentSize(), sequenced: 0 };
      knownSize = Math.max(knownSize, result.size);
      announced = Math.max(0, announced - result.count);
      await settleWaiters();
      return { size: result.size, sequenced: result.count };
    },

    async latestCheckpoint() {
      const latest = await store.latestCheckpoint();
      if (latest !== null) return latest.note;
      // Ed25519 is deterministic: the same text every time, so "one root per size" holds for 0 too.
      emptyCheckpoint ??= signCheckpoint({ origin, size: 0, root: EMPTY_ROOT }, signer);
      return emptyCheckpoint;
    },

    async positionOf(entryId) {
      return (await store.positions([entryId])).get(entryId) ?? null;
    },

    async waitUntilSequenced(entryId, timeoutMs) {
      const known = await service.positionOf(entryId);
      if (known !== null) return known;
      return new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => {
          const left = (waiters.get(entryId) ?? []).filter((w) => w.timer !== timer);
          if (left.length > 0) waiters.set(entryId, left);
          else waiters.delete(entryId);
          resolve(null);
        }, timeoutMs);
        waiters.set(entryId, [...(waiters.get(entryId) ?? []), { resolve, timer }]);
        // Another instance may sequence it: look now and then, not only after our own batches.
        poller ??= setInterval(() => void settleWaiters().catch(() => {}), pollMs);
      });
    },

    async inclusionProof(index, treeSize) {
      const size = await sizeAtLeast(treeSize);
      if (!isSize(treeSize) || treeSize < 1 || treeSize > size) throw outOfRange('size', treeSize, 1, size);
      if (!isSize(index) || index >= treeSize) throw outOfRange('index', index, 0, treeSize - 1);
      return proofFromTiles(inclusionTiles(index, treeSize), (read) => inclusionProofFromTiles(index, treeSize, read));
    },

    async consistencyProof(oldSize, newSize) {
      const size = await sizeAtLeast(newSize);
      if (!isSize(newSize) || newSize < 1 || newSize > size) throw outOfRange('size', newSize, 1, size);
      if (!isSize(oldSize) || oldSize < 1 || oldSize > newSize) throw outOfRange('size', oldSize, 1, newSize);
      return proofFromTiles(consistencyTiles(oldSize, newSize), (read) => consistencyProofFromTiles(oldSize, newSize, read));
    },

    async tlogProof(index, extra) {
      const checkpoint = await service.latestCheckpoint();
      const size = parseCheckpoint(checkpoint.slice(0, checkpoint.indexOf('\n\n') + 1))?.size ?? 0;
      if (!isSize(index) || index >= size) throw outOfRange('index', index, 0, size - 1);
      const hashes = await proofFromTiles(inclusionTiles(index, size), (read) => inclusionProofFromTiles(index, size, read));
      return formatTlogProof({ index, hashes, checkpoint, extra: extra ?? null });
    },

    async tile(level, index, width = TILE_WIDTH) {
      if (!Number.isInteger(level) || level < 0 || !isSize(index) || !Number.isInteger(width) || width < 1 || width > TILE_WIDTH) return null;
      const tile = { level, index, width };
      return (await readTiles([tile])).get(tileKey(tile)) ?? null;
    },

    async entryBundle(index, width = TILE_WIDTH) {
      if (!isSize(index) || !Number.isInteger(width) || width < 1 || width > TILE_WIDTH) return null;
      return store.readBundle(index, width);
    },

    startSequencer(options = {}) {
      const intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
      const maxBatch = options.maxBatch ?? DEFAULT_BATCH;
      let stopped = false;
      let running: Promise<void> | null = null;
      const run = (): void => {
        if (running !== null || stopped) return;
        running = (async () => {
          let failed = false;
          try {
            // Drain the backlog batch by batch; a short batch means nothing else was waiting. After
            // a full batch, the few entries announced here meanwhile wait for the next kick or tick:
            // each batch holds the log's lock (on PGlite, the only connection) for a transaction,
            // and a tail of tens after every full batch doubled that time under load. A backlog
            // this process did not announce (a restart, another instance) is drained at once.
            while (!stopped && (await service.sequenceBatch(maxBatch)).sequenced === maxBatch && (announced === 0 || announced >= maxBatch));
          } catch (error) {
            failed = true;
            options.onError?.(error);
          } finally {
            running = null;
          }
          // A kick that came while this run was busy was dropped: honour it now (after a failure,
          // the next tick retries instead, so a database that is down is not asked in a loop).
          if (!failed && announced >= maxBatch) run();
        })();
      };
      kick = () => {
        if (announced >= maxBatch) run();
      };
      const timer = setInterval(run, intervalMs);
      timer.unref?.();
      return async () => {
        stopped = true;
        kick = null;
        clearInterval(timer);
        await running;
      };
    },
  };
  return service;
}
