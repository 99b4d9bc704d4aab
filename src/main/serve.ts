import type { Command } from 'commander';
import { badInputFrom, type Outcome } from '../cli/outcome.js';
import { readConfig } from './config.js';
import { seedDemo } from './demo-seed.js';
import { createPlatform } from './wire.js';

type ServeOptions = { port?: string; host?: string; data?: string; demo?: boolean; rules: string[] };

async function serve(options: ServeOptions): Promise<Outcome> {
  const config = readConfig();
  const port = options.port === undefined ? config.PORT : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { kind: 'bad-input', reason: `--port must be 0-65535, got "${options.port}"`, issues: [] };
  const dataDir = options.data ?? config.PISA_DATA_DIR;

  let platform: Awaited<ReturnType<typeof createPlatform>>;
  try {
    platform = await createPlatform({
      databaseUrl: config.DATABASE_URL ?? null,
      dataDir,
      rulesDirs: options.rules,
      logLevel: config.LOG_LEVEL,
      clock: { now: () => new Date() },
    });
  } catch (error) {
    return badInputFrom(error);
  }
  if (options.demo) {
    const seeded = await seedDemo(platform.services);
    if (seeded > 0) process.stdout.write(`Seeded ${seeded} demo processors.\n`);
  }
  const address = await platform.app.listen({ port, host: options.host ?? config.HOST });
  const where = platform.database === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded PostgreSQL (PGlite) in ${dataDir}`;
  const url = address.replace('127.0.0.1', 'localhost');
  process.stdout.write(`PISA is running at ${url}  (API docs: ${url}/api/docs, database: ${where})\n`);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
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
    .option('--demo', 'seed demo processors into an empty database')
    .option('--rules <dir>', 'an extra folder of rule packs; repeatable', (dir: string, all: string[]) => [...all, dir], [])
    .action(async (options: ServeOptions) => finish(await serve(options)));
}
