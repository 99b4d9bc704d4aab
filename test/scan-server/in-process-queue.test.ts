import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/core/scan-report/scan-result.js';
import { createScanFiles } from '../../src/io/scan/scan-files.js';
import { createInProcessQueue } from '../../src/jobs/in-process-queue.js';
import { systemActor } from '../../src/services/audit.js';
import { buildTestContext, createTestAccount, signIn, type TestContext } from '../http/helper.js';
import { DECLARATION_YAML, expectSameAsReference, type Reference, referenceScan, tempDir, uniqueSlug, writeMixedDataset } from './support.js';

// A server scan split into many chunks, run through the queue the embedded database uses (the
// same job encoding and handler as pg-boss), must store exactly what `pisa scan` prints for the
// same files: counts, distinct counts, masked samples, share of rows, the criminal-law assessment
// and the comparison with the declaration.

const CHUNK_BYTES = 24 * 1024;
const root = tempDir('scan-merge');
const slug = uniqueSlug('merge-co');
let dir = '';
let declarationFile = '';
let reference: Reference;

beforeAll(async () => {
  dir = writeMixedDataset(root, slug, 360 * 1024);
  declarationFile = join(tempDir('scan-merge-decl'), 'declaration.yaml');
  writeFileSync(declarationFile, DECLARATION_YAML);
  reference = await referenceScan(dir, declarationFile);
}, 120_000);

async function scanWithWorkers(workers: number): Promise<{ result: ScanResult; chunks: number; ctx: TestContext }> {
  const queue = createInProcessQueue((error) => {
    throw error;
  });
  const files = createScanFiles({ datasetsDir: root, uploadsDir: tempDir('scan-merge-uploads'), offThread: false });
  const ctx = await buildTestContext({ scans: { files, queue, settings: { chunkBytes: CHUNK_BYTES, uploadLimit: 1024 * 1024 } } });
  await queue.work((job) => ctx.services.scans.runJob(job), workers);
  const actor = systemActor();
  const organisation = await ctx.services.organisations.create({ name: 'Merge Org', slug: uniqueSlug('merge-org') }, actor);
  await ctx.services.processors.create({ name: 'Merge Co.', slug, organisation_id: organisation.id }, actor);
  await ctx.services.declarations.importText(slug, { source: DECLARATION_YAML }, actor);
  const owner = await createTestAccount(ctx, { roles: [{ role: 'owner', organisationId: organisation.id }] });
  const session = await signIn(ctx.raw, owner.email ?? '');
  const started = await ctx.raw.inject({ method: 'POST', url: '/api/scans', headers: session, payload: { processor: slug, dataset: '' } });
  expect(started.statusCode, started.body).toBe(201);
  await queue.idle();
  const done = await ctx.raw.inject({ method: 'GET', url: `/api/scans/${started.json().id}`, headers: session });
  expect(done.json()).toMatchObject({ status: 'done', error: null, declaration_version: 1 });
  await queue.stop();
  return { result: done.json().result, chunks: done.json().progress.chunks_total, ctx };
}

describe.each([1, 3])('a server scan through the in-process queue with %i worker(s)', (workers) => {
  let outcome: Awaited<ReturnType<typeof scanWithWorkers>>;
  beforeAll(async () => {
    outcome = await scanWithWorkers(workers);
  }, 120_000);
  afterAll(async () => outcome?.ctx.close());

  it('cuts the dataset into many chunks', () => {
    // 14 files: 11 small ones are one chunk each, the generated 360 KiB make at least 15 more.
    expect(outcome.chunks).toBeGreaterThanOrEqual(26);
  });

  it('stores the same summary, assessment and declaration comparison as pisa scan on the same data', () => {
    expectSameAsReference(outcome.result, reference, declarationFile);
    expect(outcome.result.files.map((f) => f.file)).toContain('fixtures/users.csv');
    expect(outcome.result.assessment.serious).toBe(true);
    expect(outcome.result.against?.undeclared.length).toBeGreaterThan(0);
  });

  it('keeps no per-chunk partial once merged', async () => {
    const rows = await outcome.ctx.db.execute('select count(*)::int as n from scan_chunks where tally_enc is not null');
    expect((rows as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(0);
  });
});
