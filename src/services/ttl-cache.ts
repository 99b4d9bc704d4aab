/**
 * A small map whose entries expire after `ttlMs` (by the given clock) and which holds at most
 * `maxEntries` (the oldest go first). For lookups on every request whose answers rarely change:
 * API keys and which organisation a processor belongs to. `ttlMs` 0 turns caching off.
 */
export type TtlCache<K, V> = {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  delete(key: K): void;
  /** Drops every entry whose value matches (e.g. all cached forms of one revoked key). */
  deleteWhere(matches: (value: V) => boolean): void;
  clear(): void;
};

export function createTtlCache<K, V>(options: { ttlMs: number; maxEntries: number; now: () => number }): TtlCache<K, V> {
  const entries = new Map<K, { value: V; expires: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      if (entry.expires <= options.now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    set(key, value) {
      if (options.ttlMs <= 0) return;
      entries.delete(key);
      if (entries.size >= options.maxEntries) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      entries.set(key, { value, expires: options.now() + options.ttlMs });
    },
    delete(key) {
      entries.delete(key);
    },
    deleteWhere(matches) {
      for (const [key, entry] of entries) if (matches(entry.value)) entries.delete(key);
    },
    clear() {
      entries.clear();
    },
  };
}
