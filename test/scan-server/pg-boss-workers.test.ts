import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newKeyMaterial, parseKeyringSpec } from '../../src/core/crypto/keyring.js';
import { createPlatform, type Platform } from '../../src/main/wire.js';
import { systemActor } from '../../src/services/audit.js';
import { createDevTransport } from '../../src/services/dev-transport.js';
import type { ScanRecord } from '../../src/services/scan-ports.js';
import { REPO, runPisa } from '../scan-cli/run-pisa.js';
import { DECLARATION_YAML, expectSameAsReference, type Reference, referenceScan, tempDir, uniqueSlug, writeMixedDataset } from './support.js';

// The same merge through pg-boss on PostgreSQL, with real `pisa worker` processes (the built
// bin) doing the planning and the chunks while the server only enqueues. CI always sets
// DATABASE_URL; without it (a laptop) the file checks that the worker refuses to start.

const url = process.env['DATABASE_URL'];
const isCi = Boolean(process.env['CI']);
const CHUNK_BYTES = 24 * 1024;

function startWorker(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['bin/pisa.js', 'worker', '--concurrency', '1'], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`pisa worker did not start:\n${output}`)), 60_000);
    const check = setInterval(() => {
      if (output.includes('scanning chunks')) {
        clearInterval(check);
        clearTimeout(timer);
        resolve({ child, output: () => output });
      } else if (child.exitCode !== null) {
        clearInterval(check);
        clearTimeout(timer);
        reject(new Error(`pisa worker exited with ${child.exitCode}:\n${output}`));
      }
    }, 100);
  });
}

if (url) {
  describe('a server scan through pg-boss, processed by pisa worker processes', () => {
    const root = tempDir('scan-pgboss');
    const dataDir = tempDir('scan-pgboss-data');
    const slug = uniqueSlug('pgboss-co');
    const dataKey = `k1:${newKeyMaterial()}`;
    const indexKey = `i1:${newKeyMaterial()}`;
    const env = { ...process.env, DATABASE_URL: url, PISA_DATA_KEY: dataKey, PISA_INDEX_KEY: indexKey, PISA_DATASETS_DIR: root, PISA_DATA_DIR: dataDir };
    let platform: Platform;
    let reference: Reference;
    let declarationFile = '';

    beforeAll(async () => {
      const dir = writeMixedDataset(root, slug, 240 * 1024);
      declarationFile = join(tempDir('scan-pgboss-decl'), 'declaration.yaml');
      writeFileSync(declarationFile, DECLARATION_YAML);
      reference = await referenceScan(dir, declarationFile);
      platform = await createPlatform({
        databaseUrl: url,
        dataDir,
        rulesDirs: [],
        logLevel: 'silent',
        clock: { now: () => new Date() },
        keyring: parseKeyringSpec(dataKey, indexKey),
        transport: createDevTransport(() => {}),
        scans: {
          datasetsDir: root,
          uploadsDir: join(dataDir, 'scan-uploads'),
          settings: { chunkBytes: CHUNK_BYTES, uploadLimit: 1 << 20 },
          workers: 0,
          offThread: true,
        },
      });
      const actor = systemActor();
      const organisation = await platform.services.organisations.create({ name: 'pg-boss Org', slug: uniqueSlug('pgboss-org') }, actor);
      await platform.services.processors.create({ name: 'pg-boss Co.', slug, organisation_id: organisation.id }, actor);
      await platform.services.declarations.importText(slug, { source: DECLARATION_YAML }, actor);
    }, 180_000);

    afterAll(async () => platform?.close());

    async function scanUntilDone(): Promise<ScanRecord> {
      const started = await platform.services.scans.startDataset({ processor: slug, dataset: '' }, systemActor());
      const deadline = Date.now() + 150_000;
      for (;;) {
        const scan = await platform.services.scans.get(started.id);
        if (scan.status === 'done' || scan.status === 'failed') return scan;
        if (Date.now() > deadline) throw new Error(`scan still ${scan.status} (${scan.progress.chunks_done}/${scan.progress.chunks_total})`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }

    it.each([1, 3])(
      'with %i worker process(es) stores the same result as pisa scan on the same data',
      async (count) => {
        const workers = await Promise.all(Array.from({ length: count }, () => startWorker(env)));
        try {
          const scan = await scanUntilDone();
          expect(scan.error).toBeNull();
          expect(scan.status).toBe('done');
          expect(scan.progress.chunks_total).toBeGreaterThanOrEqual(20);
          expect(scan.progress.chunks_done).toBe(scan.progress.chunks_total);
          expectSameAsReference(scan.result as NonNullable<ScanRecord['result']>, reference, declarationFile);
        } finally {
          for (const { child } of workers) child.kill('SIGTERM');
          const codes = await Promise.all(workers.map(async ({ child }) => (child.exitCode ?? (await once(child, 'exit'))[0]) as number | null));
          expect(codes).toEqual(workers.map(() => 0));
        }
      },
      200_000,
    );
  });
} else if (isCi) {
  describe('pg-boss workers', () => {
    it('need DATABASE_URL in CI', () => {
      expect.fail('DATABASE_URL is not set: CI must provide PostgreSQL for test/scan-server/pg-boss-workers.test.ts');
    });
  });
} else {
  console.warn('test/scan-server/pg-boss-workers.test.ts: DATABASE_URL is not set; only the refusal of pisa worker is checked');
  describe('pisa worker without PostgreSQL', () => {
    it('refuses to start (exit 2, one line): the embedded database runs scans inside pisa serve', async () => {
      const env = { ...process.env };
      delete env['DATABASE_URL'];
      const result = await runPisa(['worker'], { env });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^pisa: pisa worker needs DATABASE_URL/);
    });
  });
}
