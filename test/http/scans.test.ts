import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScanFiles } from '../../src/io/scan/scan-files.js';
import { createInProcessQueue } from '../../src/jobs/in-process-queue.js';
import { systemActor } from '../../src/services/audit.js';
import type { ScanFiles } from '../../src/services/scan-ports.js';
import { tempDir } from '../scan-server/support.js';
import { buildTestContext, createTestAccount, expectError, type SessionHeaders, signIn, type TestContext } from './helper.js';

// The /api/scans routes end to end on PGlite with the in-process queue: starting a scan on a
// dataset or an upload, polling it to its result, listing, cancelling, and every bad input with
// its stable code. Access control and tenant isolation: test/security/scan-isolation.test.ts.

const USERS_CSV = 'name,phone,id_card\n张伟,13800138000,11010519491231002X\n王芳,13700137000,440308199901010012\n';
const LIMIT = 4096;
const SIZE = Buffer.byteLength(USERS_CSV);
const root = tempDir('scan-http');
const uploads = tempDir('scan-http-uploads');
const queue = createInProcessQueue((error) => {
  throw error;
});
let ctx: TestContext;
let owner: SessionHeaders;

beforeAll(async () => {
  mkdirSync(join(root, 'scan-http/exports'), { recursive: true });
  mkdirSync(join(root, 'elsewhere'), { recursive: true });
  writeFileSync(join(root, 'scan-http/exports/users.csv'), USERS_CSV);
  writeFileSync(join(root, 'scan-http/broken.csv'), USERS_CSV);
  writeFileSync(join(root, 'elsewhere/secret.csv'), USERS_CSV);
  symlinkSync(join(root, 'elsewhere'), join(root, 'scan-http/escape'));
  const real = createScanFiles({ datasetsDir: root, uploadsDir: uploads, offThread: false });
  // A disk that fails on one file: the scan must end as failed, with the reason.
  const files: ScanFiles = {
    ...real,
    scanChunk: (r, chunk) => (chunk.path === 'broken.csv' ? Promise.reject(new Error('read error on broken.csv')) : real.scanChunk(r, chunk)),
  };
  ctx = await buildTestContext({ scans: { files, queue, settings: { chunkBytes: 1 << 20, uploadLimit: LIMIT } } });
  const actor = systemActor();
  const organisation = await ctx.services.organisations.create({ name: 'Scan HTTP Org', slug: 'scan-http-org' }, actor);
  await ctx.services.processors.create({ name: 'Scan HTTP Co.', slug: 'scan-http', organisation_id: organisation.id }, actor);
  const account = await createTestAccount(ctx, { roles: [{ role: 'owner', organisationId: organisation.id }] });
  owner = await signIn(ctx.raw, account.email ?? '');
});

afterAll(async () => {
  await queue.stop();
  await ctx?.close();
});

const post = (url: string, payload: unknown) => ctx.raw.inject({ method: 'POST', url, headers: owner, payload: payload as Record<string, unknown> });
const get = (url: string) => ctx.raw.inject({ method: 'GET', url, headers: owner });
const upload = (query: string, body: string | Buffer, contentType = 'application/octet-stream') =>
  ctx.raw.inject({ method: 'POST', url: `/api/scans/uploads?${query}`, headers: { ...owner, 'content-type': contentType }, payload: body });

describe('while no worker runs', () => {
  it('queues a scan and cancels it once; a second cancel is SCAN_NOT_CANCELLABLE', async () => {
    const started = await post('/api/scans', { processor: 'scan-http', dataset: 'exports' });
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json()).toMatchObject({ status: 'queued', source: { kind: 'dataset', path: 'exports' }, result: null, declaration_version: null });
    const cancelled = await post(`/api/scans/${started.json().id}/cancel`, undefined);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expectError(await post(`/api/scans/${started.json().id}/cancel`, undefined), 409, 'SCAN_NOT_CANCELLABLE');
    const entries = await ctx.services.audit.list({ limit: 1000 });
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['scan.start', 'scan.cancel']));
  });

  it('deletes the upload of a cancelled scan', async () => {
    const started = await upload('processor=scan-http&name=users.csv', USERS_CSV);
    expect(started.statusCode, started.body).toBe(201);
    expect(existsSync(join(uploads, started.json().id, 'users.csv'))).toBe(true);
    await post(`/api/scans/${started.json().id}/cancel`, undefined);
    expect(existsSync(join(uploads, started.json().id))).toBe(false);
  });
});

describe('with a worker', () => {
  beforeAll(async () => {
    await queue.work((job) => ctx.services.scans.runJob(job), 1);
    await queue.idle();
  });

  it('lists the datasets of the processor folder', async () => {
    const response = await get('/api/scans/datasets?processor=scan-http');
    expect(response.json().datasets).toEqual([
      { path: 'broken.csv', kind: 'file', bytes: SIZE },
      { path: 'exports', kind: 'folder', bytes: 0 },
      { path: 'exports/users.csv', kind: 'file', bytes: SIZE },
    ]);
  });

  it('scans a dataset to its result: per column detector, counts, distinct counts, masked samples', async () => {
    const started = await post('/api/scans', { processor: 'scan-http', dataset: 'exports/users.csv' });
    await queue.idle();
    const done = await get(`/api/scans/${started.json().id}`);
    expect(done.json()).toMatchObject({ status: 'done', progress: { chunks_total: 1, chunks_done: 1, bytes_total: SIZE } });
    const findings = done.json().result.files[0].findings;
    expect(findings).toContainEqual(
      expect.objectContaining({ column: 'phone', detector: 'CN_MOBILE', count: 2, distinct: 2, samples: ['138****8000', '137****7000'], row_share: 1 }),
    );
    expect(JSON.stringify(done.json())).not.toContain('13800138000');
    const listed = await get('/api/scans?processor=scan-http');
    expect(listed.json().scans.find((scan: { id: string }) => scan.id === started.json().id)).toMatchObject({ status: 'done', result: null });
  });

  it('scans an upload and deletes it afterwards', async () => {
    const started = await upload('processor=scan-http&name=people.csv', USERS_CSV);
    await queue.idle();
    const done = await get(`/api/scans/${started.json().id}`);
    expect(done.json()).toMatchObject({ status: 'done', source: { kind: 'upload', name: 'people.csv', bytes: SIZE } });
    expect(done.json().result.files[0].file).toBe('people.csv');
    expect(readdirSync(uploads)).not.toContain(started.json().id);
  });

  it('ends a scan as failed, with the reason, when a chunk cannot be read', async () => {
    const started = await post('/api/scans', { processor: 'scan-http', dataset: 'broken.csv' });
    await queue.idle();
    expect((await get(`/api/scans/${started.json().id}`)).json()).toMatchObject({ status: 'failed', error: 'read error on broken.csv', result: null });
  });
});

describe('bad input', () => {
  it.each([
    ['../elsewhere', 'SCAN_PATH_INVALID'],
    ['/etc', 'SCAN_PATH_INVALID'],
    ['exports/../../elsewhere', 'SCAN_PATH_INVALID'],
    ['.hidden', 'SCAN_PATH_INVALID'],
    ['escape/secret.csv', 'SCAN_PATH_INVALID'],
  ])('refuses the dataset path %j with 400 %s', async (dataset, code) => {
    const body = expectError(await post('/api/scans', { processor: 'scan-http', dataset }), 400, code);
    expect(body.message.zh).toContain('数据集路径');
  });

  it('answers 404 for a dataset or processor that does not exist', async () => {
    expectError(await post('/api/scans', { processor: 'scan-http', dataset: 'nothing.csv' }), 404, 'NOT_FOUND');
    expectError(await post('/api/scans', { processor: 'no-such-processor', dataset: '' }), 404, 'NOT_FOUND');
    expectError(await get('/api/scans/6b0b8e4e-3f4a-4f5e-9a51-1c1f1f0f0f0f'), 404, 'NOT_FOUND');
  });

  it('validates the body and the query', async () => {
    expectError(await post('/api/scans', { processor: 'scan-http', dataset: '', extra: 1 }), 400, 'REQUEST_INVALID');
    expectError(await post('/api/scans', { processor: 'scan-http' }), 400, 'REQUEST_INVALID');
    // The policy looks the id up before validation: a malformed id is a scan nobody may see.
    expectError(await get('/api/scans/not-a-uuid!'), 404, 'NOT_FOUND');
  });

  it('refuses uploads that are too large, empty, mis-named or not sent as raw bytes', async () => {
    expectError(await upload('processor=scan-http&name=big.csv', Buffer.alloc(LIMIT + 1, 0x61)), 413, 'INPUT_TOO_LARGE');
    expectError(await upload('processor=scan-http&name=empty.csv', ''), 400, 'REQUEST_INVALID');
    expectError(await upload('processor=scan-http&name=..%2Fx.csv', USERS_CSV), 400, 'SCAN_PATH_INVALID');
    expectError(await upload('processor=scan-http', USERS_CSV), 400, 'REQUEST_INVALID');
    expectError(await upload('processor=scan-http&name=a.csv', JSON.stringify({ file: USERS_CSV }), 'application/json'), 400, 'REQUEST_INVALID');
    expect(readdirSync(uploads).every((id) => readdirSync(join(uploads, id)).length > 0)).toBe(true);
  });
});

describe('the OpenAPI document', () => {
  it('describes the scan routes', async () => {
    const paths = Object.keys((await ctx.raw.inject({ method: 'GET', url: '/api/openapi.json' })).json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/scans', '/api/scans/uploads', '/api/scans/datasets', '/api/scans/{id}', '/api/scans/{id}/cancel']));
  });
});
