import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { AppServices } from '../http/app.js';
import { packageRoot } from '../io/package-root.js';

/**
 * Demo data for `pisa serve --demo`: each declaration in examples/demo becomes a processor with
 * one declaration version and one evaluation. Runs only on an empty database, so restarting keeps
 * what users changed.
 */
export async function seedDemo(services: AppServices): Promise<number> {
  if ((await services.processors.list()).length > 0) return 0;
  const dir = join(packageRoot(), 'examples/demo');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();
  for (const file of files) {
    const source = await readFile(join(dir, file), 'utf8');
    const name = /^\s*name:\s*(.+)$/m.exec(source)?.[1]?.trim() ?? basename(file, '.yaml');
    const processor = await services.processors.create({ name, slug: basename(file, '.yaml') });
    const imported = await services.declarations.importText(processor.id, { source, format: 'yaml' });
    if (!imported.ok) throw new Error(`demo declaration ${file} is invalid: ${JSON.stringify(imported.issues[0])}`);
    await services.evaluations.evaluate(processor.id, {});
  }
  return files.length;
}
