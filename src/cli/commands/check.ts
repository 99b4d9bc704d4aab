import { type Command, Option } from 'commander';
import type { CompiledPacks } from '../../core/rules/compile.js';
import type { Lang } from '../formatters/table.js';
import type { Io, Outcome } from '../outcome.js';

export type CheckOptions = { format: 'json' | 'table' | 'sarif'; jurisdictions?: string; asOf?: string; rules: string[]; lang: Lang };
export type CheckContext = Io & {
  today: () => string;
  version: string;
  /** Loads and compiles the shipped packs plus extra folders; throws PisaError on a bad pack. */
  loadPacks: (extraDirs: readonly string[]) => Promise<CompiledPacks>;
};

/** `pisa check FILE`; the check itself (declaration parser, rule engine, formatters) is imported when it runs. */
export function registerCheck(program: Command, ctx: CheckContext, finish: (o: Outcome) => void): void {
  program
    .command('check')
    .description('Check a processing declaration (YAML or JSON) against the CN and US rule packs')
    .argument('<file>', 'declaration file, or - for standard input')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'table', 'sarif']).default('table'))
    .option('--jurisdictions <list>', "comma-separated jurisdictions to check, e.g. CN,US-CA (default: the declaration's own)")
    .option('--as-of <date>', 'evaluate the law in force on this date (YYYY-MM-DD; default: today)')
    .option('--rules <dir>', 'an extra folder of rule packs (local or self-regulatory); repeatable', (dir: string, all: string[]) => [...all, dir], [])
    .addOption(new Option('--lang <lang>', 'language of table output').choices(['en', 'zh']).default('en'))
    .action(async (file: string, options: CheckOptions) => finish(await (await import('./check-run.js')).runCheck(file, options, ctx)));
}
