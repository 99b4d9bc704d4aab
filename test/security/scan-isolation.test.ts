import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_SCOPES } from '../../src/core/auth/roles.js';
import { createScanFiles } from '../../src/io/scan/scan-files.js';
import { createInProcessQueue } from '../../src/jobs/in-process-queue.js';
import { systemActor } from '../../src/services/audit.js';
import { buildTestContext, createTestAccount, expectError, type SessionHeaders, signIn, type TestContext } from '../http/helper.js';
import { tempDir } from '../scan-server/support.js';

// Tenant isolation of server scans, as for the other tenant records: a processor's people and
// keys start, read, list and cancel only their own processors' scans, and another tenant's scan
// answers exactly like one that does not exist. Association auditors scan any processor; admins
// read; the regulator and other staff do not see scans.

const CSV = 'phone\n13800138000\n';
const root = tempDir('scan-iso');
const uploads = tempDir('scan-iso-uploads');
const queue = createInProcessQueue((error) => {
  throw error;
});
let ctx: TestContext;

type Tenant = { slug: string; scanId: string; owner: SessionHeaders; key: string; readOnlyKey: string };
let a: Tenant;
let b: Tenant;
let auditor: SessionHeaders;
let admin: SessionHeaders;
let regulator: SessionHeaders;
let caseOfficer: SessionHeaders;

async function tenant(label: string): Promise<Tenant> {
  const actor = systemActor();
  const slug = `iso-${label}`;
  mkdirSync(join(root, slug), { recursive: true });
  writeFileSync(join(root, slug, 'users.csv'), CSV);
  const organisation = await ctx.services.organisations.create({ name: `Iso ${label}`, slug: `iso-org-${label}` }, actor);
  await ctx.services.processors.create({ name: `Iso ${label}`, slug, organisation_id: organisation.id }, actor);
  const scan = await ctx.services.scans.startDataset({ processor: slug, dataset: '' }, actor);
  const key = await ctx.services.apiKeys.create(organisation.id, { name: 'all', scopes: [...API_SCOPES] }, actor);
  const readOnly = await ctx.services.apiKeys.create(organisation.id, { name: 'no scans', scopes: ['processors:read', 'evaluations:read'] }, actor);
  const account = await createTestAccount(ctx, { roles: [{ role: 'owner', organisationId: organisation.id }] });
  return { slug, scanId: scan.id, owner: await signIn(ctx.raw, account.email ?? ''), key: key.key, readOnlyKey: readOnly.key };
}

const staff = async (role: 'auditor' | 'admin' | 'regulator' | 'case_officer') =>
  signIn(ctx.raw, (await createTestAccount(ctx, { roles: [{ role }], totp: true })).email ?? '', { totp: true });

beforeAll(async () => {
  ctx = await buildTestContext({
    scans: {
      files: createScanFiles({ datasetsDir: root, uploadsDir: uploads, offThread: false }),
      queue,
      settings: { chunkBytes: 1 << 20, uploadLimit: 1 << 20 },
    },
  });
  await queue.work((job) => ctx.services.scans.runJob(job), 1);
  a = await tenant('a');
  b = await tenant('b');
  [auditor, admin, regulator, caseOfficer] = await Promise.all([staff('auditor'), staff('admin'), staff('regulator'), staff('case_officer')]);
  await queue.idle();
});

afterAll(async () => {
  await queue.stop();
  await ctx?.close();
});

type Caller = SessionHeaders | { authorization: string };
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const call = (headers: Caller, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
  ctx.raw.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
const withoutRequestId = (response: LightMyRequestResponse) => ({ ...response.json(), request_id: '' });

describe("a processor's member", () => {
  it("lists only its own processors' scans", async () => {
    const listed = await call(a.owner, 'GET', '/api/scans');
    expect(listed.json().scans.map((s: { id: string }) => s.id)).toEqual([a.scanId]);
  });

  it("cannot read, cancel, list or start scans of another tenant's processor, and is told it does not exist", async () => {
    const missingScan = randomUUID();
    const pairs: [() => Promise<LightMyRequestResponse>, () => Promise<LightMyRequestResponse>][] = [
      [() => call(a.owner, 'GET', `/api/scans/${b.scanId}`), () => call(a.owner, 'GET', `/api/scans/${missingScan}`)],
      [() => call(a.owner, 'POST', `/api/scans/${b.scanId}/cancel`), () => call(a.owner, 'POST', `/api/scans/${missingScan}/cancel`)],
      [
        () => call(a.owner, 'POST', '/api/scans', { processor: b.slug, dataset: '' }),
        () => call(a.owner, 'POST', '/api/scans', { processor: 'iso-zz', dataset: '' }),
      ],
      [() => call(a.owner, 'GET', `/api/scans/datasets?processor=${b.slug}`), () => call(a.owner, 'GET', '/api/scans/datasets?processor=iso-zz')],
      [() => call(a.owner, 'GET', `/api/scans?processor=${b.slug}`), () => call(a.owner, 'GET', '/api/scans?processor=iso-zz')],
    ];
    for (const [foreign, missing] of pairs) {
      const [f, m] = [await foreign(), await missing()];
      expectError(f, 404, 'NOT_FOUND');
      expect(withoutRequestId(f).code).toBe(withoutRequestId(m).code);
      expect(withoutRequestId(f).statusCode).toBe(withoutRequestId(m).statusCode);
    }
    expect((await ctx.services.scans.get(b.scanId)).status).toBe('done');
  });

  it("cannot upload a file into another tenant's processor (nothing is written)", async () => {
    const before = readdirSync(uploads).length;
    const response = await ctx.raw.inject({
      method: 'POST',
      url: `/api/scans/uploads?processor=${b.slug}&name=x.csv`,
      headers: { ...a.owner, 'content-type': 'application/octet-stream' },
      payload: CSV,
    });
    expectError(response, 404, 'NOT_FOUND');
    expect(readdirSync(uploads).length).toBe(before);
  });
});

describe("a processor's API key", () => {
  it('with the scans scopes works on its own processor only', async () => {
    expect((await call(bearer(a.key), 'POST', '/api/scans', { processor: a.slug, dataset: 'users.csv' })).statusCode).toBe(201);
    expectError(await call(bearer(a.key), 'POST', '/api/scans', { processor: b.slug, dataset: 'users.csv' }), 404, 'NOT_FOUND');
    expectError(await call(bearer(a.key), 'GET', `/api/scans/${b.scanId}`), 404, 'NOT_FOUND');
    await queue.idle();
  });

  it('without the scans scopes is forbidden', async () => {
    expectError(await call(bearer(a.readOnlyKey), 'GET', '/api/scans'), 403, 'FORBIDDEN');
    expectError(await call(bearer(a.readOnlyKey), 'POST', '/api/scans', { processor: a.slug, dataset: '' }), 403, 'FORBIDDEN');
  });
});

describe('Association staff and the regulator', () => {
  it('auditors list, read and start scans of any processor', async () => {
    const listed = (await call(auditor, 'GET', '/api/scans')).json().scans.map((s: { id: string }) => s.id);
    expect(listed).toEqual(expect.arrayContaining([a.scanId, b.scanId]));
    expect((await call(auditor, 'GET', `/api/scans/${b.scanId}`)).json().status).toBe('done');
    expect((await call(auditor, 'POST', '/api/scans', { processor: b.slug, dataset: '' })).statusCode).toBe(201);
    await queue.idle();
  });

  it('admins read scans but do not start them', async () => {
    expect((await call(admin, 'GET', `/api/scans/${a.scanId}`)).statusCode).toBe(200);
    expectError(await call(admin, 'POST', '/api/scans', { processor: a.slug, dataset: '' }), 403, 'FORBIDDEN');
  });

  it('the regulator and case officers do not see scans', async () => {
    for (const who of [regulator, caseOfficer]) {
      expectError(await call(who, 'GET', '/api/scans'), 403, 'FORBIDDEN');
      expectError(await call(who, 'GET', `/api/scans/${a.scanId}`), 403, 'FORBIDDEN');
      expectError(await call(who, 'POST', '/api/scans', { processor: a.slug, dataset: '' }), 403, 'FORBIDDEN');
    }
  });
});
