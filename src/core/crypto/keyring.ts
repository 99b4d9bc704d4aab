import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** One AES-256 data key and the id written into every value it encrypts. */
export type DataKey = { readonly id: string; readonly key: Buffer };

/**
 * The keys protecting personal information at rest: `active` encrypts, every key in `keys`
 * decrypts (so old values stay readable until `pisa keys rotate` re-encrypts them), and
 * `indexKey` makes the blind indexes (HMAC) that lookups use instead of plaintext.
 */
export type Keyring = {
  readonly active: DataKey;
  readonly keys: ReadonlyMap<string, DataKey>;
  readonly indexKey: Buffer;
};

/** Key ids travel inside ciphertexts: short, and without the "." that separates the parts. */
export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
const KEY_BYTES = 32;

function decodeKey(text: string, what: string): Buffer {
  const bytes = Buffer.from(text.trim(), 'base64');
  if (bytes.length !== KEY_BYTES) throw new Error(`${what} must be ${KEY_BYTES} bytes in base64 (got ${bytes.length})`);
  return bytes;
}

/** A new random key, base64: what `pisa keys` writes into key files. */
export const newKeyMaterial = (): string => randomBytes(KEY_BYTES).toString('base64');

/**
 * The keyring from environment text: `dataKeys` is "id:base64[,id:base64...]" with the active
 * key first; `indexKey` is base64. Throws with a message naming the bad part.
 */
export function parseKeyringSpec(dataKeys: string, indexKey: string): Keyring {
  const keys = dataKeys.split(',').map((part, i) => {
    const at = part.indexOf(':');
    const id = part.slice(0, at).trim();
    if (at < 0 || !KEY_ID_PATTERN.test(id))
      throw new Error(`PISA_DATA_KEY entry ${i + 1} must be "<id>:<base64 key>" with an id of letters, digits, "-" or "_"`);
    return { id, key: decodeKey(part.slice(at + 1), `PISA_DATA_KEY "${id}"`) };
  });
  return toKeyring(keys, decodeKey(indexKey, 'PISA_INDEX_KEY'));
}

function toKeyring(keys: readonly DataKey[], indexKey: Buffer): Keyring {
  const [active] = keys;
  if (!active) throw new Error('at least one data key is needed');
  const byId = new Map<string, DataKey>();
  for (const key of keys) {
    if (byId.has(key.id)) throw new Error(`data key id "${key.id}" is listed twice`);
    byId.set(key.id, key);
  }
  return { active, keys: byId, indexKey };
}

/** The key file (JSON, mode 0600): every key by id, which one is active, the index key. */
export const KeyFileSchema = z.strictObject({
  version: z.literal(1),
  active: z.string().regex(KEY_ID_PATTERN),
  keys: z.record(z.string().regex(KEY_ID_PATTERN), z.string().min(1)),
  index_key: z.string().min(1),
});
export type KeyFile = z.infer<typeof KeyFileSchema>;

export function parseKeyFile(text: string): Keyring {
  const file = KeyFileSchema.parse(JSON.parse(text));
  const activeText = file.keys[file.active];
  if (activeText === undefined) throw new Error(`the active key "${file.active}" is not among the keys`);
  const others = Object.entries(file.keys).filter(([id]) => id !== file.active);
  const keys = [[file.active, activeText] as const, ...others].map(([id, text]) => ({ id, key: decodeKey(text, `key "${id}"`) }));
  return toKeyring(keys, decodeKey(file.index_key, 'index_key'));
}

/** A fresh key file with one data key ("k1") and an index key. */
export function newKeyFile(): KeyFile {
  return { version: 1, active: 'k1', keys: { k1: newKeyMaterial() }, index_key: newKeyMaterial() };
}

/** The key file with a new active key: the next free "k<n>" id. Old keys stay, to decrypt. */
export function addActiveKey(file: KeyFile): KeyFile {
  let n = Object.keys(file.keys).length + 1;
  while (file.keys[`k${n}`] !== undefined) n += 1;
  const id = `k${n}`;
  return { ...file, active: id, keys: { ...file.keys, [id]: newKeyMaterial() } };
}

/** An in-memory keyring of fresh random keys: tests and `--data memory://`. */
export function ephemeralKeyring(): Keyring {
  return parseKeyFile(JSON.stringify(newKeyFile()));
}
