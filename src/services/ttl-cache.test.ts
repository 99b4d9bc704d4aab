import { describe, expect, it } from 'vitest';
import { createTtlCache } from './ttl-cache.js';

describe('createTtlCache', () => {
  const clock = () => {
    let t = 0;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  };

  it('returns a value until its time is up, then forgets it', () => {
    const c = clock();
    const cache = createTtlCache<string, number>({ ttlMs: 100, maxEntries: 10, now: c.now });
    cache.set('a', 1);
    c.advance(99);
    expect(cache.get('a')).toBe(1);
    c.advance(1);
    expect(cache.get('a')).toBeUndefined();
  });

  it('keeps at most maxEntries, dropping the oldest', () => {
    const cache = createTtlCache<string, number>({ ttlMs: 1000, maxEntries: 2, now: () => 0 });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
  });

  it('forgets entries by key or by value, and caches nothing with ttl 0', () => {
    const cache = createTtlCache<string, { id: string }>({ ttlMs: 1000, maxEntries: 10, now: () => 0 });
    cache.set('x', { id: 'k1' });
    cache.set('y', { id: 'k2' });
    cache.deleteWhere((v) => v.id === 'k1');
    cache.delete('y');
    expect([cache.get('x'), cache.get('y')]).toEqual([undefined, undefined]);
    const off = createTtlCache<string, number>({ ttlMs: 0, maxEntries: 10, now: () => 0 });
    off.set('a', 1);
    expect(off.get('a')).toBeUndefined();
  });
});
