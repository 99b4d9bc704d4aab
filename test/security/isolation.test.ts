import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_SCOPES } from '../../src/core/auth/roles.js';
import { systemActor } from '../../src/services/audit.js';
import { createTestAccount, DECLARATION_YAML, expectError, type SessionHeaders, setupTestContext, signIn } from '../http/helper.js';

// Tenant isolation, resource by resource: organisation A's people and keys must not read or
// change organisation B's records by guessing ids or slugs, and must get the same answer as
// for records that do not exist. Staff see what their role allows; the regulator only reads.

const ctx = setupTestContext();
const raw = () => ctx().raw;

type Tenant = {
  organisation: { id: string; slug: string };
  processor: { id: string; slug: string };
  evaluationId: string;
  apiKey: { id: string; key: string };
  owner: SessionHeaders;
  ownerMembershipId: string;
};

let a: Tenant;
let b: Tenant;
let person: SessionHeaders;
let auditor: SessionHeaders;
let regulator: SessionHeaders;

async function tenant(label: string): Promise<Tenant> {
  const { services, stores } = ctx();
  const actor = systemActor();
  const organisation = await services.organisations.create({ name: `Org ${label}`, slug: `org-${label}` }, actor);
  const processor = await services.processors.create({ name: `Processor ${label}`, slug: `proc-${label}`, organisation_id: organisation.id }, actor);
  await services.declarations.importText(processor.id, { source: DECLARATION_YAML }, actor);
  const evaluation = await services.evaluations.evaluate(processor.id, {}, actor);
  const created = await services.apiKeys.create(organisation.id, { name: `key ${label}`, scopes: [...API_SCOPES] }, actor);
  const owner = await createTestAccount(ctx(), { roles: [{ role: 'owner', organisationId: organisation.id }] });
  const membership = (await stores.memberships.listForAccount(owner.id))[0];
  return {
    organisation,
    processor,
    evaluationId: evaluation.id,
    apiKey: { id: created.record.id, key: created.key },
    owner: await signIn(raw(), owner.email ?? ''),
    ownerMembershipId: membership?.id ?? '',
  };
}

beforeAll(async () => {
  a = await tenant('a');
  b = await tenant('b');
  person = await signIn(raw(), (await createTestAccount(ctx(), {})).email ?? '');
  auditor = await signIn(raw(), (await createTestAccount(ctx(), { roles: [{ role: 'auditor' }], totp: true })).email ?? '', { totp: true });
  regulator = await signIn(raw(), (await createTestAccount(ctx(), { roles: [{ role: 'regulator' }], totp: true })).email ?? '', { totp: true });
});

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const withoutRequestId = (response: LightMyRequestResponse) => ({ ...response.json(), request_id: '' });

/** Every way of naming B's records that A might try. */
const readsOfB = (): string[] => [
  `/api/processors/${b.processor.id}`,
  `/api/processors/${b.processor.slug}`,
  `/api/processors/${b.processor.id}/declarations`,
  `/api/processors/${b.processor.slug}/declarations/1`,
  `/api/processors/${b.processor.id}/evaluations`,
  `/api/evaluations/${b.evaluationId}`,
];

describe('a processor organisation', () => {
  it('lists only its own processors and organisation', async () => {
    const processors = (await raw().inject({ method: 'GET', url: '/api/processors', headers: a.owner })).json().processors;
    expect(processors.map((p: { slug: string }) => p.slug)).toEqual(['proc-a']);
    const organisations = (await raw().inject({ method: 'GET', url: '/api/organisations', headers: a.owner })).json().organisations;
    expect(organisations.map((o: { slug: string }) => o.slug)).toEqual(['org-a']);
  });

  it('reads its own records', async () => {
    for (const url of readsOfB().map((u) =>
      u.replaceAll(b.processor.id, a.processor.id).replaceAll(b.processor.slug, a.processor.slug).replaceAll(b.evaluationId, a.evaluationId),
    )) {
      expect((await raw().inject({ method: 'GET', url, headers: a.owner })).statusCode, url).toBe(200);
    }
  });

  it("cannot read B's records by id or slug, and gets exactly the answer a missing record gets", async () => {
    for (const url of readsOfB()) {
      const foreign = await raw().inject({ method: 'GET', url, headers: a.owner });
      expectError(foreign, 404, 'NOT_FOUND');
      const missingUrl = url
        .replaceAll(b.processor.id, '00000000-0000-4000-8000-000000000000')
        .replaceAll(b.processor.slug, 'proc-zz')
        .replaceAll(b.evaluationId, '00000000-0000-4000-8000-000000000001');
      const missing = await raw().inject({ method: 'GET', url: missingUrl, headers: a.owner });
      const normalise = (body: ReturnType<typeof withoutRequestId>, from: string, to: string) => JSON.parse(JSON.stringify(body).replaceAll(from, to));
      const ids = [
        [b.processor.id, '00000000-0000-4000-8000-000000000000'],
        [b.processor.slug, 'proc-zz'],
        [b.evaluationId, '00000000-0000-4000-8000-000000000001'],
      ] as const;
      let foreignBody = withoutRequestId(foreign);
      for (const [from, to] of ids) foreignBody = normalise(foreignBody, from, to);
      expect(foreignBody, url).toEqual(withoutRequestId(missing));
    }
  });

  it("cannot change B's records", async () => {
    const writes = [
      { method: 'POST' as const, url: `/api/processors/${b.processor.slug}/declarations`, payload: { source: DECLARATION_YAML } },
      { method: 'POST' as const, url: `/api/processors/${b.processor.id}/evaluations`, payload: {} },
      { method: 'POST' as const, url: '/api/processors', payload: { name: 'Planted', organisation_id: b.organisation.id } },
      { method: 'POST' as const, url: `/api/organisations/${b.organisation.slug}/invitations`, payload: { email: 'mole@example.com', role: 'owner' } },
      { method: 'POST' as const, url: `/api/organisations/${b.organisation.id}/api-keys`, payload: { name: 'stolen', scopes: ['declarations:write'] } },
      { method: 'DELETE' as const, url: `/api/api-keys/${b.apiKey.id}` },
      { method: 'DELETE' as const, url: `/api/memberships/${b.ownerMembershipId}` },
    ];
    for (const write of writes) expectError(await raw().inject({ ...write, headers: a.owner }), 404, 'NOT_FOUND');
    for (const url of [
      `/api/organisations/${b.organisation.id}`,
      `/api/organisations/${b.organisation.slug}/members`,
      `/api/organisations/${b.organisation.slug}/api-keys`,
    ]) {
      expectError(await raw().inject({ method: 'GET', url, headers: a.owner }), 404, 'NOT_FOUND');
    }
    const versions = await ctx().services.declarations.list(b.processor.id);
    expect(versions).toHaveLength(1);
  });

  it('registers processors only under its own organisation, and cannot link or unlink any', async () => {
    const own = await raw().inject({
      method: 'POST',
      url: '/api/processors',
      headers: a.owner,
      payload: { name: 'Second of A', organisation_id: a.organisation.id },
    });
    expect(own.json()).toMatchObject({ organisation_id: a.organisation.id });
    expectError(await raw().inject({ method: 'POST', url: '/api/processors', headers: a.owner, payload: { name: 'Unowned' } }), 403, 'FORBIDDEN');
    expectError(
      await raw().inject({ method: 'PUT', url: `/api/processors/${a.processor.id}/organisation`, headers: a.owner, payload: { organisation_id: null } }),
      403,
      'FORBIDDEN',
    );
  });
});

describe("a processor organisation's API key", () => {
  it('reads and writes its own processors within its scopes', async () => {
    expect(
      (await raw().inject({ method: 'GET', url: '/api/processors', headers: bearer(a.apiKey.key) })).json().processors.map((p: { slug: string }) => p.slug),
    ).toContain('proc-a');
    const imported = await raw().inject({
      method: 'POST',
      url: `/api/processors/${a.processor.slug}/declarations`,
      headers: bearer(a.apiKey.key),
      payload: { source: DECLARATION_YAML },
    });
    expect(imported.statusCode).toBe(201);
  });

  it("cannot reach B's records", async () => {
    for (const url of readsOfB()) expectError(await raw().inject({ method: 'GET', url, headers: bearer(a.apiKey.key) }), 404, 'NOT_FOUND');
    expectError(
      await raw().inject({
        method: 'POST',
        url: `/api/processors/${b.processor.id}/declarations`,
        headers: bearer(a.apiKey.key),
        payload: { source: DECLARATION_YAML },
      }),
      404,
      'NOT_FOUND',
    );
  });

  it('is limited to its scopes', async () => {
    const { services } = ctx();
    const readOnly = await services.apiKeys.create(a.organisation.id, { name: 'read only', scopes: ['evaluations:read'] }, systemActor());
    const headers = bearer(readOnly.key);
    expect((await raw().inject({ method: 'GET', url: `/api/processors/${a.processor.id}/evaluations`, headers })).statusCode).toBe(200);
    expectError(await raw().inject({ method: 'GET', url: `/api/processors/${a.processor.id}/declarations`, headers }), 403, 'FORBIDDEN');
    expectError(
      await raw().inject({ method: 'POST', url: `/api/processors/${a.processor.id}/declarations`, headers, payload: { source: DECLARATION_YAML } }),
      403,
      'FORBIDDEN',
    );
    expectError(await raw().inject({ method: 'GET', url: '/api/me', headers }), 403, 'FORBIDDEN');
  });

  it('is shown once, listed without the key, records its last use and stops working once revoked', async () => {
    const created = await raw().inject({
      method: 'POST',
      url: `/api/organisations/${a.organisation.slug}/api-keys`,
      headers: a.owner,
      payload: { name: 'ci server', scopes: ['evaluations:read'] },
    });
    expect(created.statusCode).toBe(201);
    const { key, id, prefix } = created.json();
    expect(key).toMatch(/^pisa_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(prefix)).toBe(true);
    await raw().inject({ method: 'GET', url: `/api/processors/${a.processor.id}/evaluations`, headers: bearer(key) });
    const listed = await raw().inject({ method: 'GET', url: `/api/organisations/${a.organisation.id}/api-keys`, headers: a.owner });
    expect(listed.body).not.toContain(key);
    expect(listed.json().api_keys.find((k: { id: string }) => k.id === id)).toMatchObject({ last_used_at: expect.any(String), revoked_at: null });
    const revoked = await raw().inject({ method: 'DELETE', url: `/api/api-keys/${id}`, headers: a.owner });
    expect(revoked.json().revoked_at).toEqual(expect.any(String));
    expectError(await raw().inject({ method: 'GET', url: `/api/processors/${a.processor.id}/evaluations`, headers: bearer(key) }), 401, 'UNAUTHENTICATED');
  });
});

describe('Association staff and the regulator', () => {
  it('an auditor reads every processor, declaration and evaluation but changes nothing', async () => {
    const slugs = (await raw().inject({ method: 'GET', url: '/api/processors', headers: auditor })).json().processors.map((p: { slug: string }) => p.slug);
    expect(slugs).toEqual(expect.arrayContaining(['proc-a', 'proc-b']));
    for (const url of readsOfB()) expect((await raw().inject({ method: 'GET', url, headers: auditor })).statusCode, url).toBe(200);
    expectError(
      await raw().inject({ method: 'POST', url: `/api/processors/${b.processor.id}/declarations`, headers: auditor, payload: { source: DECLARATION_YAML } }),
      403,
      'FORBIDDEN',
    );
    expectError(await raw().inject({ method: 'POST', url: `/api/processors/${b.processor.id}/evaluations`, headers: auditor, payload: {} }), 403, 'FORBIDDEN');
    expectError(await raw().inject({ method: 'GET', url: '/api/audit', headers: auditor }), 403, 'FORBIDDEN');
  });

  it('the regulator reads and never writes', async () => {
    for (const url of readsOfB()) expect((await raw().inject({ method: 'GET', url, headers: regulator })).statusCode, url).toBe(200);
    for (const write of [
      { method: 'POST' as const, url: '/api/processors', payload: { name: 'By the regulator' } },
      { method: 'POST' as const, url: `/api/processors/${a.processor.id}/evaluations`, payload: {} },
      { method: 'POST' as const, url: `/api/processors/${a.processor.id}/declarations`, payload: { source: DECLARATION_YAML } },
      { method: 'POST' as const, url: `/api/organisations/${a.organisation.id}/api-keys`, payload: { name: 'x', scopes: ['processors:read'] } },
    ]) {
      expectError(await raw().inject({ ...write, headers: regulator }), 403, 'FORBIDDEN');
    }
  });
});

describe('an individual', () => {
  it('sees only their own account and sessions, and no tenant data', async () => {
    const mine = (await raw().inject({ method: 'GET', url: '/api/me', headers: person })).json();
    const theirs = (await raw().inject({ method: 'GET', url: '/api/me', headers: a.owner })).json();
    expect(mine.id).not.toBe(theirs.id);
    const sessions = (await raw().inject({ method: 'GET', url: '/api/me/sessions', headers: person })).json().sessions;
    expect(sessions).toHaveLength(1);
    expect(sessions[0].current).toBe(true);
    expectError(await raw().inject({ method: 'GET', url: '/api/processors', headers: person }), 403, 'FORBIDDEN');
    expectError(await raw().inject({ method: 'GET', url: `/api/processors/${a.processor.id}`, headers: person }), 403, 'FORBIDDEN');
  });
});

describe('responses never carry secrets or stored forms of personal information', () => {
  const FORBIDDEN_FIELDS = [
    'password_hash',
    'email_index',
    'phone_index',
    'email_enc',
    'phone_enc',
    'name_enc',
    'totp_secret',
    'key_hash',
    'token_hash',
    'pisa1.',
  ];

  it('on any GET route, for any principal', async () => {
    const urls = [
      '/api/meta',
      '/api/me',
      '/api/me/sessions',
      '/api/auth/session',
      '/api/processors',
      `/api/organisations/${a.organisation.id}`,
      `/api/organisations/${a.organisation.id}/members`,
      `/api/organisations/${a.organisation.id}/api-keys`,
      '/api/audit',
    ];
    for (const headers of [a.owner, person, ctx().admin]) {
      for (const url of urls) {
        const response = await raw().inject({ method: 'GET', url, headers });
        for (const field of FORBIDDEN_FIELDS) expect(response.body, `${url}: ${field}`).not.toContain(field);
      }
    }
  });

  it('members are shown with a masked contact only', async () => {
    const members = (await raw().inject({ method: 'GET', url: `/api/organisations/${a.organisation.id}/members`, headers: a.owner })).json().members;
    expect(members[0].contact).toMatch(/^.\*\*\*@.\*\*\*\./);
  });
});
