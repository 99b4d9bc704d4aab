import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { totpCode } from '../../src/core/crypto/totp.js';
import { loggerOptions } from '../../src/http/logging.js';
import { createTestAccount, setupTestContext, signIn, TEST_PASSWORD, TEST_TOTP_SECRET } from '../http/helper.js';

// Everything the server logs while people register, sign in (with TOTP), use API keys and hit
// errors is captured, and must hold none of the personal information or secrets involved.

const lines: string[] = [];
const capture = { write: (line: string) => void lines.push(line) };
const ctx = setupTestContext({ logStream: capture });

const EMAIL = 'li.hua.logged@example.com';
const PHONE = '13698765432';
const NAME = '李华';

describe('server logs', () => {
  it('hold no personal information, password, session, CSRF token, API key or code', async () => {
    const raw = ctx().raw;
    await raw.inject({ method: 'POST', url: '/api/auth/register', payload: { email: EMAIL, password: TEST_PASSWORD, name: NAME } });
    await raw.inject({ method: 'POST', url: '/api/auth/register', payload: { phone: PHONE, password: TEST_PASSWORD } });
    await raw.inject({ method: 'POST', url: `/api/auth/register?email=${encodeURIComponent(EMAIL)}`, payload: { email: EMAIL, password: 'short' } });
    await ctx().outbox.drain();
    const code = ctx().sent.find((m) => m.to === EMAIL)?.params['code'] ?? '';
    await raw.inject({ method: 'POST', url: '/api/auth/verify', payload: { email: EMAIL, code } });
    await raw.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { identifier: EMAIL, password: 'wrong but long password' } });
    const session = await signIn(raw, EMAIL);
    await raw.inject({ method: 'GET', url: '/api/me', headers: session });
    const staff = await createTestAccount(ctx(), { email: 'staff.logged@example.com', roles: [{ role: 'admin' }], totp: true });
    const staffSession = await signIn(raw, staff.email ?? '', { totp: true });
    const org = (await raw.inject({ method: 'POST', url: '/api/organisations', headers: session, payload: { name: 'Logged Co.' } })).json();
    const key = (
      await raw.inject({ method: 'POST', url: `/api/organisations/${org.id}/api-keys`, headers: session, payload: { name: 'k', scopes: ['processors:read'] } })
    ).json().key;
    await raw.inject({ method: 'GET', url: '/api/processors', headers: { authorization: `Bearer ${key}` } });
    await raw.inject({ method: 'GET', url: '/api/processors', headers: { authorization: 'Bearer pisa_wrongwrongwrongwrongwrongwrongwrongwrongwro' } });

    const text = lines.join('');
    expect(lines.length).toBeGreaterThan(20);
    const secrets = [
      EMAIL,
      'li.hua',
      PHONE,
      NAME,
      TEST_PASSWORD,
      code,
      session.cookie.split('=')[1] ?? '',
      session['x-csrf-token'],
      staffSession.cookie.split('=')[1] ?? '',
      key,
      totpCode(TEST_TOTP_SECRET, Date.parse('2026-11-27T12:00:00.000Z')),
      TEST_TOTP_SECRET,
    ];
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(1);
      expect(text, secret).not.toContain(secret);
    }
    // Requests are logged as method and path only: no query string, no client address.
    expect(text).toContain('"url":"/api/auth/register"');
    expect(text).not.toContain('remoteAddress');
    expect(text).not.toContain('127.0.0.1');
  });
});

describe('the redaction list', () => {
  it('censors credentials and PI-named fields wherever a log call puts them', () => {
    let out = '';
    const stream = {
      write: (line: string) => {
        out += line;
      },
    };
    const app = Fastify({ logger: loggerOptions({ level: 'info', stream }) });
    app.log.info(
      {
        req: { headers: { authorization: 'Bearer pisa_secret', cookie: 'pisa_session=abc', 'x-csrf-token': 'tok' } },
        body: { email: 'x@example.com', password: 'hunter2hunter2' },
        account: { email: 'y@example.com', phone: '+8613800138000', name: '王五', password: 'p@ss', token: 't0k3n' },
      },
      'incoming',
    );
    for (const secret of ['pisa_secret', 'pisa_session=abc', '"tok"', 'x@example.com', 'hunter2', 'y@example.com', '8613800138000', '王五', 'p@ss', 't0k3n']) {
      expect(out, secret).not.toContain(secret);
    }
    expect(out).toContain('[REDACTED]');
  });
});
