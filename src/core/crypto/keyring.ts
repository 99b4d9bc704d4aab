import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** One AES-256 data key and the id written into every value it encrypts. */
export type DataKey = { readonly id: string; readonly key: Buffer };

/** One HMAC-SHA-256 key for blind indexes and the id written into every index it makes. */
export type IndexKey = { readonly id: string; readonly key: Buffer };

/**
 * The keys protecting personal information at rest: `active` encrypts, every key in `keys`
 * decrypts (so old values stay readable until `pisa keys rotate` re-encrypts them);
 * `activeIndex` makes the blind indexes (HMAC) that lookups use instead of plaintext, and
 * lookups try every key in `indexKeys`, so rows indexed under an older key are found until the
 * rotation has re-computed them.
 */
export type Keyring = {
  readonly active: DataKey;
  readonly keys: ReadonlyMap<string, DataKey>;
  readonly activeIndex: IndexKey;
  readonly indexKeys: ReadonlyMap<string, IndexKey>;
};

/** Key ids travel inside ciphertexts and indexes: short, and without the "." that separates the parts. */
export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
/**
 * The id of the index key given without one (`index_key` in a key file, a bare PISA_INDEX_KEY):
 * the key PISA used before index keys had ids. Its indexes are stored as bare hex, as they were.
 */
export const LEGACY_INDEX_KEY_ID = 'i0';
const KEY_BYTES = 32;

function decodeKey(text: string, what: string): Buffer {
  const bytes = Buffer.from(text.trim(), 'base64');
  if (bytes.length !== KEY_BYTES) throw new Error(`${what} must be ${KEY_BYTES} bytes in base64 (got ${bytes.length})`);
  return bytes;
}

/** A new random key, base64: what `pisa keys` writes into key files. */
export const newKeyMaterial = (): string => randomBytes(KEY_BYTES).toString('base64');

/** "id:base64[,id:base64...]" (active first); an entry without "id:" is `bareId`'s, when there is one. */
function parseKeyList(spec: string, variable: string, bareId: string | null): { id: string; key: Buffer }[] {
  return spec.split(',').map((part, i) => {
    const at = part.indexOf(':');
    if (at < 0 && bareId !== null) return { id: bareId, key: decodeKey(part, variable) };
    const id = part.slice(0, at).trim();
    if (at < 0 || !KEY_ID_PATTERN.test(id)) throw new Error(`${variable} entry ${i + 1} must be "<id>:<base64 key>" with an id of letters, digits, "-" or "_"`);
    return { id, key: decodeKey(part.slice(at + 1), `${variable} "${id}"`) };
  });
}

/**
 * The keyring from environment text: `dataKeys` is "id:base64[,id:base64...]" with the active
 * key first; `indexKeys` likewise ("i2:base64,i1:base64"), or one bare base64 key (the original
 * index key, id "i0"). Throws with a message naming the bad part, never the key.
 */
export function parseKeyringSpec(dataKeys: string, indexKeys: string): Keyring {
  return toKeyring(parseKeyList(dataKeys, 'PISA_DATA_KEY', null), parseKeyList(indexKeys, 'PISA_INDEX_KEY', LEGACY_INDEX_KEY_ID));
}

function byId<K extends { readonly id: string }>(keys: readonly K[], what: string): { active: K; all: Map<string, K> } {
  const [active] = keys;
  if (!active) throw new Error(`at least one ${what} is needed`);
  const all = new Map<string, K>();
  for (const key of keys) {
    if (all.has(key.id)) throw new Error(`${what} id "${key.id}" is listed twice`);
    all.set(key.id, key);
  }
  return { active, all };
}

function toKeyring(dataKeys: readonly DataKey[], indexKeys: readonly IndexKey[]): Keyring {
  const data = byId(dataKeys, 'data key');
  const index = byId(indexKeys, 'index key');
  return { active: data.active, keys: data.all, activeIndex: index.active, indexKeys: index.all };
}

/**
 * The key file (JSON, mode 0600): every data key by id and which one is active; the index keys
 * likewise (`index_keys`, `active_index`). Files written before index keys had ids carry one
 * `index_key`, read as the key "i0"; both forms may appear together after a rotation.
 */
export const KeyFileSchema = z
  .strictObject({
    version: z.literal(1),
    active: z.string().regex(KEY_ID_PATTERN),
    keys: z.record(z.string().regex(KEY_ID_PATTERN), z.string().min(1)),
    index_key: z.string().min(1).optional(),
    active_index: z.string().regex(KEY_ID_PATTERN).optional(),
    index_keys: z.record(z.string().regex(KEY_ID_PATTERN), z.string().min(1)).optional(),
  })
  .refine((file) => file.index_key !== undefined || file.index_keys !== undefined, { message: 'the key file has no index key' });
export type KeyFile = z.infer<typeof KeyFileSchema>;

/** The index keys of a key file by id ("i0" for the original `index_key`). */
function indexKeyTexts(file: KeyFile): Record<string, string> {
  return { ...(file.index_key === undefined ? {} : { [LEGACY_INDEX_KEY_ID]: file.index_key }), ...file.index_keys };
}

/** The entries of `texts`, `activeId`'s first, decoded. */
function activeFirst(texts: Record<string, string>, activeId: string, what: string): { id: string; key: Buffer }[] {
  const activeText = texts[activeId];
  if (activeText === undefined) throw new Error(`the active ${what} "${activeId}" is not among the keys`);
  const others = Object.entries(texts).filter(([id]) => id !== activeId);
  return [[activeId, activeText] as const, ...others].map(([id, text]) => ({ id, key: decodeKey(text, `${what} "${id}"`) }));
}

export function parseKeyFile(text: string): Keyring {
  const file = KeyFileSchema.parse(JSON.parse(text));
  return toKeyring(activeFirst(file.keys, file.active, 'key'), activeFirst(indexKeyTexts(file), file.active_index ?? LEGACY_INDEX_KEY_ID, 'index key'));
}

/** A fresh key file with one data key ("k1") and one index key ("i1"). */
export function newKeyFile(): KeyFile {
  return { version: 1, active: 'k1', keys: { k1: newKeyMaterial() }, active_index: 'i1', index_keys: { i1: newKeyMaterial() } };
}

/** The next free id of the form `<letter><n>`, counting from the number of keys + 1 (the original index key "i0" aside). */
function nextId(letter: string, taken: Record<string, unknown>): string {
  let n = Object.keys(taken).filter((id) => id !== LEGACY_INDEX_KEY_ID).length + 1;
  while (taken[`${letter}${n}`] !== undefined) n += 1;
  return `${letter}${n}`;
}

/** The key file with a new active data key: the next free "k<n>" id. Old keys stay, to decrypt. */
export function addActiveKey(file: KeyFile): KeyFile {
  const id = nextId('k', file.keys);
  return { ...file, active: id, keys: { ...file.keys, [id]: newKeyMaterial() } };
}

/** The key file with a new active index key: the next free "i<n>" id. Old ones stay, for lookups until re-indexed. */
export function addActiveIndexKey(file: KeyFile): KeyFile {
  const id = nextId('i', indexKeyTexts(file));
  return { ...file, active_index: id, index_keys: { ...file.index_keys, [id]: newKeyMaterial() } };
}

/** An in-memory keyring of fresh random keys: tests and `--data memory://`. */
export function ephemeralKeyring(): Keyring {
  return parseKeyFile(JSON.stringify(newKeyFile()));
}
