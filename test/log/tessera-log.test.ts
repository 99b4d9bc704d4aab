import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../src/core/log/base64.js';
import { encodeUtf8 } from '../../src/core/log/bytes.js';
import { type Checkpoint, openCheckpoint, parseCheckpoint, signCheckpoint } from '../../src/core/log/checkpoint.js';
import { createNobleSigner, nobleEd25519Verify, noblePublicKey } from '../../src/core/log/ed25519-noble.js';
import { hashLeaf } from '../../src/core/log/hashing.js';
import { verifyInclusion } from '../../src/core/log/inclusion.js';
import { createNoteVerifier, formatVerifierKey, type NoteVerifier, parseSignerKey } from '../../src/core/log/note-keys.js';
import { EMPTY_LOG, integrate, type SequencerState } from '../../src/core/log/sequencer.js';
import { areConsistent, auditTiledLog, inclusionProofOverTiles, type LogFetch } from '../../src/core/log/tile-client.js';
import { formatEntriesPath, formatTilePath } from '../../src/core/log/tile-path.js';
import { nodeEd25519Verify, nodeSignerFromKey } from '../../src/main/log-keys.js';
import { loadTesseraLog, loadVectors } from './testdata.js';

// A real C2SP tlog-tiles log of 15 entries built by transparency-dev/tessera, served from memory:
// verified at every size, consistency between every pair of its checkpoints, tampered copies
// refused, and PISA's own sequencer and signer reproducing its files byte for byte.

const log = loadTesseraLog();
const leaves = log.leaves_utf8.map(encodeUtf8);
const files = new Map(Object.entries(log.files).map(([path, b64]) => [path, decodeBase64(b64) as Uint8Array]));
const serve =
  (overrides: Record<string, Uint8Array | null> = {}): LogFetch =>
  async (path) =>
    path in overrides ? (overrides[path] ?? null) : (files.get(path) ?? null);

const verifier = createNoteVerifier(log.vkey, nodeEd25519Verify) as NoteVerifier;
function open(note: string): Checkpoint {
  const opened = openCheckpoint(note, [verifier], log.origin);
  if (!opened.ok) throw new Error(`checkpoint refused: ${opened.reason}`);
  return opened.checkpoint;
}
const checkpoints = Array.from({ length: 16 }, (_, size) => open(log.checkpoints[size] as string));
const flip = (bytes: Uint8Array, at: number): Uint8Array => {
  const copy = bytes.slice();
  copy[at] = (copy[at] as number) ^ 1;
  return copy;
};

describe('the tessera testdata log, read through its tiles', () => {
  it.each(checkpoints.map((c) => [c.size, c] as const))('verifies at size %i: every tile, bundle and inclusion proof', async (size, checkpoint) => {
    const audit = await auditTiledLog(checkpoint, serve());
    expect(audit).toEqual({ ok: true, entries: leaves.slice(0, size) });
    for (let index = 0; index < size; index++) {
      const proof = await inclusionProofOverTiles(index, size, serve());
      expect(proof).not.toBeNull();
      expect(verifyInclusion(hashLeaf(leaves[index] as Uint8Array), index, size, proof ?? [], checkpoint.root)).toBe(true);
    }
  });

  it('finds every pair of its 16 checkpoints consistent (136 pairs), and no pair in the wrong order', async () => {
    let pairs = 0;
    for (const older of checkpoints)
      for (const newer of checkpoints) {
        if (older.size > newer.size) {
          if (newer.size < 3) expect(await areConsistent(older, newer, serve())).toBe(false);
          continue;
        }
        expect(await areConsistent(older, newer, serve()), `${older.size} -> ${newer.size}`).toBe(true);
        pairs++;
      }
    expect(pairs).toBe(136);
  });
});

describe('a tampered copy of the tessera log', () => {
  const latest = checkpoints[15] as Checkpoint;
  const bundle = files.get('tile/entries/000.p/15') as Uint8Array;
  const tile = files.get('tile/0/000.p/15') as Uint8Array;

  it.each([
    ['a flipped byte in an entry', 'BUNDLE_MISMATCH', { 'tile/entries/000.p/15': flip(bundle, 3) }],
    ['a flipped length prefix in the bundle', 'BUNDLE_MALFORMED', { 'tile/entries/000.p/15': flip(bundle, 5) }],
    ['a flipped byte in the hash tile', 'BUNDLE_MISMATCH', { 'tile/0/000.p/15': flip(tile, 100) }],
    ['a truncated hash tile', 'TILE_LENGTH', { 'tile/0/000.p/15': tile.subarray(0, tile.length - 1) }],
    ['an extra entry in the bundle', 'BUNDLE_MALFORMED', { 'tile/entries/000.p/15': Uint8Array.from([...bundle, 0, 1, 0x41]) }],
    ['a missing entry bundle', 'BUNDLE_MISSING', { 'tile/entries/000.p/15': null }],
    ['a missing hash tile', 'TILE_MISSING', { 'tile/0/000.p/15': null }],
  ] as const)('is refused for %s (%s)', async (_what, reason, overrides) => {
    expect(await auditTiledLog(latest, serve(overrides))).toMatchObject({ ok: false, reason });
  });

  it('is refused when every entry and hash is consistently replaced: the root no longer matches the checkpoint', async () => {
    const forged = [...leaves.slice(0, 14), encodeUtf8('forged')];
    const step = integrate(EMPTY_LOG, forged);
    const overrides = Object.fromEntries([
      ...step.tiles.map((t) => [formatTilePath(t.level, t.index, t.width), t.bytes]),
      ...step.bundles.map((b) => [formatEntriesPath(b.index, b.width), b.bytes]),
    ]);
    expect(await auditTiledLog(latest, serve(overrides))).toMatchObject({ ok: false, reason: 'ROOT_MISMATCH' });
  });

  it('has its checkpoint refused with a corrupted signature, a replaced root, the wrong vkey, or another log’s checkpoint', () => {
    const note = log.checkpoints['15'] as string;
    const signature = note.slice(note.lastIndexOf(' ') + 1, -1);
    const corrupted = note.replace(signature, encodeBase64(flip(decodeBase64(signature) as Uint8Array, 10)));
    expect(openCheckpoint(corrupted, [verifier])).toEqual({ ok: false, reason: 'NOTE_SIGNATURE_INVALID' });
    const otherRoot = encodeBase64(hashLeaf(encodeUtf8('other')));
    expect(openCheckpoint(note.replace(encodeBase64(latest.root), otherRoot), [verifier])).toEqual({ ok: false, reason: 'NOTE_SIGNATURE_INVALID' });
    const [serverless] = loadVectors().checkpoint_logs;
    const astra = createNoteVerifier(serverless?.vkey ?? '', nodeEd25519Verify) as NoteVerifier;
    expect(openCheckpoint(note, [astra])).toEqual({ ok: false, reason: 'NOTE_UNVERIFIED' });
    expect(openCheckpoint(serverless?.checkpoints['15'] ?? '', [verifier])).toEqual({ ok: false, reason: 'NOTE_UNVERIFIED' });
    expect(openCheckpoint(note, [verifier], 'example.com/another-log')).toEqual({ ok: false, reason: 'CHECKPOINT_ORIGIN' });
  });

  it('is caught forking: a validly signed checkpoint (the published test key) off the real history is inconsistent with it', async () => {
    const { signer } = nodeSignerFromKey(log.test_private_key);
    const forkedRoot = integrate(EMPTY_LOG, [...leaves.slice(0, 6), encodeUtf8('seven?')]).root;
    const forked7 = open(signCheckpoint({ origin: log.origin, size: 7, root: forkedRoot }, signer));
    expect(await areConsistent(forked7, latest, serve())).toBe(false);
    expect(await areConsistent(checkpoints[7] as Checkpoint, latest, serve())).toBe(true);
    const sameSize = open(signCheckpoint({ origin: log.origin, size: 15, root: integrate(EMPTY_LOG, [...leaves.slice(0, 14), encodeUtf8('x')]).root }, signer));
    expect(await areConsistent(sameSize, latest, serve())).toBe(false);
    expect(await areConsistent(latest, sameSize, serve())).toBe(false);
  });
});

describe('PISA’s own sequencer and signer on the same 15 entries', () => {
  it('writes exactly tessera’s tiles and bundles at every size, one entry per batch', () => {
    let state: SequencerState = EMPTY_LOG;
    for (const [i, leaf] of leaves.entries()) {
      const step = integrate(state, [leaf]);
      const size = i + 1;
      expect(step.tiles.map((t) => formatTilePath(t.level, t.index, t.width))).toEqual([`tile/0/000.p/${size}`]);
      expect(step.tiles[0]?.bytes).toEqual(files.get(`tile/0/000.p/${size}`));
      expect(step.bundles.map((b) => formatEntriesPath(b.index, b.width))).toEqual([`tile/entries/000.p/${size}`]);
      expect(step.bundles[0]?.bytes).toEqual(files.get(`tile/entries/000.p/${size}`));
      expect(step.root).toEqual(checkpoints[size]?.root);
      state = step.state;
    }
  });

  it('signs every checkpoint byte for byte as tessera did, with node:crypto and with @noble/curves', () => {
    const { signer, vkey } = nodeSignerFromKey(log.test_private_key);
    expect(vkey).toBe(log.vkey);
    const parsed = parseSignerKey(log.test_private_key);
    if (parsed === null) throw new Error('test key did not parse');
    const noble = createNobleSigner(parsed.name, parsed.seed);
    expect(formatVerifierKey(parsed.name, noblePublicKey(parsed.seed))).toBe(log.vkey);
    for (const [size, note] of Object.entries(log.checkpoints)) {
      const checkpoint = parseCheckpoint(note.slice(0, note.indexOf('\n\n') + 1));
      if (checkpoint === null) throw new Error('bad checkpoint');
      expect(signCheckpoint(checkpoint, signer), `size ${size}`).toBe(note);
      expect(signCheckpoint(checkpoint, noble)).toBe(note);
      expect(openCheckpoint(note, [createNoteVerifier(log.vkey, nobleEd25519Verify) as NoteVerifier]).ok).toBe(true);
    }
  });
});
