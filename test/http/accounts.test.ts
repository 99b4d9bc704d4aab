import { describe, expect, it } from 'vitest';
import { createTestAccount, expectError, sessionCookieFrom, setupTestContext, TEST_PASSWORD } from './helper.js';

const ctx = setupTestContext();
const anon = () => ctx().raw;

const register = (payload: Record<string, unknown>) => anon().inject({ method: 'POST', url: '/api/auth/register', payload });
const lastCodeFor = async (to: string): Promise<string> => {
  await ctx().outbox.drain();
  const message = [...ctx().sent].reverse().find((m) => m.to === to && m.template === 'verify_identifier');
  if (!message?.params['code']) throw new Error(`no code sent to ${to}`);
  return message.params['code'];
};

describe('registration with an email address', () => {
  it('registers, sends a code, confirms it, then signs in and shows the profile', async () => {
    const email = 'Ling.Wu@Example.COM';
    const response = await register({ email, password: TEST_PASSWORD, name: '吴玲' });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ status: 'pending_verification' });
    const code = await lastCodeFor('ling.wu@example.com');
    expect(code).toMatch(/^\d{6}$/);

    expectError(
      await anon().inject({ method: 'POST', url: '/api/auth/sign-in', payload: { identifier: email, password: TEST_PASSWORD } }),
      403,
      'ACCOUNT_UNVERIFIED',
    );
    const wrong = code === '000000' ? '111111' : '000000';
    expectError(await anon().inject({ method: 'POST', url: '/api/auth/verify', payload: { email, code: wrong } }), 400, 'VERIFICATION_CODE_INVALID');
    const verified = await anon().inject({ method: 'POST', url: '/api/auth/verify', payload: { email, code } });
    expect(verified.json()).toEqual({ status: 'verified' });

    const signedIn = await anon().inject({ method: 'POST', url: '/api/auth/sign-in', payload: { identifier: 'ling.wu@example.com', password: TEST_PASSWORD } });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toMatchObject({ stage: 'full', csrf_token: expect.any(String) });
    const cookie = signedIn.cookies.find((c) => c.name === 'pisa_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await anon().inject({ method: 'GET', url: '/api/me', headers: { cookie: sessionCookieFrom(signedIn) } });
    expect(me.json()).toMatchObject({ email: 'ling.wu@example.com', phone: null, name: '吴玲', status: 'active', totp_enabled: false, memberships: [] });
  });

  it('answers a registration of a taken email exactly like a new one, and tells the holder instead', async () => {
    const existing = await createTestAccount(ctx(), { email: 'taken@example.com' });
    const response = await register({ email: 'taken@example.com', password: 'another long passphrase' });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ status: 'pending_verification' });
    await ctx().outbox.drain();
    expect(
      ctx()
        .sent.filter((m) => m.to === 'taken@example.com')
        .map((m) => m.template),
    ).toEqual(['account_exists']);
    // The existing account's password is unchanged.
    const signedIn = await anon().inject({ method: 'POST', url: '/api/auth/sign-in', payload: { identifier: 'taken@example.com', password: TEST_PASSWORD } });
    expect(signedIn.json().account_id).toBe(existing.id);
  });

  it('refuses a weak password with every reason', async () => {
    const short = expectError(await register({ email: 'weak@example.com', password: 'short' }), 400, 'PASSWORD_WEAK');
    expect(short.issues).toMatchObject([{ code: 'PASSWORD_TOO_SHORT', at: 'password' }]);
    const common = expectError(await register({ email: 'weak@example.com', password: 'Password1234' }), 400, 'PASSWORD_WEAK');
    expect(common.issues).toMatchObject([{ code: 'PASSWORD_BREACHED' }]);
    const personal = expectError(await register({ email: 'weakling@example.com', password: 'weakling-forever-and-ever' }), 400, 'PASSWORD_WEAK');
    expect(personal.issues).toMatchObject([{ code: 'PASSWORD_BREACHED' }]);
  });

  it('refuses a malformed email, unknown fields and a body naming both or neither identifier', async () => {
    const bad = expectError(await register({ email: 'not-an-email', password: TEST_PASSWORD }), 400, 'REQUEST_INVALID');
    expect(bad.issues).toMatchObject([{ code: 'VALUE_INVALID', at: 'email' }]);
    expect(JSON.stringify(bad)).not.toContain('not-an-email');
    expectError(await register({ email: 'a@example.com', password: TEST_PASSWORD, role: 'admin' }), 400, 'REQUEST_INVALID');
    expectError(await register({ password: TEST_PASSWORD }), 400, 'REQUEST_INVALID');
    expectError(await register({ email: 'a@example.com', phone: '13800138000', password: TEST_PASSWORD }), 400, 'REQUEST_INVALID');
  });

  it('lets a later registration of an unconfirmed address replace the password (no pre-registration hijack)', async () => {
    await register({ email: 'prehijack@example.com', password: 'attacker chosen passphrase' });
    await register({ email: 'prehijack@example.com', password: TEST_PASSWORD });
    const code = await lastCodeFor('prehijack@example.com');
    await anon().inject({ method: 'POST', url: '/api/auth/verify', payload: { email: 'prehijack@example.com', code } });
    expectError(
      await anon().inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { identifier: 'prehijack@example.com', password: 'attacker chosen passphrase' },
      }),
      401,
      'CREDENTIALS_INVALID',
    );
    expect(
      (await anon().inject({ method: 'POST', url: '/api/auth/sign-in', payload: { identifier: 'prehijack@example.com', password: TEST_PASSWORD } })).statusCode,
    ).toBe(200);
  });

  it('burns a code after five wrong guesses', async () => {
    await register({ email: 'guesser@example.com', password: TEST_PASSWORD });
    const code = await lastCodeFor('guesser@example.com');
    const wrong = ['000001', '000002', '000003', '000004', '000005'].filter((c) => c !== code).slice(0, 5);
    for (const guess of wrong) await anon().inject({ method: 'POST', url: '/api/auth/verify', payload: { email: 'guesser@example.com', code: guess } });
    expectError(
      await anon().inject({ method: 'POST', url: '/api/auth/verify', payload: { email: 'guesser@example.com', code } }),
      400,
      'VERIFICATION_CODE_INVALID',
    );
  });
});

describe('registration with a mainland mobile number', () => {
  it('normalises the number, sends the code by SMS and signs in with any spelling of it', async () => {
    expect((await register({ phone: '139 1234 5678', password: TEST_PASSWORD })).statusCode).toBe(202);
    await ctx().outbox.drain();
    const message = ctx().sent.find((m) => m.to === '+8613912345678');
    expect(message).toMatchObject({ channel: 'sms', template: 'verify_identifier' });
    await anon().inject({ method: 'POST', url: '/api/auth/verify', payload: { phone: '+86 139-1234-5678', code: message?.params['code'] } });
    const signedIn = await anon().inject({ method: 'POST', url: '/api/auth/sign-in', payload: { identifier: '13912345678', password: TEST_PASSWORD } });
    expect(signedIn.statusCode).toBe(200);
  });

  it('refuses numbers that are not mainland mobiles', async () => {
    for (const phone of ['12345678901', '+1 415 555 0100', '1381234567']) {
      expectError(await register({ phone, password: TEST_PASSWORD }), 400, 'REQUEST_INVALID');
    }
  });
});
