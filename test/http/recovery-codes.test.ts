import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { totpCode } from '../../src/core/crypto/totp.js';
import type { Clock } from '../../src/services/ports.js';
import { createTestAccount, expectError, type SessionHeaders, sessionCookieFrom, setupTestContext, signIn, TEST_PASSWORD, TEST_TOTP_SECRET } from './helper.js';

// TOTP recovery codes (ten, single use, shown once, stored hashed), signing in with one instead
// of the app, regenerating them, and removing the authenticator app (not for roles that need it).

let now = Date.parse('2026-11-27T12:00:00.000Z');
const clock: Clock = { now: () => new Date(now) };
/** The next TOTP time step: each code is accepted once per account, so every use moves the clock on. */
const nextStep = () => {
  now += 30_000;
  return now;
};
const ctx = setupTestContext({ clock });
const raw = () => ctx().raw;

/** A signed-in account that enrols an authenticator app through the API; its secret and recovery codes. */
async function enrolled(): Promise<{ id: string; email: string; secret: string; codes: string[]; session: SessionHeaders }> {
  const account = await createTestAccount(ctx(), {});
  const email = account.email ?? '';
  const session = await signIn(raw(), email);
  const { secret } = (await raw().inject({ method: 'POST', url: '/api/me/totp', headers: session })).json();
  const confirmed = await raw().inject({ method: 'POST', url: '/api/me/totp/confirm', headers: session, payload: { code: totpCode(secret, nextStep()) } });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  const body = confirmed.json();
  return { id: account.id, email, secret, codes: body.recovery_codes, session: { cookie: sessionCookieFrom(confirmed), 'x-csrf-token': body.csrf_token } };
}

/** The password step: the headers of the half-signed-in (mfa_pending) session. */
async function passwordStep(email: string): Promise<SessionHeaders> {
  const first = await raw().inject({ method: 'POST', url: '/api/auth/sign-in', payload: { identifier: email, password: TEST_PASSWORD } });
  expect(first.json().stage).toBe('mfa_pending');
  return { cookie: sessionCookieFrom(first), 'x-csrf-token': first.json().csrf_token };
}

const withRecoveryCode = (pending: SessionHeaders, code: string) =>
  raw().inject({ method: 'POST', url: '/api/auth/sign-in/recovery-code', headers: pending, payload: { recovery_code: code } });
const profile = async (session: SessionHeaders) => (await raw().inject({ method: 'GET', url: '/api/me', headers: session })).json();

describe('recovery codes', () => {
  it('are ten, made when the authenticator app is confirmed, shown once and counted in the profile', async () => {
    const { codes, session, email } = await enrolled();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(await profile(session)).toMatchObject({ totp_enabled: true, recovery_codes_remaining: 10 });
    await ctx().outbox.drain();
    expect(ctx().sent.some((m) => m.to === email && m.template === 'security_notice' && m.params['event'] === 'totp_enabled')).toBe(true);
  });

  it('sign in in place of the authenticator code, once each; the holder is told', async () => {
    const { email, codes } = await enrolled();
    const [code = '', other = ''] = codes;
    const pending = await passwordStep(email);
    // The half-signed-in session opens nothing else.
    expectError(await raw().inject({ method: 'GET', url: '/api/me', headers: pending }), 403, 'MFA_REQUIRED');
    const full = await withRecoveryCode(pending, code.toUpperCase().replaceAll('-', ' '));
    expect(full.statusCode, full.body).toBe(200);
    expect(full.json().stage).toBe('full');
    const session = { cookie: sessionCookieFrom(full), 'x-csrf-token': full.json().csrf_token };
    expect((await raw().inject({ method: 'GET', url: '/api/auth/session', headers: session })).json()).toMatchObject({ stage: 'full', mfa: true });
    expect(await profile(session)).toMatchObject({ recovery_codes_remaining: 9 });
    expectError(await withRecoveryCode(await passwordStep(email), code), 401, 'RECOVERY_CODE_INVALID');
    expect((await withRecoveryCode(await passwordStep(email), other)).statusCode).toBe(200);
    await ctx().outbox.drain();
    expect(ctx().sent.filter((m) => m.to === email && m.params['event'] === 'recovery_code_used')).toHaveLength(2);
  });

  it('work once even when used twice at the same moment', async () => {
    const { email, codes } = await enrolled();
    const [a, b] = [await passwordStep(email), await passwordStep(email)];
    const results = await Promise.all([withRecoveryCode(a, codes[0] ?? ''), withRecoveryCode(b, codes[0] ?? '')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 401]);
  });

  it("are someone else's only for them: another account's code is refused", async () => {
    const first = await enrolled();
    const second = await enrolled();
    expectError(await withRecoveryCode(await passwordStep(second.email), first.codes[0] ?? ''), 401, 'RECOVERY_CODE_INVALID');
  });

  it('count wrong guesses towards the second-factor lockout', async () => {
    const { email, codes } = await enrolled();
    const pending = await passwordStep(email);
    for (let i = 0; i < 5; i += 1) expectError(await withRecoveryCode(pending, '0000-0000-0000-0000'), 401, 'RECOVERY_CODE_INVALID');
    expectError(await withRecoveryCode(pending, codes[1] ?? ''), 429, 'SIGN_IN_THROTTLED');
  });

  it('are regenerated with a current code: the old ones stop working', async () => {
    const { email, secret, codes, session } = await enrolled();
    const regenerated = await raw().inject({
      method: 'POST',
      url: '/api/me/totp/recovery-codes',
      headers: session,
      payload: { code: totpCode(secret, nextStep()) },
    });
    expect(regenerated.statusCode, regenerated.body).toBe(200);
    const fresh: string[] = regenerated.json().recovery_codes;
    expect(fresh).toHaveLength(10);
    expect(fresh.some((c) => codes.includes(c))).toBe(false);
    expectError(await withRecoveryCode(await passwordStep(email), codes[2] ?? ''), 401, 'RECOVERY_CODE_INVALID');
    expect((await withRecoveryCode(await passwordStep(email), fresh[0] ?? '')).statusCode).toBe(200);
    expectError(await raw().inject({ method: 'POST', url: '/api/me/totp/recovery-codes', headers: session, payload: { code: '000000' } }), 401, 'TOTP_INVALID');
  });

  it('are stored as hashes only', async () => {
    const { codes } = await enrolled();
    const dump = JSON.stringify(await ctx().db.execute(sql`select * from recovery_codes`));
    for (const code of codes) {
      expect(dump).not.toContain(code);
      expect(dump).not.toContain(code.replaceAll('-', ''));
    }
  });
});

describe('removing the authenticator app', () => {
  it('needs a current code (or a recovery code); afterwards sign-in is one step and the recovery codes are gone', async () => {
    const { id, email, secret, codes, session } = await enrolled();
    const disable = (code: string) => raw().inject({ method: 'POST', url: '/api/me/totp/disable', headers: session, payload: { code } });
    expectError(await disable('123456'), 401, 'TOTP_INVALID');
    expectError(await disable('0000-0000-0000-0000'), 401, 'TOTP_INVALID');
    expect((await disable(totpCode(secret, nextStep()))).statusCode).toBe(204);
    expect(await profile(session)).toMatchObject({ totp_enabled: false, recovery_codes_remaining: 0 });
    const first = await raw().inject({ method: 'POST', url: '/api/auth/sign-in', payload: { identifier: email, password: TEST_PASSWORD } });
    expect(first.json().stage).toBe('full');
    const left = (await ctx().db.execute(sql`select count(*)::int as n from recovery_codes where account_id = ${id}`)) as unknown as { rows: { n: number }[] };
    expect(left.rows[0]?.n).toBe(0);
    expectError(await disable(codes[0] ?? ''), 409, 'TOTP_NOT_ENROLLED');
    await ctx().outbox.drain();
    expect(ctx().sent.some((m) => m.to === email && m.params['event'] === 'totp_disabled')).toBe(true);
  });

  it('also works with a recovery code (the app is lost)', async () => {
    const { codes, session } = await enrolled();
    expect((await raw().inject({ method: 'POST', url: '/api/me/totp/disable', headers: session, payload: { code: codes[3] ?? '' } })).statusCode).toBe(204);
  });

  it('is refused for Association admins and for staff roles while TOTP is required of them', async () => {
    for (const role of ['admin', 'auditor', 'regulator'] as const) {
      const account = await createTestAccount(ctx(), { roles: [{ role }], totp: true });
      const session = await signIn(raw(), account.email ?? '', { totp: true, atMs: nextStep() });
      const response = await raw().inject({
        method: 'POST',
        url: '/api/me/totp/disable',
        headers: session,
        payload: { code: totpCode(TEST_TOTP_SECRET, nextStep()) },
      });
      expect(expectError(response, 409, 'TOTP_REQUIRED').message.en).toContain(role);
      expect(await profile(session)).toMatchObject({ totp_enabled: true });
    }
  });
});
