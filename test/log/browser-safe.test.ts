import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The receipt page verifies proofs in the browser with src/core/log, so no module there may use
// Node's built-ins, Buffer or process: only its siblings and the browser-safe @noble libraries.

const DIR = join(import.meta.dirname, '../../src/core/log');
const sources = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const code = (file: string) => readFileSync(join(DIR, file), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');

describe('src/core/log runs in the browser', () => {
  it('has the modules the issue names', () => {
    expect(sources).toEqual(expect.arrayContaining(['ed25519-noble.ts', 'sequencer.ts', 'tile-proofs.ts', 'signed-note.ts', 'tlog-proof.ts']));
  });

  it.each(sources)('%s imports only siblings and @noble/hashes or @noble/curves, and uses no Buffer or process', (file) => {
    const source = code(file);
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1] as string);
    for (const specifier of imports)
      expect(specifier, `${file} imports ${specifier}`).toMatch(/^(\.\/[a-z0-9-]+\.js|@noble\/hashes\/sha2\.js|@noble\/curves\/ed25519\.js)$/);
    expect(source).not.toMatch(/\bBuffer\b|\bprocess\b|\brequire\(/);
  });
});
