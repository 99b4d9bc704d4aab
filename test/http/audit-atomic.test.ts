import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../src/core/crypto/totp.js';
import { CLOCK, createTestAccount, DECLARATION_YAML, expectError, type SessionHeaders, setupTestContext, signIn, TEST_PASSWORD } from './helper.js';

// Every audited change is written in the same transaction as its audit entry: when the entry
// cannot be appended, the change is rolled back too. A trigger (installed by this test only)
// makes every INSERT into audit_log fail while the session setting pisa.fail_audit is on; each
// case then checks, with the setting off again, that nothing of the change persisted.

const ctx = setupTestContext();
const raw = () => ctx().raw;

beforeAll(async () => {
  await ctx().db.execute(sql`
    create function pisa_test_refuse_audit() returns trigger language plpgsql as $$
    begin
      raise exception 'audit append refused by the test';
    end;
    $$`);
  await ctx().db.execute(sql`
    create trigger pisa_test_refuse_audit before insert on audit_log
    for each row when (current_setting('pisa.fail_audit', true) = 'on') execute function pisa_test_refuse_audit()`);
});

afterAll(async () => {
  await ctx().db.execute(sql`set pisa.fail_audit = 'off'`);
});

/** Runs `action` while audit appends fail; returns its response. PGlite has one connection, so the setting covers the app. */
async function withFailingAudit<T>(action: () => Promise<T>): Promise<T> {
  const entries = await auditCount();
  await ctx().db.execute(sql`set pisa.fail_audit = 'on'`);
  try {
    return await action();
  } finally {
    await ctx().db.execute(sql`set pisa.fail_audit = 'off'`);
    expect(await auditCount()).toBe(entries);
  }
}

async function auditCount(): Promise<number> {
  const result = (await ctx().db.execute(sql`select count(*)::int as n from audit_log`)) as unknown as { rows: { n: number }[] };
  return result.rows[0]?.n ?? -1;
}

async function rows(table: string, where = 'true'): Promise<number> {
  const result = (await ctx().db.execute(sql.raw(`select count(*)::int as n from ${table} where ${where}`))) as unknown as { rows: { n: number }[] };
  return result.rows[0]?.n ?? -1;
}

async function owner(): Promise<{ id: string; email: string; session: SessionHeaders; organisation: { id: string; slug: string } }> {
  const account = await createTestAccount(ctx(), {});
  const session = await signIn(raw(), account.email ?? '');
  const organisation = (
    await raw().inject({ method: 'POST', url: '/api/organisations', headers: session, payload: { name: `Atomic ${account.id.slice(0, 6)}` } })
  ).json();
  return { id: account.id, email: account.email ?? '', session: await signIn(raw(), account.email ?? ''), organisation };
}

describe('a change whose audit entry cannot be written', () => {
  it('is not made: password change (the old password still works, other sessions live on, no notice queued)', async () => {
    const account = await createTestAccount(ctx(), {});
    const session = await signIn(raw(), account.email ?? '');
    const other = await signIn(raw(), account.email ?? '');
    const messages = await rows('outbox');
    const response = await withFailingAudit(() =>
      raw().inject({ method: 'POST', url: '/api/me/password', headers: session, payload: { current: TEST_PASSWORD, next: 'an entirely new passphrase' } }),
    );
    expectError(response, 500, 'INTERNAL');
    expect((await raw().inject({ method: 'GET', url: '/api/me', headers: other })).statusCode).toBe(200);
    await expect(signIn(raw(), account.email ?? '')).resolves.toBeDefined();
    expect(await rows('outbox')).toBe(messages);
  });

  it('is not made: registration (no account, no code in the outbox)', async () => {
    const [accounts, messages] = [await rows('accounts'), await rows('outbox')];
    const response = await withFailingAudit(() =>
      raw().inject({ method: 'POST', url: '/api/auth/register', payload: { email: 'atomic.register@example.com', password: TEST_PASSWORD } }),
    );
    expectError(response, 500, 'INTERNAL');
    expect([await rows('accounts'), await rows('outbox')]).toEqual([accounts, messages]);
  });

  it('is not made: sign-in and sign-out (no session is created or ended)', async () => {
    const account = await createTestAccount(ctx(), {});
    const sessions = await rows('sessions', `account_id = '${account.id}'`);
    const signInResponse = await withFailingAudit(() =>
      raw().inject({ method: 'POST', url: '/api/auth/sign-in', payload: { identifier: account.email, password: TEST_PASSWORD } }),
    );
    expectError(signInResponse, 500, 'INTERNAL');
    expect(await rows('sessions', `account_id = '${account.id}'`)).toBe(sessions);
    const session = await signIn(raw(), account.email ?? '');
    expectError(await withFailingAudit(() => raw().inject({ method: 'POST', url: '/api/auth/sign-out', headers: session })), 500, 'INTERNAL');
    expect((await raw().inject({ method: 'GET', url: '/api/me', headers: session })).statusCode).toBe(200);
  });

  it('is not made: API key creation and revocation', async () => {
    const { session, organisation } = await owner();
    const url = `/api/organisations/${organisation.id}/api-keys`;
    const create = () => raw().inject({ method: 'POST', url, headers: session, payload: { name: 'ci', scopes: ['processors:read'] } });
    expectError(await withFailingAudit(create), 500, 'INTERNAL');
    expect((await raw().inject({ method: 'GET', url, headers: session })).json().api_keys).toEqual([]);
    const created = (await create()).json();
    expectError(await withFailingAudit(() => raw().inject({ method: 'DELETE', url: `/api/api-keys/${created.id}`, headers: session })), 500, 'INTERNAL');
    const listed = (await raw().inject({ method: 'GET', url, headers: session })).json().api_keys;
    expect(listed).toEqual([expect.objectContaining({ id: created.id, revoked_at: null })]);
    expect((await raw().inject({ method: 'GET', url: '/api/processors', headers: { authorization: `Bearer ${created.key}` } })).statusCode).toBe(200);
  });

  it('is not made: organisation founding (no organisation, no owner membership)', async () => {
    const account = await createTestAccount(ctx(), {});
    const session = await signIn(raw(), account.email ?? '');
    const [organisations, memberships] = [await rows('organisations'), await rows('memberships')];
    const response = await withFailingAudit(() =>
      raw().inject({ method: 'POST', url: '/api/organisations', headers: session, payload: { name: 'Never Founded' } }),
    );
    expectError(response, 500, 'INTERNAL');
    expect([await rows('organisations'), await rows('memberships')]).toEqual([organisations, memberships]);
  });

  it('is not made: an invitation (nothing stored, nothing queued for delivery)', async () => {
    const { session, organisation } = await owner();
    const [invitations, messages] = [await rows('invitations'), await rows('outbox')];
    const response = await withFailingAudit(() =>
      raw().inject({
        method: 'POST',
        url: `/api/organisations/${organisation.id}/invitations`,
        headers: session,
        payload: { email: 'atomic.invitee@example.com', role: 'staff' },
      }),
    );
    expectError(response, 500, 'INTERNAL');
    expect([await rows('invitations'), await rows('outbox')]).toEqual([invitations, messages]);
  });

  it('is not made: processor registration, declaration import, evaluation', async () => {
    const app = ctx().app;
    const slug = `atomic-${Date.now().toString(36)}`;
    expectError(await withFailingAudit(() => app.inject({ method: 'POST', url: '/api/processors', payload: { name: 'Atomic', slug } })), 500, 'INTERNAL');
    expectError(await app.inject({ method: 'GET', url: `/api/processors/${slug}` }), 404, 'NOT_FOUND');
    expect((await app.inject({ method: 'POST', url: '/api/processors', payload: { name: 'Atomic', slug } })).statusCode).toBe(201);
    const declare = () =>
      app.inject({ method: 'POST', url: `/api/processors/${slug}/declarations`, headers: { 'content-type': 'application/yaml' }, payload: DECLARATION_YAML });
    expectError(await withFailingAudit(declare), 500, 'INTERNAL');
    expect((await app.inject({ method: 'GET', url: `/api/processors/${slug}/declarations` })).json().versions).toEqual([]);
    expect((await declare()).statusCode).toBe(201);
    const evaluate = () => app.inject({ method: 'POST', url: `/api/processors/${slug}/evaluations`, payload: {} });
    expectError(await withFailingAudit(evaluate), 500, 'INTERNAL');
    expect((await app.inject({ method: 'GET', url: `/api/processors/${slug}/evaluations` })).json().evaluations).toEqual([]);
  });

  it('is not made: publishing a notice (no version is stored; publishing again makes version 1)', async () => {
    const app = ctx().app;
    const slug = `atomic-notice-${Date.now().toString(36)}`;
    expect((await app.inject({ method: 'POST', url: '/api/processors', payload: { name: 'Atomic Notice', slug } })).statusCode).toBe(201);
    const declared = await app.inject({
      method: 'POST',
      url: `/api/processors/${slug}/declarations`,
      headers: { 'content-type': 'application/yaml' },
      payload: DECLARATION_YAML,
    });
    expect(declared.statusCode, declared.body).toBe(201);
    const context = {
      legal_name: 'Atomic Notice Ltd.',
      address: '1 Example Road',
      email: 'privacy@atomic.example',
      rights_url: 'https://atomic.example/rights',
      withdraw_url: 'https://atomic.example/withdraw',
    };
    const publish = () => app.inject({ method: 'POST', url: `/api/processors/${slug}/notices`, payload: context });
    expectError(await withFailingAudit(publish), 500, 'INTERNAL');
    expect((await app.inject({ method: 'GET', url: `/api/processors/${slug}/notices` })).json().versions).toEqual([]);
    const published = await publish();
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json().notice.version).toBe(1);
  });

  it('is not made: TOTP enrolment (the app is not enrolled, no recovery codes exist)', async () => {
    const account = await createTestAccount(ctx(), {});
    const session = await signIn(raw(), account.email ?? '');
    const { secret } = (await raw().inject({ method: 'POST', url: '/api/me/totp', headers: session })).json();
    const response = await withFailingAudit(() =>
      raw().inject({ method: 'POST', url: '/api/me/totp/confirm', headers: session, payload: { code: totpCode(secret, CLOCK.now().getTime()) } }),
    );
    expectError(response, 500, 'INTERNAL');
    const profile = (await raw().inject({ method: 'GET', url: '/api/me', headers: session })).json();
    expect(profile).toMatchObject({ totp_enabled: false, recovery_codes_remaining: 0 });
    expect(await rows('recovery_codes', `account_id = '${account.id}'`)).toBe(0);
  });

  it('is not made: the language preference and a password reset request', async () => {
    const account = await createTestAccount(ctx(), {});
    const session = await signIn(raw(), account.email ?? '');
    const setLanguage = () => raw().inject({ method: 'PUT', url: '/api/me/language', headers: session, payload: { language: 'zh-CN' } });
    expectError(await withFailingAudit(setLanguage), 500, 'INTERNAL');
    expect((await raw().inject({ method: 'GET', url: '/api/me', headers: session })).json().language).toBeNull();
    const [resets, messages] = [await rows('password_resets'), await rows('outbox')];
    const reset = () => raw().inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: account.email } });
    expectError(await withFailingAudit(reset), 500, 'INTERNAL');
    expect([await rows('password_resets'), await rows('outbox')]).toEqual([resets, messages]);
  });
});

describe('the audit trail under concurrent audited changes', () => {
  it('stays one unbroken chain, every change with its entry', async () => {
    const app = ctx().app;
    const before = await auditCount();
    const base = `chain-${Date.now().toString(36)}`;
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => app.inject({ method: 'POST', url: '/api/processors', payload: { name: `Chain ${i}`, slug: `${base}-${i}` } })),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(12).fill(201));
    expect(await auditCount()).toBe(before + 12);
    expect((await app.inject({ method: 'GET', url: '/api/audit/verify' })).json()).toMatchObject({ ok: true });
  });
});
