import type { Command } from 'commander';
import { badInputFrom, type Outcome } from '../cli/outcome.js';
import { untilStopSignal } from '../io/stop-signals.js';
import { readConfig } from './config.js';
import { describeDemoAccounts, seedDemo, seedDemoDatasets } from './demo-seed.js';
import { loadKeys } from './keys.js';
import { loadLogKey } from './log-keys.js';
import { createTransport } from './mail.js';
import { loadReceiptKeys } from './receipt-keys.js';
import { scanPlatformOptions } from './scan-wiring.js';
import { securitySettings, sessionPolicy } from './security-settings.js';
import { createPlatform } from './wire.js';

type ServeOptions = { port?: string; host?: string; data?: string; demo?: boolean; rules: string[] };

/** Outbox messages that failed are retried this often (new ones are sent right away). */
const OUTBOX_RETRY_MS = 30_000;

async function serve(options: ServeOptions): Promise<Outcome> {
  const config = readConfig();
  const port = options.port === undefined ? config.PORT : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { kind: 'bad-input', reason: `--port must be 0-65535, got "${options.port}"`, issues: [] };
  const dataDir = options.data ?? config.PISA_DATA_DIR;
  const scanOptions = scanPlatformOptions(config, dataDir);
  const out = (text: string) => process.stdout.write(text);

  let platform: Awaited<ReturnType<typeof createPlatform>>;
  try {
    const keys = loadKeys(config, dataDir, config.DATABASE_URL !== undefined);
    if (keys.source.kind === 'file' && keys.source.created)
      out(`Generated the data key file ${keys.source.path} (mode 0600): back it up; without it the encrypted personal data cannot be read.\n`);
    for (const warning of keys.warnings) process.stderr.write(`pisa: warning: ${warning}\n`);
    const logKey = loadLogKey(config, dataDir, config.DATABASE_URL !== undefined);
    if (logKey.source.kind === 'file' && logKey.source.created)
      out(`Generated the transparency log key ${logKey.source.path} (mode 0600): back it up; the log's checkpoints are signed with it.\n`);
    for (const warning of logKey.warnings) process.stderr.write(`pisa: warning: ${warning}\n`);
    const receiptKeys = loadReceiptKeys({ pem: config.PISA_RECEIPT_KEY, file: config.PISA_RECEIPT_KEY_FILE, dataDir });
    if (receiptKeys.source.kind === 'file' && receiptKeys.source.created)
      out(`Generated the receipt signing key ${receiptKeys.source.path} (mode 0600): back it up; consent receipts are signed with it.\n`);
    const transport = createTransport(config, out);
    out(`Outgoing messages: ${transport.name === 'dev' ? 'printed here by the dev mailer (set PISA_SMTP_URL to send mail)' : transport.name}.\n`);
    platform = await createPlatform({
      databaseUrl: config.DATABASE_URL ?? null,
      dataDir,
      databaseThread: config.PISA_PGLITE_THREAD,
      rulesDirs: options.rules,
      logLevel: config.LOG_LEVEL,
      clock: { now: () => new Date() },
      keyring: keys.keyring,
      transport,
      security: securitySettings(config),
      sessionPolicy: sessionPolicy(config),
      onOutboxError: (error) => process.stderr.write(`pisa: outbox: ${error instanceof Error ? error.message : String(error)}\n`),
      logKey,
      receiptKeys,
      authCacheMs: config.PISA_AUTH_CACHE_MS,
      sequencer: { onError: (error) => process.stderr.write(`pisa: log sequencer: ${error instanceof Error ? error.message : String(error)}\n`) },
      scans: scanOptions,
      onScanError: (error) => process.stderr.write(`pisa: scan job: ${error instanceof Error ? error.message : String(error)}\n`),
    });
  } catch (error) {
    return badInputFrom(error);
  }
  if (options.demo) {
    const seeded = await seedDemo(platform);
    if (seeded.processors > 0) out(`Seeded ${seeded.processors} demo processors and ${seeded.accounts} demo accounts.\n`);
    const datasets = await seedDemoDatasets(scanOptions.datasetsDir);
    if (datasets.length > 0) out(`Demo datasets to scan (${datasets.join(', ')}) are in ${scanOptions.datasetsDir}.\n`);
    out(`${describeDemoAccounts()}\n`);
  }
  const retry = setInterval(() => void platform.outbox.drain(), OUTBOX_RETRY_MS);
  retry.unref();
  const address = await platform.app.listen({ port, host: options.host ?? config.HOST });
  const where = platform.database === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded PostgreSQL (PGlite) in ${dataDir}`;
  const url = address.replace('127.0.0.1', 'localhost');
  out(`PISA is running at ${url}  (API docs: ${url}/api/docs, database: ${where})\n`);
  out(`Transparency log: ${url}/log/checkpoint, verifier key ${platform.services.transparencyLog.vkey()}\n`);

  await untilStopSignal();
  clearInterval(retry);
  await platform.close();
  return { kind: 'clean' };
}

/** `pisa serve`: the platform (API and web) on the embedded database or DATABASE_URL. */
export function registerServe(program: Command, finish: (o: Outcome) => void): void {
  program
    .command('serve')
    .description('Run the PISA server (web UI and API)')
    .option('--port <port>', 'port to listen on (default: $PORT or 8080)')
    .option('--host <host>', 'address to bind (default: $HOST or 127.0.0.1)')
    .option('--data <dir>', 'folder of the embedded database (default: $PISA_DATA_DIR or ./.pisa-data; memory:// keeps nothing)')
    .option('--demo', 'seed demo processors and one demo account per role into an empty database')
    .option('--rules <dir>', 'an extra folder of rule packs; repeatable', (dir: string, all: string[]) => [...all, dir], [])
    .action(async (options: ServeOptions) => finish(await serve(options)));
}
