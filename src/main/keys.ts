import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  addActiveIndexKey,
  addActiveKey,
  ephemeralKeyring,
  type KeyFile,
  KeyFileSchema,
  type Keyring,
  newKeyFile,
  parseKeyFile,
  parseKeyringSpec,
} from '../core/crypto/keyring.js';
import type { Config } from './config.js';

/** Where the keys came from, for the start-up message and `pisa keys`. */
export type KeySource = { readonly kind: 'env' } | { readonly kind: 'file'; readonly path: string; readonly created: boolean } | { readonly kind: 'memory' };

export type LoadedKeys = { readonly keyring: Keyring; readonly source: KeySource; readonly warnings: readonly string[] };

export const DEFAULT_KEY_FILE = 'data-key.json';

/** The key file's path: PISA_DATA_KEY_FILE, or data-key.json in the data folder. */
export const keyFilePath = (config: Pick<Config, 'PISA_DATA_KEY_FILE'>, dataDir: string): string =>
  resolve(config.PISA_DATA_KEY_FILE ?? join(dataDir, DEFAULT_KEY_FILE));

function permissionWarning(path: string): string[] {
  if (process.platform === 'win32') return [];
  const mode = statSync(path).mode & 0o777;
  return mode & 0o077 ? [`${path} is readable by other users (mode ${mode.toString(8)}); run chmod 600 on it`] : [];
}

/** Writes a key file readable by its owner only, atomically (a temporary file renamed over it). */
export function writeKeyFile(path: string, file: KeyFile): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  renameSync(temporary, path);
}

export function readKeyFile(path: string): KeyFile {
  return KeyFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/**
 * The keyring: PISA_DATA_KEY (+ PISA_INDEX_KEY), else the key file (PISA_DATA_KEY_FILE or the
 * data folder's data-key.json, generated with mode 0600 on first start), else, for a data folder
 * of memory://, fresh keys that die with the process (as the data does).
 */
export function loadKeys(config: Config, dataDir: string, usesPostgres: boolean): LoadedKeys {
  if (config.PISA_DATA_KEY !== undefined && config.PISA_INDEX_KEY !== undefined) {
    return { keyring: parseKeyringSpec(config.PISA_DATA_KEY, config.PISA_INDEX_KEY), source: { kind: 'env' }, warnings: [] };
  }
  if (config.PISA_DATA_KEY_FILE === undefined && dataDir.startsWith('memory://'))
    return { keyring: ephemeralKeyring(), source: { kind: 'memory' }, warnings: [] };
  const path = keyFilePath(config, dataDir);
  const created = !existsSync(path);
  if (created) {
    if (config.PISA_DATA_KEY_FILE !== undefined) throw new Error(`PISA_DATA_KEY_FILE ${path} does not exist`);
    writeKeyFile(path, newKeyFile());
  }
  const warnings = permissionWarning(path);
  if (created && usesPostgres)
    warnings.push(`the data key for PostgreSQL was generated at ${path}: back it up, or set PISA_DATA_KEY_FILE / PISA_DATA_KEY in production`);
  return { keyring: parseKeyFile(readFileSync(path, 'utf8')), source: { kind: 'file', path, created }, warnings };
}

/** Adds a new active data key and a new active index key to a key file (`pisa keys rotate`); returns their ids. */
export function addKeysToFile(path: string): { dataKey: string; indexKey: string } {
  const next = addActiveIndexKey(addActiveKey(readKeyFile(path)));
  writeKeyFile(path, next);
  return { dataKey: next.active, indexKey: next.active_index ?? '' };
}
