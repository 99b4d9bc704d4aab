import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Issue } from '../core/errors/codes.js';
import { PisaError } from '../core/errors/pisa-error.js';
import { type CompiledPacks, compilePacks } from '../core/rules/compile.js';
import { type Pack, PackSchema } from '../core/rules/pack-schema.js';
import { packageRoot } from './package-root.js';

export type LoadedPack = { readonly file: string; readonly pack: Pack };

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Reads and validates every rule pack (YAML) under the given folders; all problems at once. */
export async function loadPacks(dirs: readonly string[]): Promise<LoadedPack[]> {
  const loaded: LoadedPack[] = [];
  const issues: Issue[] = [];
  for (const dir of dirs) {
    for (const file of await yamlFiles(dir)) {
      const name = relative(process.cwd(), file);
      try {
        const result = PackSchema.safeParse(parseYaml(await readFile(file, 'utf8')));
        if (result.success) loaded.push({ file, pack: result.data });
        else
          for (const i of result.error.issues)
            issues.push({
              code: 'RULE_PACK_INVALID',
              path: [name, ...i.path.map(String)],
              params: { pack: name, detail: `${i.path.join('.')}: ${i.message}` },
            });
      } catch (error) {
        issues.push({ code: 'RULE_PACK_INVALID', path: [name], params: { pack: name, detail: error instanceof Error ? error.message : String(error) } });
      }
    }
  }
  if (issues.length > 0) throw new PisaError('RULE_PACK_INVALID', issues[0]?.params ?? {}, { issues });
  return loaded;
}

/** Loads and compiles packs; throws PisaError with every issue when any pack is wrong. */
export async function loadCompiledPacks(dirs: readonly string[]): Promise<CompiledPacks> {
  const loaded = await loadPacks(dirs);
  const result = compilePacks(loaded.map((l) => l.pack));
  if (!result.ok) throw new PisaError(result.issues[0]?.code ?? 'RULE_PACK_INVALID', result.issues[0]?.params ?? {}, { issues: result.issues });
  return result.compiled;
}

/** The packs shipped with PISA, under <repo>/rules. */
export const defaultRulesDir = (): string => join(packageRoot(), 'rules');
