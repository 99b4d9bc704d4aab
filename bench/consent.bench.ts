// `npm run bench:consent`: consent recordings per second and latency over HTTP on loopback
// (autocannon), on the embedded database and, when DATABASE_URL is set, on PostgreSQL; then how many
// receipts `pisa verify` checks per second. Each run starts `pisa serve --demo` on a fresh database
// and posts widget consents (one decision each, a new subject per request) for the demo shop:
// as fast as 64 autocannon connections go, then evenly paced at 500/s (bench/paced-load.ts).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { pacedLoad, percentileMs } from './paced-load.js';
import { generateVerifyCorpus } from './receipts-corpus.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WIDGET_KEY = 'pisa_demo-widget-key-for-the-sample-shop-0000000';
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 15);

type Server = { process: ChildProcess; base: string; stop(): Promise<void> };

/** A fresh PostgreSQL database beside DATABASE_URL's, so --demo seeds it; dropped afterwards. */
async function freshPostgres(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `pisa_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return {
    url: fresh.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

async function startServer(database: 'pglite' | 'postgres', port: number): Promise<Server> {
  const data = mkdtempSync(join(tmpdir(), 'pisa-bench-consent-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PISA_RATE_LIMIT: '100000000', LOG_LEVEL: 'warn' };
  const pgDatabase = database === 'postgres' ? await freshPostgres(process.env['DATABASE_URL'] as string) : null;
  if (pgDatabase === null) delete env['DATABASE_URL'];
  else env['DATABASE_URL'] = pgDatabase.url;
  const child = spawn(process.execPath, ['bin/pisa.js', 'serve', '--demo', '--port', String(port), '--data', data], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output}`);
    try {
      if ((await fetch(`${base}/api/processors/shopping/notice`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    process: child,
    base,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      await pgDatabase?.drop();
      rmSync(data, { recursive: true, force: true });
    },
  };
}

async function load(base: string, options: { connections: number }): Promise<autocannon.Result> {
  const notice = (await (await fetch(`${base}/api/processors/shopping/notice`)).json()) as { notice: { content_hash: string } };
  let n = 0;
  return autocannon({
    url: `${base}/api/processors/shopping/consents`,
    method: 'POST',
    connections: options.connections,
    duration: SECONDS,
    headers: { authorization: `Bearer ${WIDGET_KEY}`, 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => {
          n += 1;
          const action = n % 3 === 0 ? 'refuse' : 'grant';
          return {
            ...request,
            body: JSON.stringify({
              notice_hash: notice.notice.content_hash,
              subject: `bench-${n}`,
              method: 'widget',
              decisions: [{ purpose: 'newsletter', action }],
            }),
          };
        },
      },
    ],
  });
}

const row = (label: string, r: autocannon.Result) =>
  `| ${label} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r['2xx']} | ${r.non2xx + r.errors + r.timeouts} |`;

/** An evenly paced, open-loop load (bench/paced-load.ts): latency from each request's due time. */
async function paced(base: string, rate: number): Promise<string> {
  const notice = (await (await fetch(`${base}/api/processors/shopping/notice`)).json()) as { notice: { content_hash: string } };
  const result = await pacedLoad({
    url: `${base}/api/processors/shopping/consents`,
    rate,
    seconds: SECONDS,
    connections: 64,
    headers: { authorization: `Bearer ${WIDGET_KEY}`, 'content-type': 'application/json' },
    body: (n) =>
      JSON.stringify({
        notice_hash: notice.notice.content_hash,
        subject: `paced-${n}`,
        method: 'widget',
        decisions: [{ purpose: 'newsletter', action: n % 3 === 0 ? 'refuse' : 'grant' }],
      }),
  });
  const ms = (p: number) => percentileMs(result.latenciesMs, p).toFixed(1);
  return `${(result.ok / SECONDS).toFixed(0)} | ${ms(50)} | ${ms(99)} | ${result.ok} | ${result.failed} |`;
}

async function measureDatabase(database: 'pglite' | 'postgres', port: number): Promise<string[]> {
  const server = await startServer(database, port);
  try {
    await load(server.base, { connections: 8 }); // warm-up (JIT, caches); not reported
    const max = await load(server.base, { connections: 64 });
    const evenly = await paced(server.base, 500);
    const checkpoint = await (await fetch(`${server.base}/log/checkpoint`)).text();
    return [
      row(`${database}: as fast as possible (64 connections)`, max),
      `| ${database}: paced at 500 req/s (evenly, open loop) | ${evenly}`,
      `<!-- log after the runs: ${checkpoint.split('\n')[1]} entries -->`,
    ];
  } finally {
    await server.stop();
  }
}

function measureVerify(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pisa-bench-verify-'));
  try {
    const count = Number(process.env['BENCH_RECEIPTS'] ?? 20_000);
    const corpus = generateVerifyCorpus(count);
    const file = join(dir, 'receipts.jsonl');
    writeFileSync(file, corpus.receipts.map((r) => JSON.stringify(r)).join('\n'));
    writeFileSync(join(dir, 'vkey'), corpus.vkey);
    writeFileSync(join(dir, 'jwks.json'), JSON.stringify(corpus.jwks));
    const args = ['bin/pisa.js', 'verify', '--vkey', join(dir, 'vkey'), '--jwks', join(dir, 'jwks.json'), '--format', 'json'];
    const time = (files: string[]) => {
      const started = process.hrtime.bigint();
      const result = spawnSync(process.execPath, [...args, ...files], { cwd: ROOT, maxBuffer: 1 << 30 });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (result.status !== 0) throw new Error(`pisa verify failed (${result.status}): ${result.stderr.toString().slice(0, 500)}`);
      return seconds;
    };
    writeFileSync(join(dir, 'one.jsonl'), JSON.stringify(corpus.receipts[0]));
    const startup = Math.min(time([join(dir, 'one.jsonl')]), time([join(dir, 'one.jsonl')]), time([join(dir, 'one.jsonl')]));
    const total = Math.min(time([file]), time([file]), time([file]));
    return `| \`pisa verify\` ${count} receipts (JSON Lines, pinned keys) | ${(count / total).toFixed(0)} receipts/s whole command; ${(count / (total - startup)).toFixed(0)}/s after start-up (${startup.toFixed(2)} s) |`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const lines = [
  `Machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}; ${SECONDS} s per run; autocannon in the same machine.`,
  '',
  '| Run | requests/s | p50 ms | p99 ms | 2xx | errors |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...(await measureDatabase('pglite', 18_000 + Math.floor(Math.random() * 1000))),
];
if (process.env['DATABASE_URL']) lines.push(...(await measureDatabase('postgres', 19_000 + Math.floor(Math.random() * 1000))));
else lines.push('<!-- PostgreSQL skipped: DATABASE_URL is not set -->');
lines.push('', '| Verification | result |', '| --- | --- |', measureVerify());
process.stdout.write(`${lines.join('\n')}\n`);
