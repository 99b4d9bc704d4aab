import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../src/core/log/base64.js';
import { encodeUtf8, fromHex, toHex } from '../../src/core/log/bytes.js';
import { openCheckpoint } from '../../src/core/log/checkpoint.js';
import { consistencyProofFromLeaves, verifyConsistency } from '../../src/core/log/consistency.js';
import { nobleEd25519Verify } from '../../src/core/log/ed25519-noble.js';
import { EMPTY_ROOT, hashChildren, hashLeaf } from '../../src/core/log/hashing.js';
import { inclusionProofFromLeaves, verifyInclusion } from '../../src/core/log/inclusion.js';
import { rootOfEntries, rootOfLeafHashes } from '../../src/core/log/merkle.js';
import { createNoteVerifier, type Ed25519Verify, parseVerifierKey } from '../../src/core/log/note-keys.js';
import { openNote } from '../../src/core/log/signed-note.js';
import { formatEntriesPath, formatTilePath, parseTileIndex, parseTileLevel, parseTilePath } from '../../src/core/log/tile-path.js';
import { tilesOfTree } from '../../src/core/log/tiles.js';
import { nodeEd25519Verify } from '../../src/main/log-keys.js';
import { loadVectors } from './testdata.js';

const vectors = loadVectors();
const hex = (text: string): Uint8Array => {
  const bytes = fromHex(text);
  if (bytes === null) throw new Error(`bad hex in the vectors: ${text}`);
  return bytes;
};
const ED25519: readonly [string, Ed25519Verify][] = [
  ['node:crypto', nodeEd25519Verify],
  ['@noble/curves', nobleEd25519Verify],
];

describe('RFC 6962 hashing (transparency-dev/merkle)', () => {
  it.each(vectors.hasher)('$desc', (vector) => {
    const hash =
      vector.kind === 'empty'
        ? EMPTY_ROOT
        : vector.kind === 'leaf'
          ? hashLeaf(hex(vector.input_hex ?? ''))
          : hashChildren(hex(vector.left_hex ?? ''), hex(vector.right_hex ?? ''));
    expect(toHex(hash)).toBe(vector.hash_hex);
  });

  it('gives the reference root of every size 0..8 and every perfect subtree hash', () => {
    const leaves = vectors.tree.leaves_hex.map(hex);
    vectors.tree.roots_by_size_hex.forEach((root, size) => {
      expect(toHex(rootOfEntries(leaves.slice(0, size)))).toBe(root);
    });
    const leafHashes = leaves.map(hashLeaf);
    vectors.tree.node_hashes_hex.forEach((level, height) => {
      level.forEach((node, index) => {
        expect(toHex(rootOfLeafHashes(leafHashes, index * 2 ** height, (index + 1) * 2 ** height))).toBe(node);
      });
    });
  });
});

describe('inclusion and consistency proofs (transparency-dev/merkle)', () => {
  const leafHashes = vectors.tree.leaves_hex.map((leaf) => hashLeaf(hex(leaf)));
  const rootAt = (size: number) => hex(vectors.tree.roots_by_size_hex[size] as string);

  it.each(vectors.inclusion_reference)('builds and verifies the reference path of leaf $index in a tree of $size', ({ index, size, path_hex }) => {
    const proof = inclusionProofFromLeaves(leafHashes, index, size);
    expect(proof.map(toHex)).toEqual(path_hex);
    expect(verifyInclusion(leafHashes[index] as Uint8Array, index, size, proof, rootAt(size))).toBe(true);
  });

  it.each(vectors.consistency_reference)('builds and verifies the reference proof from $size1 to $size2', ({ size1, size2, path_hex }) => {
    const proof = consistencyProofFromLeaves(leafHashes, size1, size2);
    expect(proof.map(toHex)).toEqual(path_hex);
    expect(verifyConsistency(size1, size2, proof, rootAt(size1), rootAt(size2))).toBe(true);
  });

  it.each(vectors.inclusion_probes)('inclusion probe $file (wantErr $wantErr)', (probe) => {
    const verified = verifyInclusion(hex(probe.leafHash_hex), probe.leafIdx, probe.treeSize, probe.proof_hex.map(hex), hex(probe.root_hex));
    expect(verified).toBe(!probe.wantErr);
  });

  it.each(vectors.consistency_probes)('consistency probe $file (wantErr $wantErr)', (probe) => {
    const verified = verifyConsistency(probe.size1, probe.size2, probe.proof_hex.map(hex), hex(probe.root1_hex), hex(probe.root2_hex));
    expect(verified).toBe(!probe.wantErr);
  });

  it('has both accepting and rejecting probes (the table is not one-sided)', () => {
    const probes = [...vectors.inclusion_probes, ...vectors.consistency_probes];
    expect(probes.filter((p) => !p.wantErr)).toHaveLength(12);
    expect(probes.filter((p) => p.wantErr)).toHaveLength(184);
  });
});

describe('a real Certificate Transparency log (Google Argon 2020, 961,984,013 entries)', () => {
  const { sth, inclusion, consistency } = vectors.ct_argon2020;
  const root = hex(sth.root_hex);
  const leafHash = hashLeaf(decodeBase64(inclusion.leaf_input_b64) as Uint8Array);

  it('verifies the inclusion proof of leaf 10,000', () => {
    expect(verifyInclusion(leafHash, inclusion.leaf_index, sth.tree_size, inclusion.audit_path_hex.map(hex), root)).toBe(true);
  });

  it('refuses it at the wrong index, with a path element dropped, or against another root', () => {
    const path = inclusion.audit_path_hex.map(hex);
    expect(verifyInclusion(leafHash, inclusion.leaf_index + 1, sth.tree_size, path, root)).toBe(false);
    expect(verifyInclusion(leafHash, inclusion.leaf_index, sth.tree_size, path.slice(0, -1), root)).toBe(false);
    expect(verifyInclusion(leafHash, inclusion.leaf_index, sth.tree_size, path, hex(consistency.root1_hex))).toBe(false);
  });

  it('verifies the consistency proof from size 3,654,490 and refuses it for another old size', () => {
    const proof = consistency.proof_hex.map(hex);
    expect(verifyConsistency(consistency.size1, sth.tree_size, proof, hex(consistency.root1_hex), root)).toBe(true);
    expect(verifyConsistency(consistency.size1 + 1, sth.tree_size, proof, hex(consistency.root1_hex), root)).toBe(false);
  });
});

describe.each(ED25519)('signed notes and verifier keys (C2SP, golang/mod, tessera) with %s', (_name, ed25519Verify) => {
  it.each(vectors.notes)('$desc: $want', (vector) => {
    const verifiers = vector.vkeys.map((vkey) => createNoteVerifier(vkey, ed25519Verify));
    expect(verifiers).not.toContain(null);
    const opened = openNote(
      vector.note,
      verifiers.filter((v) => v !== null),
    );
    expect(opened.ok).toBe(vector.want === 'ok');
    if (opened.ok) expect(opened.verifiedBy).toEqual(vector.verified);
  });

  it.each(vectors.vkeys)('vkey $vkey: $want', (vector) => {
    const key = parseVerifierKey(vector.vkey);
    if (vector.want === 'reject') {
      expect(key).toBeNull();
      return;
    }
    expect(key?.name).toBe(vector.name);
    expect(toHex(key?.keyId ?? new Uint8Array())).toBe(vector.key_id_hex);
    expect(key?.publicKey).toHaveLength(32);
  });

  it.each(vectors.checkpoint_logs)('every checkpoint of $name verifies and commits to the leaves', (log) => {
    const verifier = createNoteVerifier(log.vkey, ed25519Verify);
    if (verifier === null) throw new Error('bad vkey');
    const leaves = log.leaves_utf8.map(encodeUtf8);
    for (const [size, note] of Object.entries(log.checkpoints)) {
      const opened = openCheckpoint(note, [verifier], log.origin);
      expect(opened.ok, `${log.name} checkpoint ${size}`).toBe(true);
      if (!opened.ok) continue;
      expect(opened.checkpoint.size).toBe(Number(size));
      expect(toHex(opened.checkpoint.root)).toBe(toHex(rootOfEntries(leaves.slice(0, Number(size)))));
    }
  });
});

describe('both peer logs sign the same tree', () => {
  it('reaches the same root at every size (and rKbDipCv... at 15)', () => {
    const [serverless, tessera] = vectors.checkpoint_logs;
    for (let size = 0; size <= 15; size++) {
      const root = (note: string | undefined) => (note ?? '').split('\n')[2];
      expect(root(serverless?.checkpoints[size])).toBe(root(tessera?.checkpoints[size]));
    }
    expect(tessera?.checkpoints['15']).toContain('rKbDipCvhuX1GZ7g5BBe8sA6BbJ7ja/1nk427v383cs=');
  });
});

describe('tile paths (tessera, C2SP)', () => {
  it.each(vectors.tile_paths)('$kind $index width $width is $path', (vector) => {
    const formatted =
      vector.kind === 'tile' ? formatTilePath(vector.level ?? -1, BigInt(vector.index), vector.width) : formatEntriesPath(BigInt(vector.index), vector.width);
    expect(formatted).toBe(vector.path);
    expect(parseTilePath(vector.path)).toEqual({
      kind: vector.kind,
      ...(vector.kind === 'tile' ? { level: vector.level } : {}),
      index: BigInt(vector.index),
      width: vector.width,
    });
  });

  it.each(vectors.entries_for_log_index)('entry $index of a log of $log_size is in $path', (vector) => {
    const tile = Math.floor(Number(vector.index) / 256);
    const width = Math.min(256, Number(vector.log_size) - tile * 256);
    expect(formatEntriesPath(tile, width)).toBe(vector.path);
  });

  it.each(vectors.tile_path_parse)('level $level index $index: wantErr $wantErr', (vector) => {
    const level = parseTileLevel(vector.level);
    const index = parseTileIndex(vector.index);
    if (vector.wantErr) {
      expect(level === null || index === null).toBe(true);
      return;
    }
    expect(level).toBe(vector.wantLevel);
    expect(index).toEqual({ index: BigInt(vector.wantIndex ?? ''), width: vector.wantWidth });
  });

  it.each(vectors.tile_sets)('a tree of $size entries has the tiles of the C2SP worked example', ({ size, levels }) => {
    const tiles = tilesOfTree(size);
    const byLevel = levels.map(({ level }) => ({
      level,
      full: tiles.filter((t) => t.level === level && t.width === 256).length,
      partial: tiles.find((t) => t.level === level && t.width < 256)?.width ?? 0,
    }));
    expect(byLevel).toEqual(levels);
    expect(Math.max(...tiles.map((t) => t.level))).toBe(levels.length - 1);
  });
});
