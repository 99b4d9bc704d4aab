import { createPrivateKey, createPublicKey, type KeyObject, randomBytes, sign, verify } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type Ed25519Verify, formatSignerKey, formatVerifierKey, parseSignerKey, type Signer } from '../core/log/note-keys.js';
import type { Config } from './config.js';

// The transparency log's Ed25519 key on the server, with node:crypto (the browser verifies with
// src/core/log/ed25519-noble.ts). The key text is the signer-key format of Go's sumdb/note and
// tessera: `PRIVATE+KEY+<origin>+<key ID>+<base64(0x01 || 32-byte seed)>`; its name is the log's
// origin, as c2sp.org/tlog-checkpoint asks.

export const DEFAULT_LOG_KEY_FILE = 'log-key';
export const DEFAULT_LOG_ORIGIN = 'pisa.localhost/log';

// DER wrappers around raw Ed25519 keys (RFC 8410): node:crypto imports keys as PKCS#8 / SPKI.
const PKCS8_PREFIX = Uint8Array.from([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20]);
const SPKI_PREFIX = Uint8Array.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00]);

const der = (prefix: Uint8Array, key: Uint8Array) => Buffer.concat([prefix, key]);

function rawPublicKey(key: KeyObject): Uint8Array {
  const exported = key.export({ format: 'der', type: 'spki' });
  return new Uint8Array(exported.subarray(SPKI_PREFIX.length));
}

const publicKeys = new Map<string, KeyObject>();

/** Ed25519 verification with node:crypto; imported public keys are kept for the next call. */
export const nodeEd25519Verify: Ed25519Verify = (publicKey, message, signature) => {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  const id = Buffer.from(publicKey).toString('hex');
  let key = publicKeys.get(id);
  if (key === undefined) {
    try {
      key = createPublicKey({ key: der(SPKI_PREFIX, publicKey), format: 'der', type: 'spki' });
    } catch {
      return false;
    }
    if (publicKeys.size < 64) publicKeys.set(id, key);
  }
  return verify(null, message, key, signature);
};

/** A note signer and its public key, from signer key text; throws when the text or its key ID is wrong. */
export function nodeSignerFromKey(text: string): { signer: Signer; publicKey: Uint8Array; vkey: string } {
  const parsed = parseSignerKey(text.trim());
  if (parsed === null) throw new Error('the log key is not a signer key (PRIVATE+KEY+<name>+<key ID>+<base64 key>)');
  const privateKey = createPrivateKey({ key: der(PKCS8_PREFIX, parsed.seed), format: 'der', type: 'pkcs8' });
  const publicKey = rawPublicKey(createPublicKey(privateKey));
  const vkey = formatVerifierKey(parsed.name, publicKey);
  if (!vkey.startsWith(`${parsed.name}+${Buffer.from(parsed.keyId).toString('hex')}+`)) throw new Error('the log key ID does not match its key');
  const signer: Signer = { name: parsed.name, keyId: parsed.keyId, sign: (message) => new Uint8Array(sign(null, message, privateKey)) };
  return { signer, publicKey, vkey };
}

/** A new random signer key named `name` (the log's origin). */
export function generateLogKey(name: string): string {
  const seed = new Uint8Array(randomBytes(32));
  const privateKey = createPrivateKey({ key: der(PKCS8_PREFIX, seed), format: 'der', type: 'pkcs8' });
  return formatSignerKey(name, seed, rawPublicKey(createPublicKey(privateKey)));
}

export type LogKeySource = { readonly kind: 'env' } | { readonly kind: 'file'; readonly path: string; readonly created: boolean } | { readonly kind: 'memory' };

export type LoadedLogKey = {
  readonly signer: Signer;
  readonly vkey: string;
  readonly origin: string;
  readonly source: LogKeySource;
  readonly warnings: readonly string[];
};

type LogKeyConfig = Pick<Config, 'PISA_LOG_KEY' | 'PISA_LOG_KEY_FILE' | 'PISA_LOG_ORIGIN'>;

/** The key file's path: PISA_LOG_KEY_FILE, or log-key in the data folder. */
export const logKeyFilePath = (config: Pick<Config, 'PISA_LOG_KEY_FILE'>, dataDir: string): string =>
  resolve(config.PISA_LOG_KEY_FILE ?? join(dataDir, DEFAULT_LOG_KEY_FILE));

function writeNewKeyFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${text}\n`, { mode: 0o600, flag: 'wx' });
  renameSync(temporary, path);
}

function loaded(text: string, origin: string, source: LogKeySource, warnings: string[]): LoadedLogKey {
  const { signer, vkey } = nodeSignerFromKey(text);
  // c2sp.org/tlog-checkpoint: the log's key name should be its origin; a mismatch is a misconfiguration.
  if (signer.name !== origin) throw new Error(`the log key is named "${signer.name}" but the log origin (PISA_LOG_ORIGIN) is "${origin}"`);
  return { signer, vkey, origin, source, warnings };
}

/**
 * The log's signing key: PISA_LOG_KEY, else the key file (PISA_LOG_KEY_FILE, or `log-key` in the
 * data folder, generated with mode 0600 on first start), else, for a data folder of memory://, a
 * fresh key that dies with the process (as the log does).
 */
export function loadLogKey(config: LogKeyConfig, dataDir: string, usesPostgres: boolean): LoadedLogKey {
  const origin = config.PISA_LOG_ORIGIN;
  if (config.PISA_LOG_KEY !== undefined) return loaded(config.PISA_LOG_KEY, origin, { kind: 'env' }, []);
  if (config.PISA_LOG_KEY_FILE === undefined && dataDir.startsWith('memory://')) return loaded(generateLogKey(origin), origin, { kind: 'memory' }, []);
  const path = logKeyFilePath(config, dataDir);
  const created = !existsSync(path);
  if (created) {
    if (config.PISA_LOG_KEY_FILE !== undefined) throw new Error(`PISA_LOG_KEY_FILE ${path} does not exist`);
    writeNewKeyFile(path, generateLogKey(origin));
  }
  const warnings: string[] = [];
  const mode = statSync(path).mode & 0o777;
  if (process.platform !== 'win32' && mode & 0o077) warnings.push(`${path} is readable by other users (mode ${mode.toString(8)}); run chmod 600 on it`);
  if (created && usesPostgres)
    warnings.push(`the log key for PostgreSQL was generated at ${path}: back it up, or set PISA_LOG_KEY / PISA_LOG_KEY_FILE in production`);
  return loaded(readFileSync(path, 'utf8'), origin, { kind: 'file', path, created }, warnings);
}

/** A throwaway key for a log that dies with the process (tests, a memory:// data folder). */
export function ephemeralLogKey(origin: string = DEFAULT_LOG_ORIGIN): { signer: Signer; vkey: string } {
  const { signer, vkey } = nodeSignerFromKey(generateLogKey(origin));
  return { signer, vkey };
}
