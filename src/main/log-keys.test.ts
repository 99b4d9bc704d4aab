import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCheckpoint, signCheckpoint } from '../core/log/checkpoint.js';
import { EMPTY_ROOT } from '../core/log/hashing.js';
import { createNoteVerifier, parseSignerKey, parseVerifierKey } from '../core/log/note-keys.js';
import { generateLogKey, loadLogKey, nodeEd25519Verify, nodeSignerFromKey } from './log-keys.js';

const root = mkdtempSync(join(tmpdir(), 'pisa-log-key-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const config = (extra: Partial<{ PISA_LOG_KEY: string; PISA_LOG_KEY_FILE: string }> = {}) => ({ PISA_LOG_ORIGIN: 'pisa.test/log', ...extra });

describe('loadLogKey', () => {
  it('generates log-key in the data folder on first start (mode 0600), then reuses it', () => {
    const dataDir = join(root, 'data');
    const first = loadLogKey(config(), dataDir, false);
    const path = join(dataDir, 'log-key');
    expect(first.source).toEqual({ kind: 'file', path, created: true });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toMatch(/^PRIVATE\+KEY\+pisa\.test\/log\+[0-9a-f]{8}\+A[A-Za-z0-9+/]{43}\n$/);
    const again = loadLogKey(config(), dataDir, true);
    expect(again.source).toEqual({ kind: 'file', path, created: false });
    expect(again.vkey).toBe(first.vkey);
    expect(again.warnings).toEqual([]);
    expect(parseVerifierKey(first.vkey)?.name).toBe('pisa.test/log');
  });

  it('signs checkpoints that verify with its vkey (node:crypto both ways)', () => {
    const key = loadLogKey(config({ PISA_LOG_KEY: generateLogKey('pisa.test/log') }), 'memory://', false);
    expect(key.source).toEqual({ kind: 'env' });
    const note = signCheckpoint({ origin: key.origin, size: 0, root: EMPTY_ROOT }, key.signer);
    const verifier = createNoteVerifier(key.vkey, nodeEd25519Verify);
    expect(verifier && openCheckpoint(note, [verifier], 'pisa.test/log').ok).toBe(true);
  });

  it('keeps a memory:// log key in memory only, and warns about a key file others can read and a generated key for PostgreSQL', () => {
    expect(loadLogKey(config(), 'memory://', false).source).toEqual({ kind: 'memory' });
    const dataDir = join(root, 'pg');
    expect(loadLogKey(config(), dataDir, true).warnings.join()).toMatch(/PostgreSQL/);
    const path = join(root, 'readable-key');
    writeFileSync(path, `${generateLogKey('pisa.test/log')}\n`, { mode: 0o644 });
    expect(loadLogKey(config({ PISA_LOG_KEY_FILE: path }), dataDir, false).warnings.join()).toMatch(/chmod 600/);
  });

  it('refuses a key named other than the origin, a missing key file, and malformed or mismatched key text', () => {
    expect(() => loadLogKey(config({ PISA_LOG_KEY: generateLogKey('other.test/log') }), 'memory://', false)).toThrow(/PISA_LOG_ORIGIN/);
    expect(() => loadLogKey(config({ PISA_LOG_KEY_FILE: join(root, 'missing') }), 'memory://', false)).toThrow(/does not exist/);
    expect(() => nodeSignerFromKey('PRIVATE+KEY+x')).toThrow(/not a signer key/);
    const text = generateLogKey('pisa.test/log');
    const wrongId = text.replace(/\+([0-9a-f]{8})\+/, (_m, id: string) => `+${id === '00000000' ? '00000001' : '00000000'}+`);
    expect(parseSignerKey(wrongId)).not.toBeNull();
    expect(() => nodeSignerFromKey(wrongId)).toThrow(/key ID/);
  });
});
