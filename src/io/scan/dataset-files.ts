import { createWriteStream, type Dirent } from 'node:fs';
import { lstat, mkdir, readdir, realpath, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { PisaError } from '../../core/errors/pisa-error.js';
import type { DatasetEntry } from '../../services/scan-ports.js';

/** At most this many entries are listed for the console's picker (a huge folder is still scannable by path). */
const MAX_LISTED = 500;
const MAX_DEPTH = 4;

/** `a/b/c` from a path below `base`, whatever the platform's separator. */
export const toPosix = (base: string, path: string): string => relative(base, path).split(sep).join('/');

/**
 * The path of `path` (already checked as text by core/scan-report/dataset-path) under
 * `<rootDir>/<base>`, after checking on disk that its real path, symbolic links resolved, stays
 * inside the base's real path. Throws NOT_FOUND or SCAN_PATH_INVALID.
 */
export async function resolveInside(rootDir: string, base: string, path: string): Promise<{ baseDir: string; target: string }> {
  const baseDir = join(rootDir, base);
  const target = path === '' ? baseDir : join(baseDir, ...path.split('/'));
  let realBase: string;
  let realTarget: string;
  try {
    realBase = await realpath(baseDir);
    realTarget = await realpath(target);
  } catch {
    throw new PisaError('NOT_FOUND', { what: `dataset "${path}"` });
  }
  if (realTarget !== realBase && !realTarget.startsWith(realBase + sep)) {
    throw new PisaError('SCAN_PATH_INVALID', { path, reason: 'it leads out of the datasets folder (symbolic link)' });
  }
  return { baseDir, target };
}

/** Files and folders under a processor's folder, breadth by name; hidden names and symbolic links are left out. */
export async function listDatasets(rootDir: string, base: string): Promise<DatasetEntry[]> {
  const baseDir = join(rootDir, base);
  const out: DatasetEntry[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (out.length >= MAX_LISTED || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        out.push({ path: toPosix(baseDir, path), kind: 'folder', bytes: 0 });
        if (depth < MAX_DEPTH) await walk(path, depth + 1);
      } else if (entry.isFile()) {
        out.push({ path: toPosix(baseDir, path), kind: 'file', bytes: (await lstat(path)).size });
      }
    }
  };
  await walk(baseDir, 1);
  return out;
}

/**
 * Writes an upload to `<uploadsDir>/<base>/<name>` (owner-only permissions) as it arrives; past
 * `limit` bytes the write stops, the folder is removed and INPUT_TOO_LARGE is thrown.
 */
export async function saveUpload(uploadsDir: string, base: string, name: string, body: AsyncIterable<Uint8Array>, limit: number): Promise<{ bytes: number }> {
  const dir = join(uploadsDir, base);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const out = createWriteStream(join(dir, name), { flags: 'wx', mode: 0o600 });
  let bytes = 0;
  try {
    for await (const chunk of body) {
      bytes += chunk.length;
      if (bytes > limit) throw new PisaError('INPUT_TOO_LARGE', { size: `> ${limit}`, limit });
      if (!out.write(chunk)) await new Promise<void>((resolve, reject) => out.once('drain', resolve).once('error', reject));
    }
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    return { bytes };
  } catch (error) {
    out.destroy();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

export async function removeUpload(uploadsDir: string, base: string): Promise<void> {
  await rm(join(uploadsDir, base), { recursive: true, force: true });
}
