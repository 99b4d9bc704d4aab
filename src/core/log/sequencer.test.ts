import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatBytes } from './bytes.js';
import { encodeEntryBundle } from './entry-bundle.js';
import { EMPTY_ROOT, hashLeaf } from './hashing.js';
import { rootOfLeafHashes } from './merkle.js';
import { checkState, EMPTY_LOG, integrate, type SequencerState } from './sequencer.js';
import { formatTilePath } from './tile-path.js';
import { tilesOfTree } from './tiles.js';

const entry = (i: number): Uint8Array => Uint8Array.of(1, i % 256, Math.floor(i / 256) % 256, Math.floor(i / 65536));

/** Every tile of a tree of `size` (by path) computed from scratch: hash i of tile n at level l is MTH of its 256^l leaves. */
function oracleTiles(leafHashes: readonly Uint8Array[], size: number): Map<string, Uint8Array> {
  const tiles = new Map<string, Uint8Array>();
  for (const tile of tilesOfTree(size)) {
    const span = 256 ** tile.level;
    const hashes = Array.from({ length: tile.width }, (_, i) => {
      const start = (tile.index * 256 + i) * span;
      return rootOfLeafHashes(leafHashes, start, start + span);
    });
    tiles.set(formatTilePath(tile.level, tile.index, tile.width), concatBytes(...hashes));
  }
  return tiles;
}

/** Runs the sequencer over `entries` cut into batches of the given sizes; every write by path. */
function runBatches(entries: readonly Uint8Array[], cuts: readonly number[]) {
  let state: SequencerState = EMPTY_LOG;
  const tiles = new Map<string, Uint8Array>();
  const bundles = new Map<string, Uint8Array>();
  const roots: { size: number; root: Uint8Array }[] = [];
  let at = 0;
  for (const cut of [...cuts, entries.length]) {
    const batch = entries.slice(at, Math.max(at, Math.min(cut, entries.length)));
    at += batch.length;
    const step = integrate(state, batch);
    for (const tile of step.tiles) {
      const path = formatTilePath(tile.level, tile.index, tile.width);
      // Never a second write to a path: published tiles are immutable.
      expect(tiles.has(path), `${path} written twice`).toBe(false);
      tiles.set(path, tile.bytes);
    }
    for (const bundle of step.bundles) {
      const path = `entries/${bundle.index}/${bundle.width}`;
      expect(bundles.has(path), `${path} written twice`).toBe(false);
      bundles.set(path, bundle.bytes);
    }
    state = step.state;
    roots.push({ size: state.size, root: step.root });
  }
  return { state, tiles, bundles, roots };
}

describe('integrate (the incremental sequencer step)', () => {
  it('gives the same tiles, bundles and roots as a from-scratch computation, for any batch split', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.array(fc.nat(700), { maxLength: 8 }), (size, cuts) => {
        const entries = Array.from({ length: size }, (_, i) => entry(i));
        const leafHashes = entries.map(hashLeaf);
        const run = runBatches(
          entries,
          [...cuts].sort((a, b) => a - b),
        );
        for (const { size: at, root } of run.roots) expect(root).toEqual(rootOfLeafHashes(leafHashes, 0, at));
        // Every tile of the final tree is there with the from-scratch bytes...
        for (const [path, bytes] of oracleTiles(leafHashes, size)) expect(run.tiles.get(path), path).toEqual(bytes);
        // ...and every partial tile written on the way is a prefix of the final tile of its place.
        for (const [path, bytes] of run.tiles) {
          const [, level, index] = /^tile\/(\d+)\/(.+?)(\.p\/\d+)?$/.exec(path) ?? [];
          const final = [...run.tiles.entries()].find(([p]) => p === `tile/${level}/${index}`)?.[1] ?? oracleTiles(leafHashes, size).get(path);
          if (final !== undefined) expect(final.subarray(0, bytes.length)).toEqual(bytes);
        }
        for (const [path, bytes] of run.bundles) {
          const [, index, width] = path.split('/').map(Number) as [number, number, number];
          expect(bytes).toEqual(encodeEntryBundle(entries.slice(index * 256, index * 256 + width)));
        }
        checkState(run.state);
      }),
      { numRuns: 60 },
    );
  });

  it('writes the level-1 tile as soon as the log has 256 entries (tile/1/000.p/1), and no partial level-0 tile', () => {
    const step = integrate(
      EMPTY_LOG,
      Array.from({ length: 256 }, (_, i) => entry(i)),
    );
    expect(step.tiles.map((t) => formatTilePath(t.level, t.index, t.width))).toEqual(['tile/0/000', 'tile/1/000.p/1']);
    expect(step.bundles.map((b) => [b.index, b.width])).toEqual([[0, 256]]);
    expect(step.state.partialBundle).toHaveLength(0);
  });

  it('carries into level 2 at 65,536 entries, with the C2SP root', () => {
    const entries = Array.from({ length: 65_537 }, (_, i) => entry(i));
    const first = integrate(EMPTY_LOG, entries.slice(0, 65_000));
    const second = integrate(first.state, entries.slice(65_000));
    const paths = second.tiles.map((t) => formatTilePath(t.level, t.index, t.width));
    expect(paths).toContain('tile/1/000');
    expect(paths).toContain('tile/2/000.p/1');
    expect(paths).toContain('tile/0/256.p/1');
    expect(second.root).toEqual(rootOfLeafHashes(entries.map(hashLeaf)));
  });

  it('changes nothing for an empty batch, and gives the empty root for an empty log', () => {
    expect(integrate(EMPTY_LOG, [])).toEqual({ state: EMPTY_LOG, root: EMPTY_ROOT, tiles: [], bundles: [] });
    const some = integrate(EMPTY_LOG, [entry(1), entry(2)]);
    const again = integrate(some.state, []);
    expect(again.tiles).toEqual([]);
    expect(again.bundles).toEqual([]);
    expect(again.root).toEqual(some.root);
  });

  it('refuses a state whose partial tile does not match its size (corrupt storage) and an entry over 65,535 bytes', () => {
    const some = integrate(EMPTY_LOG, [entry(1), entry(2)]);
    expect(() => integrate({ ...some.state, size: 3 }, [])).toThrow(RangeError);
    expect(() => integrate({ ...some.state, partialBundle: new Uint8Array(0) }, [])).toThrow(RangeError);
    expect(() => integrate(EMPTY_LOG, [new Uint8Array(65_536)])).toThrow(RangeError);
  });
});
