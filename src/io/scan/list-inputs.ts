import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** One thing to scan: a file, or standard input (`-`). */
export type InputSource =
  | { readonly kind: 'file'; readonly path: string; readonly size: number }
  | { readonly kind: 'stdin'; readonly path: '-'; readonly size: 0 };

async function walk(dir: string, out: InputSource[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  // Code-unit order, so the same tree lists the same way on every machine.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile()) out.push({ kind: 'file', path, size: (await stat(path)).size });
  }
}

/**
 * Expands the paths given on the command line: folders recursively (sorted by name), files as
 * they are, `-` for stdin. The first path that cannot be read makes the whole list fail.
 */
export async function listInputs(paths: readonly string[]): Promise<{ ok: true; inputs: InputSource[] } | { ok: false; reason: string }> {
  const inputs: InputSource[] = [];
  for (const path of paths) {
    if (path === '-') {
      inputs.push({ kind: 'stdin', path: '-', size: 0 });
      continue;
    }
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walk(path, inputs);
      else inputs.push({ kind: 'file', path, size: info.size });
    } catch {
      return { ok: false, reason: `cannot read ${path}: no such file or directory, or not readable` };
    }
  }
  return { ok: true, inputs };
}
