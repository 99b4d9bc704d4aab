import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/services/ports.js';
import { buildTestContext, createTestAccount, expectError, setupTestContext, signIn, TEST_PASSWORD, TEST_SECURITY } from './helper.js';

// "Forgot password": a single-use, expiring token, stored hashed, sent through the outbox; the
// same answer for every identifier; every session ends after the reset; audited.

let now = Date.parse('2026-11-27T12:00:00.000Z');
const clock: Clock = { now: () => new Date(now) };
const ctx = setupTestContext({ clock });
const raw = () => ctx().raw;
const NEW_PASSWORD = 'a brand new passphrase';

const requestReset = (payload: Record<string, string>) => raw().inject({ method: 'POST', url: '/api/auth/password-reset', payload });
const confirm = (token: string, password = NEW_PASSWORD) =>
  raw().inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, password } });

async function resetTokenFor(to: string): Promise<string> {
  await ctx().outbox.drain();
  const message = [...ctx().sent].reverse().find((m) => m.to === to && m.template === 'password_reset');
  if (!message?.params['token']) throw new Error(`no reset message to ${to}`);
  return message.params['token'];
}

const signInAnswer = (identifier: string, password: string) => raw().inject({ method: 'POST', url: '/api/auth/sign-in', payload: { identifier, password } });

describe('password reset', () => {
  it('answers an unknown, an unconfirmed and a real account identically, and sends a token only to the real one', async () => {
    const real = await createTestAccount(ctx(), {});
    const pending = await createTestAccount(ctx(), { status: 'pending' });
    const answers = await Promise.all([
      requestReset({ email: real.email ?? '' }),
      requestReset({ email: 'nobody.here@example.com' }),
      requestReset({ email: pending.email ?? '' }),
    ]);
    const bodies = answers.map((r) => ({ status: r.statusCode, body: r.json() }));
    expect(bodies).toEqual(Array(3).fill({ status: 202, body: { status: 'reset_requested' } }));
    await ctx().outbox.drain();
    const resets = ctx()
      .sent.filter((m) => m.template === 'password_reset')
      .map((m) => m.to);
    expect(resets).toContain(real.email);
    expect(resets).not.toContain('nobody.here@example.com');
    expect(resets).not.toContain(pending.email);
  });

  it('sets the new password, ends every session, tells the holder, and is audited', async () => {
    const account = await createTestAccount(ctx(), {});
    const email = account.email ?? '';
    const sessions = [await signIn(raw(), email), await signIn(raw(), email)];
    await requestReset({ email: email.toUpperCase() });
    const token = await resetTokenFor(email);
    const reset = await confirm(token);
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toEqual({ status: 'password_reset' });
    for (const session of sessions) expectError(await raw().inject({ method: 'GET', url: '/api/me', headers: session }), 401, 'UNAUTHENTICATED');
    expectError(await signInAnswer(email, TEST_PASSWORD), 401, 'CREDENTIALS_INVALID');
    expect((await signInAnswer(email, NEW_PASSWORD)).statusCode).toBe(200);
    await ctx().outbox.drain();
    expect(ctx().sent.some((m) => m.to === email && m.template === 'security_notice' && m.params['event'] === 'password_reset')).toBe(true);
    const audit = await ctx().app.inject({ method: 'GET', url: `/api/audit?target_id=${account.id}` });
    expect(audit.json().entries.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['account.password_reset_request', 'account.password_reset']),
    );
  });

  it('works once: a used token is refused', async () => {
    const account = await createTestAccount(ctx(), {});
    await requestReset({ email: account.email ?? '' });
    const token = await resetTokenFor(account.email ?? '');
    expect((await confirm(token)).statusCode).toBe(200);
    expectError(await confirm(token, 'yet another passphrase'), 400, 'PASSWORD_RESET_INVALID');
  });

  it('lets one of two concurrent uses of a token win', async () => {
    const account = await createTestAccount(ctx(), {});
    await requestReset({ email: account.email ?? '' });
    const token = await resetTokenFor(account.email ?? '');
    const results = await Promise.all([confirm(token, 'first concurrent passphrase'), confirm(token, 'second concurrent passphrase')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 400]);
  });

  it('expires after 30 minutes', async () => {
    const account = await createTestAccount(ctx(), {});
    await requestReset({ email: account.email ?? '' });
    const token = await resetTokenFor(account.email ?? '');
    now += 31 * 60 * 1000;
    expectError(await confirm(token), 400, 'PASSWORD_RESET_INVALID');
    expect((await signInAnswer(account.email ?? '', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('keeps only the latest token working', async () => {
    const account = await createTestAccount(ctx(), {});
    await requestReset({ email: account.email ?? '' });
    const first = await resetTokenFor(account.email ?? '');
    await requestReset({ email: account.email ?? '' });
    const second = await resetTokenFor(account.email ?? '');
    expect(second).not.toBe(first);
    expectError(await confirm(first), 400, 'PASSWORD_RESET_INVALID');
    expect((await confirm(second)).statusCode).toBe(200);
  });

  it('refuses a weak password without spending the token', async () => {
    const account = await createTestAccount(ctx(), {});
    await requestReset({ email: account.email ?? '' });
    const token = await resetTokenFor(account.email ?? '');
    expectError(await confirm(token, 'short'), 400, 'PASSWORD_WEAK');
    expectError(await confirm(token, 'password1234'), 400, 'PASSWORD_WEAK');
    expect((await confirm(token)).statusCode).toBe(200);
  });

  it('sends a mobile number its token by SMS', async () => {
    const account = await createTestAccount(ctx(), { phone: '+8613700001111' });
    await requestReset({ phone: '137 0000 1111' });
    await ctx().outbox.drain();
    const message = [...ctx().sent].reverse().find((m) => m.template === 'password_reset' && m.to === account.phone);
    expect(message?.channel).toBe('sms');
  });

  it('sends at most three reset messages an hour to one account (the answer does not change)', async () => {
    const account = await createTestAccount(ctx(), {});
    for (let i = 0; i < 5; i += 1) expect((await requestReset({ email: account.email ?? '' })).statusCode).toBe(202);
    await ctx().outbox.drain();
    expect(ctx().sent.filter((m) => m.template === 'password_reset' && m.to === account.email)).toHaveLength(3);
  });

  it('stores only a hash of the token', async () => {
    const account = await createTestAccount(ctx(), {});
    await requestReset({ email: account.email ?? '' });
    const token = await resetTokenFor(account.email ?? '');
    const dump = JSON.stringify(await ctx().db.execute(sql`select * from password_resets`));
    expect(dump).not.toContain(token);
  });

  it('refuses malformed tokens and bodies in the one error shape', async () => {
    expectError(await confirm('not-a-token'), 400, 'PASSWORD_RESET_INVALID');
    expectError(await confirm('A'.repeat(43)), 400, 'PASSWORD_RESET_INVALID');
    expectError(await requestReset({ email: 'a@example.com', phone: '13800138000' }), 400, 'REQUEST_INVALID');
    expectError(await raw().inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: 'a@example.com', extra: 1 } }), 400, 'REQUEST_INVALID');
  });
});

describe('password reset requests', () => {
  it('are rate limited per address like sign-in', async () => {
    const limited = await buildTestContext({ security: { ...TEST_SECURITY, rateLimit: { max: 1000, authMax: 2, windowMs: 60_000 } } });
    try {
      const send = () => limited.raw.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: 'someone@example.com' } });
      expect((await send()).statusCode).toBe(202);
      expect((await send()).statusCode).toBe(202);
      const third = await send();
      expectError(third, 429, 'RATE_LIMITED');
      expect(third.headers['retry-after']).toBeDefined();
    } finally {
      await limited.close();
    }
  });
});
