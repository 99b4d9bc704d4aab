import { describe, expect, it } from 'vitest';
import { totpCode } from '../../src/core/crypto/totp.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_WIDGET_KEY, describeDemoAccounts, seedDemo } from '../../src/main/demo-seed.js';
import { CLOCK, sessionCookieFrom, setupTestContext } from './helper.js';

const ctx = setupTestContext();

describe('pisa serve --demo', () => {
  it('seeds the demo processors and one account per role, once', async () => {
    const first = await seedDemo(ctx());
    expect(first).toEqual({ processors: 4, accounts: DEMO_ACCOUNTS.length });
    expect(await seedDemo(ctx())).toEqual({ processors: 0, accounts: 0 });
    expect(describeDemoAccounts()).toContain(DEMO_PASSWORD);
    expect(describeDemoAccounts()).toContain(DEMO_TOTP_SECRET);
  });

  it('signs the demo admin in with the documented password and TOTP secret', async () => {
    const first = await ctx().raw.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { identifier: 'admin@pisa.demo', password: DEMO_PASSWORD } });
    expect(first.json().stage).toBe('mfa_pending');
    const headers = { cookie: sessionCookieFrom(first), 'x-csrf-token': first.json().csrf_token };
    const second = await ctx().raw.inject({
      method: 'POST',
      url: '/api/auth/sign-in/totp',
      headers,
      payload: { code: totpCode(DEMO_TOTP_SECRET, CLOCK.now().getTime()) },
    });
    expect(second.json().stage).toBe('full');
    const audit = await ctx().raw.inject({ method: 'GET', url: '/api/audit/verify', headers: { cookie: sessionCookieFrom(second) } });
    expect(audit.json().ok).toBe(true);
  });

  it('gives each demo organisation its own processors', async () => {
    const signedIn = await ctx().raw.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { identifier: 'owner@rides.demo', password: DEMO_PASSWORD } });
    const listed = await ctx().raw.inject({ method: 'GET', url: '/api/processors', headers: { cookie: sessionCookieFrom(signedIn) } });
    expect(listed.json().processors.map((p: { slug: string }) => p.slug)).toEqual(['quiet-notes', 'ride-hailing']);
    const person = await ctx().raw.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { identifier: '13800138000', password: DEMO_PASSWORD } });
    expect(person.json().stage).toBe('full');
  });

  it('publishes a notice per demo processor, and the sample shop widget key records consent', async () => {
    const notice = await ctx().raw.inject({ method: 'GET', url: '/api/processors/shopping/notice' });
    expect(notice.statusCode, notice.body).toBe(200);
    const { content_hash, notice: body } = notice.json().notice;
    const optional = body.purposes.find((p: { consent_required: boolean; separate: unknown[] }) => p.consent_required && p.separate.length === 0);
    expect(optional, 'the demo shop has a consent-based purpose without separate items').toBeDefined();
    const recorded = await ctx().raw.inject({
      method: 'POST',
      url: '/api/processors/shopping/consents',
      headers: { authorization: `Bearer ${DEMO_WIDGET_KEY}` },
      payload: { notice_hash: content_hash, subject: 'demo-visitor-1', method: 'widget', decisions: [{ purpose: optional.id, action: 'grant' }] },
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    // The publishable key records only: it reads nothing.
    const read = await ctx().raw.inject({
      method: 'GET',
      url: '/api/processors/shopping/consents/history?subject=demo-visitor-1',
      headers: { authorization: `Bearer ${DEMO_WIDGET_KEY}` },
    });
    expect(read.statusCode).toBe(403);
  });
});
