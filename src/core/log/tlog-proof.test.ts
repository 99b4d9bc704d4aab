import { describe, expect, it } from 'vitest';
import { signCheckpoint } from './checkpoint.js';
import { createNobleSigner, nobleEd25519Verify, noblePublicKey } from './ed25519-noble.js';
import { createNoteVerifier, formatVerifierKey, type NoteVerifier } from './note-keys.js';
import { EMPTY_LOG, integrate } from './sequencer.js';
import { inclusionProofFromTiles } from './tile-proofs.js';
import { tileKey } from './tiles.js';
import { formatTlogProof, parseTlogProof, verifyTlogProof } from './tlog-proof.js';

const seed = Uint8Array.from({ length: 32 }, (_, i) => 7 * i);
const signer = createNobleSigner('pisa.test/log', seed);
const verifier = createNoteVerifier(formatVerifierKey('pisa.test/log', noblePublicKey(seed)), nobleEd25519Verify) as NoteVerifier;
const entries = Array.from({ length: 11 }, (_, i) => Uint8Array.of(1, i));
const step = integrate(EMPTY_LOG, entries);
const tiles = new Map(step.tiles.map((t) => [tileKey(t), t.bytes]));
const checkpoint = signCheckpoint({ origin: 'pisa.test/log', size: 11, root: step.root }, signer);
const proofOf = (index: number, extra: Uint8Array | null = null) =>
  formatTlogProof({ index, hashes: inclusionProofFromTiles(index, 11, (t) => tiles.get(tileKey(t)) as Uint8Array), checkpoint, extra });

describe('tlog-proof (c2sp.org/tlog-proof@v1)', () => {
  it('writes the header, the optional extra line, the index, the path, an empty line and the checkpoint verbatim', () => {
    const text = proofOf(3, Uint8Array.of(1, 2, 3));
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['c2sp.org/tlog-proof@v1', 'extra AQID', 'index 3']);
    expect(lines.slice(3, 7).every((l) => /^[A-Za-z0-9+/]{43}=$/.test(l))).toBe(true);
    expect(lines[7]).toBe('');
    expect(text.endsWith(checkpoint)).toBe(true);
    expect(parseTlogProof(text)).toMatchObject({ index: 3, extra: Uint8Array.of(1, 2, 3), checkpoint });
  });

  it('verifies offline for every entry, and only for that entry', () => {
    entries.forEach((entry, index) => {
      const text = proofOf(index);
      expect(verifyTlogProof(text, entry, [verifier], 'pisa.test/log')).toMatchObject({ ok: true, index, checkpoint: { size: 11 } });
      expect(verifyTlogProof(text, entries[(index + 1) % 11] as Uint8Array, [verifier])).toEqual({ ok: false, reason: 'PROOF_INCLUSION' });
    });
  });

  it('refuses a wrong index, a dropped hash, an unknown key, another origin and malformed text', () => {
    const text = proofOf(4);
    const entry = entries[4] as Uint8Array;
    expect(verifyTlogProof(text.replace('index 4', 'index 5'), entry, [verifier]).ok).toBe(false);
    const lines = text.split('\n');
    expect(verifyTlogProof([...lines.slice(0, 2), ...lines.slice(3)].join('\n'), entry, [verifier]).ok).toBe(false);
    expect(verifyTlogProof(text, entry, [])).toEqual({ ok: false, reason: 'NOTE_UNVERIFIED' });
    expect(verifyTlogProof(text, entry, [verifier], 'other/log')).toEqual({ ok: false, reason: 'CHECKPOINT_ORIGIN' });
    for (const bad of [text.replace('c2sp.org/tlog-proof@v1', 'c2sp.org/tlog-proof@v2'), text.replace('index 4', 'index 04'), text.replace('\n\n', '\n')])
      expect(verifyTlogProof(bad, entry, [verifier]).ok).toBe(false);
    expect(parseTlogProof(text.replace(/\n[A-Za-z0-9+/]{43}=\n/, '\nAAAA\n'))).toBeNull();
  });
});
