import { describe, expect, it } from 'vitest';
import { totpCode } from '../../src/core/crypto/totp.js';
import type { Clock } from '../../src/services/ports.js';
import {
  buildTestContext,
  createTestAccount,
  expectError,
  type SessionHeaders,
  sessionCookieFrom,
  setupTestContext,
  signIn,
  TEST_PASSWORD,
  TEST_SECURITY,
  TEST_TOTP_SECRET,
} from './helper.js';

// A clock the tests move: TOTP steps, idle timeouts and lockout windows depend on it.
let now = Date.parse('2026-11-27T12:00:00.000Z');
const clock: Clock = { now: () => new Date(now) };
const advance = (seconds: number) => {
  now += seconds * 1000;
};

const ctx = setupTestContext({ clock });
const anon = () => ctx().raw;
const signInRaw = (identifier: string, password = TEST_PASSWORD, headers: Record<string, string> = {}) =>
  anon().inject({ method: 'POST', url: '/api/auth/sign-in', payload: { identifier, password }, headers });
const me = (headers: Partial<SessionHeaders>) => anon().inject({ method: 'GET', url: '/api/me', headers });

describe('sign-in', () => {
  it('answers an unknown account and a wrong password identically', async () => {
    const { email } = await createTestAccount(ctx(), {});
    const unknown = expectError(await signInRaw('nobody@example.com'), 401, 'CREDENTIALS_INVALID');
    const wrong = expectError(await signInRaw(email ?? '', 'not the password at all'), 401, 'CREDENTIALS_INVALID');
    expect({ ...unknown, request_id: '' }).toEqual({ ...wrong, request_id: '' });
  });

  it('gives a new session id at every sign-in and ends the one the browser still had', async () => {
    const { email } = await createTestAccount(ctx(), {});
    const first = sessionCookieFrom(await signInRaw(email ?? ''));
    const second = await signInRaw(email ?? '', TEST_PASSWORD, { cookie: first });
    expect(sessionCookieFrom(second)).not.toBe(first);
    expectError(await me({ cookie: first }), 401, 'UNAUTHENTICATED');
    expect((await me({ cookie: sessionCookieFrom(second) })).statusCode).toBe(200);
  });

  it('clears a cookie that names no session', async () => {
    const response = await me({ cookie: 'pisa_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' });
    expectError(response, 401, 'UNAUTHENTICATED');
    expect(response.cookies.find((c) => c.name === 'pisa_session')?.value).toBe('');
  });

  it('ends an idle session after 30 minutes, and any session after 12 hours', async () => {
    const { email } = await createTestAccount(ctx(), {});
    const idle = await signIn(anon(), email ?? '');
    advance(31 * 60);
    expectError(await me(idle), 401, 'UNAUTHENTICATED');
    const busy = await signIn(anon(), email ?? '');
    for (let i = 0; i < 25; i += 1) {
      advance(29 * 60);
      if ((await me(busy)).statusCode !== 200) break;
    }
    expectError(await me(busy), 401, 'UNAUTHENTICATED');
  });
});

describe('behind TLS (PISA_COOKIE_SECURE=true)', () => {
  it('sets a __Host- prefixed, Secure session cookie and HSTS', async () => {
    const tls = await buildTestContext({ security: { ...TEST_SECURITY, cookie: { secure: true } } });
    try {
      const { email } = await createTestAccount({ stores: tls.stores, protector: tls.protector }, {});
      const response = await tls.raw.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { identifier: email, password: TEST_PASSWORD } });
      expect(response.cookies).toEqual([expect.objectContaining({ name: '__Host-pisa_session', secure: true, httpOnly: true, sameSite: 'Lax', path: '/' })]);
      expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect((await tls.raw.inject({ method: 'GET', url: '/api/me', headers: { cookie: sessionCookieFrom(response) } })).statusCode).toBe(200);
      // The plain-HTTP cookie name means nothing here.
      const plain = sessionCookieFrom(response).replace('__Host-', '');
      expectError(await tls.raw.inject({ method: 'GET', url: '/api/me', headers: { cookie: plain } }), 401, 'UNAUTHENTICATED');
    } finally {
      await tls.close();
    }
  });
});

describe('sign-out', () => {
  it('ends this session and clears the cookie', async () => {
    const { email } = await createTestAccount(ctx(), {});
    const session = await signIn(anon(), email ?? '');
    const response = await anon().inject({ method: 'POST', url: '/api/auth/sign-out', headers: session });
    expect(response.statusCode).toBe(204);
    expect(response.cookies.find((c) => c.name === 'pisa_session')?.value).toBe('');
    expectError(await me(session), 401, 'UNAUTHENTICATED');
  });

  it('everywhere ends every session of the account', async () => {
    const { email } = await createTestAccount(ctx(), {});
    const a = await signIn(anon(), email ?? '');
    const b = await signIn(anon(), email ?? '');
    const response = await anon().inject({ method: 'POST', url: '/api/auth/sign-out-everywhere', headers: a });
    expect(response.json()).toEqual({ ended: 2 });
    expectError(await me(a), 401, 'UNAUTHENTICATED');
    expectError(await me(b), 401, 'UNAUTHENTICATED');
  });
});

describe('CSRF protection', () => {
  it('refuses a state-changing cookie request without the X-CSRF-Token header, or with another session’s', async () => {
    const { email } = await createTestAccount(ctx(), {});
    const session = await signIn(anon(), email ?? '');
    const other = await signIn(anon(), (await createTestAccount(ctx(), {})).email ?? '');
    const post = (headers: Record<string, string>) => anon().inject({ method: 'POST', url: '/api/organisations', headers, payload: { name: 'CSRF Co.' } });
    expectError(await post({ cookie: session.cookie }), 403, 'CSRF_TOKEN_INVALID');
    expectError(await post({ cookie: session.cookie, 'x-csrf-token': other['x-csrf-token'] }), 403, 'CSRF_TOKEN_INVALID');
    expectError(await post({ cookie: session.cookie, 'x-csrf-token': '' }), 403, 'CSRF_TOKEN_INVALID');
    expect((await post(session)).statusCode).toBe(201);
  });

  it('needs no token to read, and gives the session’s token back after a reload', async () => {
    const { email } = await createTestAccount(ctx(), {});
    const session = await signIn(anon(), email ?? '');
    const info = await anon().inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: session.cookie } });
    expect(info.json()).toMatchObject({ stage: 'full', mfa: false, csrf_token: session['x-csrf-token'] });
  });
});

describe('TOTP second factor', () => {
  it('enrols (secret shown once), confirms with a code, then asks for it at every sign-in and refuses a replayed code', async () => {
    const { email } = await createTestAccount(ctx(), { email: 'totp.user@example.com' });
    const session = await signIn(anon(), email ?? '');
    const begun = await anon().inject({ method: 'POST', url: '/api/me/totp', headers: session });
    expect(begun.statusCode).toBe(200);
    expect(begun.headers['cache-control']).toBe('no-store');
    const { secret, otpauth_uri } = begun.json();
    expect(otpauth_uri).toMatch(/^otpauth:\/\/totp\/PISA:totp\.user%40example\.com\?/);
    expect(otpauth_uri).toContain(`secret=${secret}`);

    expectError(await anon().inject({ method: 'POST', url: '/api/me/totp/confirm', headers: session, payload: { code: '000000' } }), 401, 'TOTP_INVALID');
    const confirmed = await anon().inject({ method: 'POST', url: '/api/me/totp/confirm', headers: session, payload: { code: totpCode(secret, now) } });
    expect(confirmed.json()).toMatchObject({ stage: 'full' });
    // The session was replaced by one with the second factor verified.
    expectError(await me(session), 401, 'UNAUTHENTICATED');
    expectError(
      await anon().inject({
        method: 'POST',
        url: '/api/me/totp',
        headers: { cookie: sessionCookieFrom(confirmed), 'x-csrf-token': confirmed.json().csrf_token },
      }),
      409,
      'TOTP_ALREADY_ENROLLED',
    );

    advance(60);
    const first = await signInRaw(email ?? '');
    expect(first.json().stage).toBe('mfa_pending');
    const pending = { cookie: sessionCookieFrom(first), 'x-csrf-token': first.json().csrf_token };
    expectError(await me(pending), 403, 'MFA_REQUIRED');
    const code = totpCode(secret, now);
    const second = await anon().inject({ method: 'POST', url: '/api/auth/sign-in/totp', headers: pending, payload: { code } });
    expect(second.json()).toMatchObject({ stage: 'full' });
    expect((await me({ cookie: sessionCookieFrom(second) })).json().totp_enabled).toBe(true);

    // The same code again, in a new sign-in within the same 30 seconds: refused.
    const again = await signInRaw(email ?? '');
    const againHeaders = { cookie: sessionCookieFrom(again), 'x-csrf-token': again.json().csrf_token };
    expectError(await anon().inject({ method: 'POST', url: '/api/auth/sign-in/totp', headers: againHeaders, payload: { code } }), 401, 'TOTP_INVALID');
  });

  it('is required of Association admins: without it, admin routes answer MFA_REQUIRED', async () => {
    const admin = await createTestAccount(ctx(), { roles: [{ role: 'admin' }] });
    const session = await signIn(anon(), admin.email ?? '');
    expectError(await anon().inject({ method: 'GET', url: '/api/audit', headers: session }), 403, 'MFA_REQUIRED');
    const { secret } = (await anon().inject({ method: 'POST', url: '/api/me/totp', headers: session })).json();
    const confirmed = await anon().inject({ method: 'POST', url: '/api/me/totp/confirm', headers: session, payload: { code: totpCode(secret, now) } });
    expect((await anon().inject({ method: 'GET', url: '/api/audit', headers: { cookie: sessionCookieFrom(confirmed) } })).statusCode).toBe(200);
  });

  it('is required of other staff and the regulator by default', async () => {
    const regulator = await createTestAccount(ctx(), { roles: [{ role: 'regulator' }] });
    const session = await signIn(anon(), regulator.email ?? '');
    expectError(await anon().inject({ method: 'GET', url: '/api/processors', headers: session }), 403, 'MFA_REQUIRED');
    advance(31);
    const withTotp = await createTestAccount(ctx(), { roles: [{ role: 'regulator' }], totp: true });
    const full = await signIn(anon(), withTotp.email ?? '', { totp: true, atMs: now });
    expect((await anon().inject({ method: 'GET', url: '/api/processors', headers: full })).statusCode).toBe(200);
  });

  it('takes the demo-style fixed secret of test accounts', () => {
    expect(totpCode(TEST_TOTP_SECRET, 0)).toMatch(/^\d{6}$/);
  });
});

describe('changing the password', () => {
  it('needs the current password, applies the policy, and ends every other session', async () => {
    const { email } = await createTestAccount(ctx(), {});
    const here = await signIn(anon(), email ?? '');
    const elsewhere = await signIn(anon(), email ?? '');
    const change = (payload: Record<string, string>) => anon().inject({ method: 'POST', url: '/api/me/password', headers: here, payload });
    expectError(await change({ current: 'wrong password here', next: 'a brand new passphrase' }), 401, 'CREDENTIALS_INVALID');
    expectError(await change({ current: TEST_PASSWORD, next: 'Password1234' }), 400, 'PASSWORD_WEAK');
    expect((await change({ current: TEST_PASSWORD, next: 'a brand new passphrase' })).statusCode).toBe(204);
    expect((await me(here)).statusCode).toBe(200);
    expectError(await me(elsewhere), 401, 'UNAUTHENTICATED');
    expect((await signInRaw(email ?? '', 'a brand new passphrase')).statusCode).toBe(200);
  });
});

describe('lockout and back-off', () => {
  it('locks an identifier after five failures, even for the right password, and the same for unknown identifiers', async () => {
    const { email } = await createTestAccount(ctx(), {});
    for (let i = 0; i < 5; i += 1) expectError(await signInRaw(email ?? '', 'wrong wrong wrong'), 401, 'CREDENTIALS_INVALID');
    const locked = expectError(await signInRaw(email ?? ''), 429, 'SIGN_IN_THROTTLED');
    expect(locked.message.en).toMatch(/try again in \d+ seconds/);
    for (let i = 0; i < 5; i += 1) await signInRaw('ghost@example.com', 'wrong wrong wrong');
    expectError(await signInRaw('ghost@example.com'), 429, 'SIGN_IN_THROTTLED');
    advance(61);
    expect((await signInRaw(email ?? '')).statusCode).toBe(200);
  });

  it('doubles the wait with each further failure', async () => {
    const { email } = await createTestAccount(ctx(), {});
    for (let i = 0; i < 5; i += 1) await signInRaw(email ?? '', 'wrong wrong wrong');
    advance(61);
    await signInRaw(email ?? '', 'wrong wrong wrong');
    const body = expectError(await signInRaw(email ?? ''), 429, 'SIGN_IN_THROTTLED');
    expect(Number(/(\d+) seconds/.exec(body.message.en)?.[1])).toBeGreaterThan(60);
  });

  it('records the lockout in the audit trail', async () => {
    const { id, email } = await createTestAccount(ctx(), {});
    for (let i = 0; i < 5; i += 1) await signInRaw(email ?? '', 'wrong wrong wrong');
    const entries = await ctx().services.audit.list({ action: 'account.lockout', targetId: id, limit: 10 });
    expect(entries).toHaveLength(1);
  });
});

describe('rate limits', () => {
  it('answer 429 RATE_LIMITED with Retry-After on sign-in routes, in the one error shape', async () => {
    const limited = await buildTestContext({ security: { ...TEST_SECURITY, rateLimit: { max: 1000, authMax: 3, windowMs: 60_000 } } });
    try {
      const attempts = [];
      for (let i = 0; i < 4; i += 1)
        attempts.push(
          await limited.raw.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { identifier: 'x@example.com', password: 'whatever it is' } }),
        );
      const last = attempts.at(-1);
      if (!last) throw new Error('no attempts');
      expectError(last, 429, 'RATE_LIMITED');
      expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });

  it('apply to public endpoints too', async () => {
    const limited = await buildTestContext({ security: { ...TEST_SECURITY, rateLimit: { max: 2, authMax: 1000, windowMs: 60_000 } } });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await limited.raw.inject({ method: 'GET', url: '/api/taxonomy' })).statusCode);
      expect(statuses).toEqual([200, 200, 429]);
      // Probing unknown paths counts too.
      const probes = [];
      for (let i = 0; i < 3; i += 1) probes.push((await limited.raw.inject({ method: 'GET', url: `/api/probe-${i}`, remoteAddress: '10.0.0.9' })).statusCode);
      expect(probes).toEqual([404, 404, 429]);
    } finally {
      await limited.close();
    }
  });
});
