import type { Command } from 'commander';
import { isPisaError } from '../../core/errors/pisa-error.js';
import type { KeyUsage, RotationReport } from '../../services/key-rotation.js';
import { badInputFrom, type Io, type Outcome } from '../outcome.js';

/** What `pisa keys` needs, opened by main (configuration, key file, database). */
export type KeyAdmin = {
  /** Where the keys come from ("key file /path", "PISA_DATA_KEY"), the active key and every key id. */
  readonly source: string;
  readonly active: string;
  readonly keyIds: readonly string[];
  /** The index key that makes new blind indexes, and every configured one. */
  readonly activeIndex: string;
  readonly indexKeyIds: readonly string[];
  usage(): Promise<KeyUsage>;
  indexUsage(): Promise<KeyUsage>;
  /**
   * Adds a new active data key and index key when the keys live in a file, then re-encrypts and
   * re-indexes; returns the new keys' ids (or null) and the report.
   */
  rotate(): Promise<{ added: { dataKey: string; indexKey: string } | null; report: RotationReport }>;
  close(): Promise<void>;
};

export type KeysContext = Io & {
  openKeyAdmin(options: { data?: string | undefined }): Promise<KeyAdmin>;
  /** A fresh "id:base64" data key and "id:base64" index key, for PISA_DATA_KEY / PISA_INDEX_KEY. */
  newKeyMaterial(): { dataKey: string; indexKey: string };
};

const formatUsage = (usage: KeyUsage, none = '(no encrypted values yet)'): string =>
  Object.keys(usage).length === 0
    ? `  ${none}\n`
    : Object.entries(usage)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id, n]) => `  ${id}: ${n} value(s)\n`)
        .join('');

async function withAdmin(ctx: KeysContext, data: string | undefined, run: (admin: KeyAdmin) => Promise<void>): Promise<Outcome> {
  let admin: KeyAdmin;
  try {
    admin = await ctx.openKeyAdmin({ data });
  } catch (error) {
    // Configuration and key-file problems: their messages name the setting, never a key.
    if (isPisaError(error)) return badInputFrom(error);
    return { kind: 'bad-input', reason: error instanceof Error ? error.message : String(error), issues: [] };
  }
  try {
    await run(admin);
    return { kind: 'clean' };
  } finally {
    await admin.close();
  }
}

/** `pisa keys status|rotate|generate`: the data keys that protect personal information at rest. */
export function registerKeys(program: Command, ctx: KeysContext, finish: (o: Outcome) => void): void {
  const keys = program.command('keys').description('Data keys protecting personal information at rest (docs/security.md)');
  keys
    .command('status')
    .description('Show where the keys come from and how many encrypted values each protects')
    .option('--data <dir>', 'folder of the embedded database (default: $PISA_DATA_DIR or ./.pisa-data)')
    .action(async (options: { data?: string }) =>
      finish(
        await withAdmin(ctx, options.data, async (admin) => {
          ctx.stdout(
            `keys: ${admin.source}\nactive key: ${admin.active}\nconfigured: ${admin.keyIds.join(', ')}\nencrypted values by key:\n${formatUsage(await admin.usage())}` +
              `active index key: ${admin.activeIndex}\nconfigured index keys: ${admin.indexKeyIds.join(', ')}\nblind indexes by key:\n${formatUsage(await admin.indexUsage(), '(no blind indexes yet)')}`,
          );
        }),
      ),
    );
  keys
    .command('rotate')
    .description('Add a new active key (key file) and re-encrypt every value under the active key; stop the server first')
    .option('--data <dir>', 'folder of the embedded database (default: $PISA_DATA_DIR or ./.pisa-data)')
    .action(async (options: { data?: string }) =>
      finish(
        await withAdmin(ctx, options.data, async (admin) => {
          const { added, report } = await admin.rotate();
          if (added) ctx.stdout(`added key ${added.dataKey} and index key ${added.indexKey} to ${admin.source}\n`);
          ctx.stdout(`re-encrypted ${report.reencrypted} value(s) under ${report.active_key}\nencrypted values by key:\n${formatUsage(report.after)}`);
          ctx.stdout(
            `re-indexed ${report.reindexed} blind index(es) under ${report.active_index_key}\nblind indexes by key:\n${formatUsage(report.index_after, '(no blind indexes yet)')}`,
          );
          if (report.unreadable > 0)
            ctx.stderr(`pisa: ${report.unreadable} value(s) could not be decrypted with the configured keys and were left as they are\n`);
          const retired = admin.keyIds.filter((id) => id !== report.active_key && !(id in report.after));
          if (retired.length > 0) ctx.stdout(`no value uses ${retired.join(', ')} any more: keep them until backups made before now have expired\n`);
          const oldIndexKeys = admin.indexKeyIds.filter((id) => id !== report.active_index_key);
          if (oldIndexKeys.length > 0)
            ctx.stdout(
              `keep index key(s) ${oldIndexKeys.join(', ')} configured until invitations (7 days) and codes sent before now have expired; lookups try every configured index key\n`,
            );
        }),
      ),
    );
  keys
    .command('generate')
    .description('Print a new data key and index key for PISA_DATA_KEY / PISA_INDEX_KEY (nothing is stored)')
    .action(() => {
      const { dataKey, indexKey } = ctx.newKeyMaterial();
      ctx.stdout(`PISA_DATA_KEY=${dataKey}\nPISA_INDEX_KEY=${indexKey}\n`);
      finish({ kind: 'clean' });
    });
}
