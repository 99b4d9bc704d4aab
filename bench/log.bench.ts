// `npm run bench:log`: the transparency log's speed targets (issue 5). The pure sequencer step
// (>= 50,000 leaves/s), sequenceBatch on the embedded database, inclusion proofs from stored
// tiles (< 2 ms), and proof verification per second. One thread, seeded data. Every figure is
// given in wall-clock time and in this process's CPU time (user + system): on a shared machine
// the second is what the code costs, the first also counts waiting for a core.
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseCheckpoint, signCheckpoint } from '../src/core/log/checkpoint.js';
import { hashLeaf } from '../src/core/log/hashing.js';
import { verifyInclusion } from '../src/core/log/inclusion.js';
import { encodeLogEntry, type LogEntry } from '../src/core/log/log-entry.js';
import { createNoteVerifier } from '../src/core/log/note-keys.js';
import { EMPTY_LOG, integrate, type SequencerState } from '../src/core/log/sequencer.js';
import { inclusionTiles } from '../src/core/log/tile-proofs.js';
import { verifyTlogProof } from '../src/core/log/tlog-proof.js';
import { openDatabase } from '../src/db/client.js';
import { createStores } from '../src/db/stores.js';
import { packageRoot } from '../src/io/package-root.js';
import { ephemeralLogKey, nodeEd25519Verify } from '../src/main/log-keys.js';
import { createTransparencyLogService, type TransparencyLogService } from '../src/services/transparency-log.js';
import { prng } from './prng.js';

const PURE_LEAVES = Number(process.argv[2] ?? 1_000_000);
const DB_LEAVES = Number(process.argv[3] ?? 100_000);
const PROOFS = 2_000;

const random = prng(5);
const commitment = () => Uint8Array.from({ length: 32 }, () => Math.floor(random() * 256));
const entries = (count: number): LogEntry[] => Array.from({ length: count }, () => ({ kind: 'consent-receipt', commitment: commitment() }));
const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const perSecond = (count: number, ms: number) => Math.round(count / (ms / 1000)).toLocaleString('en');

/** Wall-clock and CPU milliseconds of `work`. */
async function measure<T>(work: () => T | Promise<T>): Promise<{ result: T; wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return { result, wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}
const rates = (count: number, m: { wall: number; cpu: number }, unit: string) =>
  `${perSecond(count, m.wall)} ${unit}/s wall, ${perSecond(count, m.cpu)} ${unit}/s CPU`;

console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}`);

// 1. The pure sequencer step, in batches of 256 (what the server does) and in batches of 4,096.
const pureEntries = entries(PURE_LEAVES).map(encodeLogEntry);
for (const batch of [256, 4096]) {
  const run = await measure(() => {
    let state: SequencerState = EMPTY_LOG;
    let tiles = 0;
    for (let at = 0; at < pureEntries.length; at += batch) {
      const step = integrate(state, pureEntries.slice(at, at + batch));
      tiles += step.tiles.length;
      state = step.state;
    }
    return tiles;
  });
  console.log(
    `sequencer step (pure), batches of ${batch}: ${rates(PURE_LEAVES, run, 'leaves')} (${PURE_LEAVES.toLocaleString('en')} leaves, ${run.result} tiles)`,
  );
}
const key = ephemeralLogKey('bench.pisa/log');
const signing = await measure(() => {
  for (let i = 0; i < 2_000; i++) signCheckpoint({ origin: 'bench.pisa/log', size: i, root: hashLeaf(Uint8Array.of(i % 256)) }, key.signer);
});
console.log(`checkpoint signing (Ed25519, node:crypto): ${rates(2_000, signing, 'checkpoints')}`);

// 2. sequenceBatch on PGlite (in memory): the whole transaction, tiles, bundles, checkpoint.
const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://', migrationsFolder: join(packageRoot(), 'drizzle') });
const store = createStores(database.db).transparencyLog;
const log = createTransparencyLogService({ store, ...key, clock: { now: () => new Date() } });
for (let at = 0; at < DB_LEAVES; at += 5_000) await store.enqueue(entries(Math.min(5_000, DB_LEAVES - at)));
for (const batch of [256, 4096]) {
  const target = batch === 256 ? Math.floor(DB_LEAVES / 2) : DB_LEAVES;
  const from = (await log.sequenceBatch(1)).size;
  const batchMs: number[] = [];
  const run = await measure(async () => {
    let size = from;
    while (size < target) {
      const t = performance.now();
      size = (await log.sequenceBatch(Math.min(batch, target - size))).size;
      batchMs.push(performance.now() - t);
    }
    return size - from;
  });
  batchMs.sort((a, b) => a - b);
  console.log(
    `sequenceBatch (PGlite), batches of ${batch}: ${rates(run.result, run, 'leaves')} (${run.result.toLocaleString('en')} leaves; wall per batch p50 ${percentile(batchMs, 50).toFixed(1)} ms, p99 ${percentile(batchMs, 99).toFixed(1)} ms)`,
  );
}

// 3. Inclusion proofs from stored tiles at the final size (three tile levels at 100,000 leaves).
const size = (await log.sequenceBatch(1)).size;
async function proofTimes(label: string, service: TransparencyLogService): Promise<void> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < PROOFS; i++) {
    const index = Math.floor(random() * size);
    const m = await measure(() => service.inclusionProof(index, size));
    wall.push(m.wall);
    cpu.push(m.cpu);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const f = (sorted: number[]) => `p50 ${percentile(sorted, 50).toFixed(3)} ms, p99 ${percentile(sorted, 99).toFixed(3)} ms`;
  console.log(`inclusion proof from stored tiles (${label}), tree of ${size.toLocaleString('en')}: wall ${f(wall)}; CPU ${f(cpu)}`);
}
await proofTimes('no tile cache', createTransparencyLogService({ store, ...key, clock: { now: () => new Date() }, tileCacheSize: 0 }));
{
  // The cold proof's two parts: the one query for its tiles, and the hashing over them.
  const reads: number[] = [];
  for (let i = 0; i < PROOFS; i++) {
    const tiles = inclusionTiles(Math.floor(random() * size), size);
    reads.push((await measure(() => store.readTiles(tiles))).wall);
  }
  reads.sort((a, b) => a - b);
  console.log(`  of which the tile query (one per proof): wall p50 ${percentile(reads, 50).toFixed(3)} ms, p99 ${percentile(reads, 99).toFixed(3)} ms`);
}
await proofTimes('tile cache warm', log);

// 4. Verification: bare RFC 9162 inclusion checks, and whole tlog-proofs (signature + path) as `pisa verify` does.
const INDEX = 12_345;
const proof = await log.inclusionProof(INDEX, size);
const checkpoint = await log.latestCheckpoint();
const root = parseCheckpoint(checkpoint.slice(0, checkpoint.indexOf('\n\n') + 1))?.root ?? new Uint8Array();
const bundle = (await store.readBundle(Math.floor(INDEX / 256), 256)) ?? new Uint8Array();
const entry = bundle.subarray(2 + (INDEX % 256) * 35, 2 + (INDEX % 256) * 35 + 33);
const leaf = hashLeaf(entry);
const verifying = await measure(() => {
  let ok = 0;
  for (let i = 0; i < 50_000; i++) if (verifyInclusion(leaf, INDEX, size, proof, root)) ok++;
  return ok;
});
console.log(`inclusion proof verification: ${rates(50_000, verifying, 'proofs')} (${proof.length} hashes each, ${verifying.result} ok)`);
const tlogProof = await log.tlogProof(INDEX);
const verifier = createNoteVerifier(key.vkey, nodeEd25519Verify);
if (verifier === null) throw new Error('bad vkey');
const full = await measure(() => {
  let ok = 0;
  for (let i = 0; i < 10_000; i++) if (verifyTlogProof(tlogProof, entry, [verifier], 'bench.pisa/log').ok) ok++;
  return ok;
});
console.log(`tlog-proof verification (Ed25519 checkpoint + path): ${rates(10_000, full, 'proofs')} (${full.result} ok)`);
console.log(`load average at the end ${loadavg()[0]?.toFixed(1)}`);
await database.close();
