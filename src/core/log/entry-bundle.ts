// c2sp.org/tlog-tiles entry bundles: the entries of one level-0 tile, each as a big-endian uint16
// length followed by the entry bytes, concatenated; nothing else. Entries are therefore at most
// 65,535 bytes.

export const MAX_ENTRY_SIZE = 0xffff;

export function encodeEntryBundle(entries: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const entry of entries) {
    if (entry.length > MAX_ENTRY_SIZE) throw new RangeError(`a log entry is at most ${MAX_ENTRY_SIZE} bytes`);
    length += 2 + entry.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const entry of entries) {
    out[at] = entry.length >>> 8;
    out[at + 1] = entry.length & 0xff;
    out.set(entry, at + 2);
    at += 2 + entry.length;
  }
  return out;
}

/** Appends entries to an encoded bundle (the sequencer's partial bundle grows this way). */
export function appendToBundle(bundle: Uint8Array, entries: readonly Uint8Array[]): Uint8Array {
  const tail = encodeEntryBundle(entries);
  const out = new Uint8Array(bundle.length + tail.length);
  out.set(bundle, 0);
  out.set(tail, bundle.length);
  return out;
}

/**
 * The entries of a bundle, or null when it is malformed (a length running past the end).
 * With `count`, exactly that many entries are required and nothing may follow them.
 */
export function decodeEntryBundle(bytes: Uint8Array, count?: number): Uint8Array[] | null {
  const entries: Uint8Array[] = [];
  let at = 0;
  while (at < bytes.length) {
    if (at + 2 > bytes.length) return null;
    const length = ((bytes[at] as number) << 8) | (bytes[at + 1] as number);
    if (at + 2 + length > bytes.length) return null;
    entries.push(bytes.subarray(at + 2, at + 2 + length));
    at += 2 + length;
  }
  if (count !== undefined && entries.length !== count) return null;
  return entries;
}

/** The bytes of the first `count` entries of a bundle (a narrower bundle is a prefix of a wider one), or null. */
export function bundlePrefix(bytes: Uint8Array, count: number): Uint8Array | null {
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 2 > bytes.length) return null;
    const length = ((bytes[at] as number) << 8) | (bytes[at + 1] as number);
    if (at + 2 + length > bytes.length) return null;
    at += 2 + length;
  }
  return bytes.subarray(0, at);
}
