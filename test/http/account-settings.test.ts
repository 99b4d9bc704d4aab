import { describe, expect, it } from 'vitest';
import { createTestAccount, expectError, setupTestContext, signIn, TEST_PASSWORD } from './helper.js';

// What the account settings page calls: the language kept per account, and the notices that
// tell the holder about changes to how they sign in.

const ctx = setupTestContext();
const raw = () => ctx().raw;

describe('the language preference', () => {
  it('is kept on the account, returned with the session at every sign-in, and audited', async () => {
    const account = await createTestAccount(ctx(), {});
    const session = await signIn(raw(), account.email ?? '');
    expect((await raw().inject({ method: 'GET', url: '/api/auth/session', headers: session })).json().language).toBeNull();
    const saved = await raw().inject({ method: 'PUT', url: '/api/me/language', headers: session, payload: { language: 'zh-CN' } });
    expect(saved.statusCode).toBe(204);
    await raw().inject({ method: 'POST', url: '/api/auth/sign-out', headers: session });

    const next = await signIn(raw(), account.email ?? '');
    expect((await raw().inject({ method: 'GET', url: '/api/auth/session', headers: next })).json()).toMatchObject({ language: 'zh-CN' });
    expect((await raw().inject({ method: 'GET', url: '/api/me', headers: next })).json()).toMatchObject({ language: 'zh-CN' });
    const audit = await ctx().app.inject({ method: 'GET', url: `/api/audit?action=account.set_language&target_id=${account.id}` });
    expect(audit.json().entries).toHaveLength(1);
  });

  it('is one of the app languages, set only by the signed-in holder with the CSRF token', async () => {
    const account = await createTestAccount(ctx(), {});
    const session = await signIn(raw(), account.email ?? '');
    expectError(await raw().inject({ method: 'PUT', url: '/api/me/language', headers: session, payload: { language: 'fr' } }), 400, 'REQUEST_INVALID');
    expectError(await raw().inject({ method: 'PUT', url: '/api/me/language', payload: { language: 'en' } }), 401, 'UNAUTHENTICATED');
    expectError(
      await raw().inject({ method: 'PUT', url: '/api/me/language', headers: { cookie: session.cookie }, payload: { language: 'en' } }),
      403,
      'CSRF_TOKEN_INVALID',
    );
  });
});

describe('changing the password', () => {
  it('tells the holder through the outbox', async () => {
    const account = await createTestAccount(ctx(), {});
    const session = await signIn(raw(), account.email ?? '');
    const changed = await raw().inject({
      method: 'POST',
      url: '/api/me/password',
      headers: session,
      payload: { current: TEST_PASSWORD, next: 'another long passphrase' },
    });
    expect(changed.statusCode).toBe(204);
    await ctx().outbox.drain();
    expect(ctx().sent.some((m) => m.to === account.email && m.template === 'security_notice' && m.params['event'] === 'password_changed')).toBe(true);
  });
});
