import { describe, expect, it } from 'vitest';
import { blindIndex, blindIndexes, indexKeyIdOf } from './blind-index.js';
import { addActiveIndexKey, type KeyFile, LEGACY_INDEX_KEY_ID, newKeyFile, newKeyMaterial, parseKeyFile, parseKeyringSpec } from './keyring.js';

describe('blind index key ids', () => {
  it('prefix every index with the id of the key that made it', () => {
    const ring = parseKeyFile(JSON.stringify(newKeyFile()));
    const index = blindIndex(ring, 'email', 'a@example.com');
    expect(index).toMatch(/^i1\.[0-9a-f]{64}$/);
    expect(indexKeyIdOf(index)).toBe('i1');
  });

  it('keep the bare hex of the original key (files and variables from before key ids)', () => {
    const legacy: KeyFile = { version: 1, active: 'k1', keys: { k1: newKeyMaterial() }, index_key: newKeyMaterial() };
    const ring = parseKeyFile(JSON.stringify(legacy));
    expect(ring.activeIndex.id).toBe(LEGACY_INDEX_KEY_ID);
    const index = blindIndex(ring, 'email', 'a@example.com');
    expect(index).toMatch(/^[0-9a-f]{64}$/);
    expect(indexKeyIdOf(index)).toBe('i0');
    const fromEnv = parseKeyringSpec(`k1:${newKeyMaterial()}`, legacy.index_key ?? '');
    expect(blindIndex(fromEnv, 'email', 'a@example.com')).toBe(index);
  });

  it('after a rotation, index new values under the new key and look values up under every key, the new one first', () => {
    const file = newKeyFile();
    const before = parseKeyFile(JSON.stringify(file));
    const rotated = addActiveIndexKey(file);
    const after = parseKeyFile(JSON.stringify(rotated));
    expect(rotated.active_index).toBe('i2');
    expect(after.activeIndex.id).toBe('i2');
    const old = blindIndex(before, 'phone', '+8613800138000');
    const candidates = blindIndexes(after, 'phone', '+8613800138000');
    expect(candidates).toEqual([blindIndex(after, 'phone', '+8613800138000'), old]);
    expect(indexKeyIdOf(candidates[0] ?? '')).toBe('i2');
  });

  it('read index keys from the environment, active first, with ids', () => {
    const a = newKeyMaterial();
    const b = newKeyMaterial();
    const ring = parseKeyringSpec(`k1:${newKeyMaterial()}`, `i2:${a},i1:${b}`);
    expect(ring.activeIndex.id).toBe('i2');
    expect([...ring.indexKeys.keys()]).toEqual(['i2', 'i1']);
    expect(() => parseKeyringSpec(`k1:${a}`, `i1:${a},i1:${b}`)).toThrow(/listed twice/);
    expect(() => parseKeyringSpec(`k1:${a}`, `bad.id:${a}`)).toThrow(/PISA_INDEX_KEY entry 1/);
  });

  it('refuse a key file whose active index key is missing, or with no index key at all', () => {
    expect(() => parseKeyFile(JSON.stringify({ ...newKeyFile(), active_index: 'i9' }))).toThrow(/active index key "i9"/);
    const { index_keys: _unused, active_index: _active, ...none } = newKeyFile();
    expect(() => parseKeyFile(JSON.stringify(none))).toThrow(/no index key/);
  });

  it('tell indexes from other text', () => {
    expect(indexKeyIdOf('pisa1.k1.abc.def')).toBeNull();
    expect(indexKeyIdOf('i3.xyz')).toBeNull();
    expect(indexKeyIdOf('')).toBeNull();
  });
});
