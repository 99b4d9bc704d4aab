import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ephemeralKeyring } from '../../src/core/crypto/keyring.js';
import { openDatabase } from '../../src/db/client.js';
import { createStores } from '../../src/db/stores.js';
import { loadCommonPasswords } from '../../src/main/common-passwords.js';
import { readConfig } from '../../src/main/config.js';
import { createTransport } from '../../src/main/mail.js';
import { createServices } from '../../src/main/services.js';
import { CLOCK, TEST_PASSWORD, testPacks } from '../http/helper.js';
import { mailBody, startSmtpServer } from '../support/smtp-server.js';

// PISA_SMTP_URL is the switch: set, registration codes and reset links leave through SMTP; unset,
// the dev mailer prints them. Checked against a tiny SMTP server in this process.

describe('PISA_SMTP_URL', () => {
  let server: Awaited<ReturnType<typeof startSmtpServer>>;
  beforeAll(async () => {
    server = await startSmtpServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('selects the dev mailer when unset, SMTP when set, and refuses anything but an smtp(s):// URL without echoing it', () => {
    expect(createTransport(readConfig({}), () => {}).name).toBe('dev');
    expect(createTransport(readConfig({ PISA_SMTP_URL: 'smtps://user:pw@mail.example:465' }), () => {}).name).toBe('smtp (mail.example)');
    for (const bad of ['http://mail.example', 'smtp://', 'mail.example:25']) {
      expect(() => readConfig({ PISA_SMTP_URL: bad })).toThrow(/PISA_SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
    }
    expect(() => readConfig({ PISA_SMTP_URL: 'http://user:hunter2@mail.example' })).not.toThrow(/hunter2/);
  });

  it('delivers the outbox through the SMTP server: a registration code, then a password reset link', async () => {
    const config = readConfig({ PISA_SMTP_URL: server.url(), PISA_MAIL_FROM: 'PISA <no-reply@pisa.example>', PISA_PUBLIC_URL: 'https://pisa.example' });
    const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://', migrationsFolder: join(import.meta.dirname, '../../drizzle') });
    try {
      const bundle = createServices(createStores(database.db), {
        compiled: await testPacks(),
        clock: CLOCK,
        keyring: ephemeralKeyring(),
        transport: createTransport(config, () => {}),
        commonPasswords: loadCommonPasswords(),
        argon2: { memoryCost: 4096, timeCost: 1, parallelism: 1 },
        autoDrain: false,
      });
      const email = 'wang.fang@example.cn';
      await bundle.services.accounts.register({ email, password: TEST_PASSWORD }, null);
      expect(await bundle.outbox.drain()).toBe(1);
      const welcome = server.mails.at(-1);
      expect(welcome?.to).toEqual([email]);
      const code = /(\d{6})/.exec(mailBody(welcome ?? { from: '', to: [], data: '', auth: null }))?.[1] ?? '';
      await bundle.services.accounts.verify({ email, code }, null);

      await bundle.services.passwordReset.request({ email }, null);
      expect(await bundle.outbox.drain()).toBe(1);
      const reset = mailBody(server.mails.at(-1) ?? { from: '', to: [], data: '', auth: null });
      const token = /reset-password#token=([A-Za-z0-9_-]{43})/.exec(reset)?.[1] ?? '';
      expect(reset).toContain('https://pisa.example/reset-password#token=');
      await bundle.services.passwordReset.reset({ token, password: 'a new passphrase for wang' }, null);
      await bundle.outbox.drain();
      expect(mailBody(server.mails.at(-1) ?? { from: '', to: [], data: '', auth: null })).toContain('Your password was reset');
    } finally {
      await database.close();
    }
  });
});
