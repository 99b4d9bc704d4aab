import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../src/core/log/base64.js';
import { encodeUtf8 } from '../../src/core/log/bytes.js';
import { type Checkpoint, openCheckpoint } from '../../src/core/log/checkpoint.js';
import { verifyConsistency } from '../../src/core/log/consistency.js';
import { nobleEd25519Verify } from '../../src/core/log/ed25519-noble.js';
import { EMPTY_ROOT, hashLeaf } from '../../src/core/log/hashing.js';
import { verifyInclusion } from '../../src/core/log/inclusion.js';
import { decodeLogEntry, encodeLogEntry, type LogEntry } from '../../src/core/log/log-entry.js';
import { createNoteVerifier, type NoteVerifier } from '../../src/core/log/note-keys.js';
import { areConsistent, auditTiledLog, inclusionProofOverTiles, type LogFetch } from '../../src/core/log/tile-client.js';
import { DEFAULT_SECURITY } from '../../src/http/app.js';
import { expectError, setupTestContext } from './helper.js';

// A client that knows nothing but the HTTP responses: it pins the vkey, verifies checkpoints,
// rebuilds the tree from tiles and bundles, and checks every entry and every pair of checkpoints.

const ctx = setupTestContext();
const get = (url: string) => ctx().raw.inject({ method: 'GET', url });
const entry = (): LogEntry => ({ kind: 'consent-receipt', commitment: new Uint8Array(randomBytes(32)) });

const fetchLog: LogFetch = async (path) => {
  const response = await get(`/log/${path}`);
  if (response.statusCode === 404) {
    expectError(response, 404, 'LOG_TILE_NOT_FOUND');
    return null;
  }
  expect(response.statusCode, `${path}: ${response.body}`).toBe(200);
  return new Uint8Array(response.rawPayload);
};

async function verifierFromServer(): Promise<NoteVerifier> {
  const response = await get('/log/vkey');
  expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
  const verifier = createNoteVerifier(response.body.trim(), nobleEd25519Verify);
  if (verifier === null) throw new Error(`bad vkey ${response.body}`);
  return verifier;
}

async function checkpointFromServer(verifier: NoteVerifier): Promise<Checkpoint & { note: string }> {
  const response = await get('/log/checkpoint');
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
  expect(response.headers['cache-control']).toBe('no-store');
  expect(response.headers['access-control-allow-origin']).toBe('*');
  const opened = openCheckpoint(response.body, [verifier], ctx().services.transparencyLog.origin);
  if (!opened.ok) throw new Error(`checkpoint refused: ${opened.reason}`);
  return { ...opened.checkpoint, note: response.body };
}

const b64 = (hashes: readonly string[]) => hashes.map((h) => decodeBase64(h) as Uint8Array);

describe('the transparency log over HTTP (c2sp.org/tlog-tiles)', () => {
  it('serves a signed checkpoint of the empty tree before anything is logged', async () => {
    const verifier = await verifierFromServer();
    const checkpoint = await checkpointFromServer(verifier);
    expect(checkpoint.size).toBe(0);
    expect(checkpoint.root).toEqual(EMPTY_ROOT);
    expect(checkpoint.note.split('\n')[0]).toBe(verifier.name);
    expectError(await get('/log/tile/0/000.p/1'), 404, 'LOG_TILE_NOT_FOUND');
  });

  it('lets a client verify the whole log, every entry and every pair of checkpoints from the responses alone', async () => {
    const log = ctx().services.transparencyLog;
    const verifier = await verifierFromServer();
    const checkpoints = [await checkpointFromServer(verifier)];
    // Other services log too (audit-trail entries of the test's own sign-in): those first.
    const { size: base } = await log.sequenceBatch(1000);
    checkpoints.push(await checkpointFromServer(verifier));
    const entries: Uint8Array[] = [];
    for (const target of [base + 1, 100, 256, 556, 600]) {
      const added = Array.from({ length: target - base - entries.length }, entry);
      await log.enqueue(added);
      entries.push(...added.map(encodeLogEntry));
      expect((await log.sequenceBatch(1000)).size).toBe(target);
      checkpoints.push(await checkpointFromServer(verifier));
    }
    expect(checkpoints.map((c) => c.size)).toEqual([0, base, base + 1, 100, 256, 556, 600]);

    const latest = checkpoints.at(-1) as Checkpoint;
    const audit = await auditTiledLog(latest, fetchLog);
    if (!audit.ok) throw new Error(`the log does not verify: ${audit.reason} at ${audit.path}`);
    expect(audit.entries.slice(base)).toEqual(entries);
    expect(audit.entries.slice(0, base).every((e) => decodeLogEntry(e) !== null)).toBe(true);
    for (const [index, bytes] of audit.entries.entries()) {
      const fromTiles = await inclusionProofOverTiles(index, latest.size, fetchLog);
      const fromApi = (await get(`/api/log/proof/inclusion?index=${index}&size=${latest.size}`)).json<{ proof: string[] }>().proof;
      expect(b64(fromApi)).toEqual(fromTiles);
      expect(verifyInclusion(hashLeaf(bytes), index, latest.size, b64(fromApi), latest.root)).toBe(true);
    }
    for (const older of checkpoints)
      for (const newer of checkpoints) {
        if (older.size > newer.size) continue;
        expect(await areConsistent(older, newer, fetchLog), `${older.size} -> ${newer.size}`).toBe(true);
        if (older.size === 0) continue;
        const response = await get(`/api/log/proof/consistency?old=${older.size}&new=${newer.size}`);
        expect(response.json()).toMatchObject({ old: older.size, new: newer.size });
        expect(verifyConsistency(older.size, newer.size, b64(response.json<{ proof: string[] }>().proof), older.root, newer.root)).toBe(true);
      }
    // Every checkpoint's own tiles stay served: each older tree verifies from its partial tiles.
    for (const checkpoint of checkpoints) expect(await auditTiledLog(checkpoint, fetchLog)).toMatchObject({ ok: true });
  });

  it('marks full tiles immutable and partial ones briefly cacheable, as octet streams readable from any origin', async () => {
    const full = await get('/log/tile/0/000');
    expect(full.statusCode).toBe(200);
    expect(full.rawPayload).toHaveLength(8192);
    expect(full.headers['content-type']).toBe('application/octet-stream');
    expect(full.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(full.headers['access-control-allow-origin']).toBe('*');
    const partial = await get('/log/tile/0/002.p/88');
    expect(partial.rawPayload).toHaveLength(88 * 32);
    expect(partial.headers['cache-control']).toBe('public, max-age=60');
    expect((await get('/log/tile/1/000.p/2')).rawPayload).toHaveLength(64);
    const bundle = await get('/log/tile/entries/001');
    expect(bundle.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(bundle.rawPayload).toHaveLength(256 * 35);
    // A partial tile of a width the log passed through is the prefix of the wider one.
    expect((await get('/log/tile/0/000.p/100')).rawPayload).toEqual(full.rawPayload.subarray(0, 3200));
  });

  it.each([
    'tile/0/003',
    'tile/0/002.p/89',
    'tile/0/002',
    'tile/2/000.p/1',
    'tile/entries/002.p/89',
    'tile/0/2',
    'tile/00/000',
    'tile/64/000',
    'tile/0/x000/001',
    'tile/0/000.p/256',
    'tile/0/000.p/0',
    'tile/0/000.p/',
    'tile/8/x999/x999/x999/x999/x999/x999/999',
    'tile/data/000',
    'tile/entries/x001/000',
  ])('answers 404 LOG_TILE_NOT_FOUND, not cached, for %s', async (path) => {
    const response = await get(`/log/${path}`);
    const body = expectError(response, 404, 'LOG_TILE_NOT_FOUND');
    expect(body.message.en).toContain('tile/');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['access-control-allow-origin']).toBe('*');
  });

  it.each([
    ['/api/log/proof/inclusion?index=600&size=600', 'LOG_INDEX_OUT_OF_RANGE'],
    ['/api/log/proof/inclusion?index=0&size=601', 'LOG_SIZE_OUT_OF_RANGE'],
    ['/api/log/proof/inclusion?index=0&size=0', 'LOG_SIZE_OUT_OF_RANGE'],
    ['/api/log/proof/consistency?old=0&new=10', 'LOG_SIZE_OUT_OF_RANGE'],
    ['/api/log/proof/consistency?old=11&new=10', 'LOG_SIZE_OUT_OF_RANGE'],
    ['/api/log/proof/consistency?old=1&new=601', 'LOG_SIZE_OUT_OF_RANGE'],
    ['/api/log/proof/inclusion?index=-1&size=10', 'REQUEST_INVALID'],
    ['/api/log/proof/inclusion?index=01&size=10', 'REQUEST_INVALID'],
    ['/api/log/proof/inclusion?index=&size=10', 'REQUEST_INVALID'],
    ['/api/log/proof/inclusion?index=1', 'REQUEST_INVALID'],
    ['/api/log/proof/inclusion?index=1&size=99999999999999999', 'REQUEST_INVALID'],
    ['/api/log/proof/consistency?old=1&new=2&extra=3', 'REQUEST_INVALID'],
  ])('answers 400 to %s with %s', async (url, code) => {
    expectError(await get(url), 400, code);
  });

  it('gives the same proofs over HTTP as the service, and a valid empty proof for equal sizes', async () => {
    const response = await get('/api/log/proof/consistency?old=600&new=600');
    expect(response.json()).toEqual({ old: 600, new: 600, proof: [] });
    const proof = await ctx().services.transparencyLog.inclusionProof(5, 100);
    expect(b64((await get('/api/log/proof/inclusion?index=5&size=100')).json<{ proof: string[] }>().proof)).toEqual(proof);
    expect(encodeUtf8((await get('/log/vkey')).body)).toEqual(encodeUtf8(`${ctx().services.transparencyLog.vkey()}\n`));
  });
});

describe('rate limits on the log', () => {
  const limited = setupTestContext({ security: { ...DEFAULT_SECURITY, rateLimit: { max: 3, authMax: 3, windowMs: 60_000 } } });

  it('let a mirror read many more tiles and bundles than other requests, per address', async () => {
    const app = () => limited().raw;
    await limited().services.transparencyLog.enqueue([entry()]);
    const { size } = await limited().services.transparencyLog.sequenceBatch();
    for (let i = 0; i < 10; i++) {
      expect((await app().inject({ method: 'GET', url: `/log/tile/0/000.p/${size}` })).statusCode).toBe(200);
      expect((await app().inject({ method: 'GET', url: `/log/tile/entries/000.p/${size}` })).statusCode).toBe(200);
    }
    const checkpoints = await Promise.all(Array.from({ length: 4 }, () => app().inject({ method: 'GET', url: '/log/checkpoint' })));
    expect(checkpoints.map((r) => r.statusCode)).toContain(429);
  });
});
