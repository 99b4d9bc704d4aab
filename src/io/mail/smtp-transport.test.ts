import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailBody, type ReceivedMail, startSmtpServer } from '../../../test/support/smtp-server.js';
import { createSmtpTransport } from './smtp-transport.js';

describe('the SMTP transport', () => {
  let server: Awaited<ReturnType<typeof startSmtpServer>>;
  beforeAll(async () => {
    server = await startSmtpServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('delivers a rendered message through the server in the URL, signing in with its credentials', async () => {
    const transport = createSmtpTransport({ url: server.url('pisa:s3cret'), from: 'PISA <no-reply@pisa.example>', publicUrl: 'https://pisa.example/' });
    try {
      await transport.send({
        id: '0b4a7c1e-0000-4000-8000-000000000001',
        channel: 'email',
        to: 'li.lei@example.cn',
        template: 'password_reset',
        params: { token: 'tok_abc', minutes: '30' },
      });
    } finally {
      transport.close();
    }
    const mail = server.mails.at(-1) as ReceivedMail;
    expect(mail.from).toBe('no-reply@pisa.example');
    expect(mail.to).toEqual(['li.lei@example.cn']);
    expect(mail.auth).toBe('\u0000pisa\u0000s3cret');
    expect(mail.data).toMatch(/^Subject: /m);
    expect(mail.data).toContain('Message-ID: <0b4a7c1e-0000-4000-8000-000000000001@pisa>');
    // The link carries the token in the fragment, which browsers never send to a server.
    const body = mailBody(mail);
    expect(body).toContain('https://pisa.example/reset-password#token=tok_abc');
    expect(body).toContain('30 分钟内');
  });

  it('refuses messages to mobile numbers (no SMS gateway): they stay in the outbox', async () => {
    const transport = createSmtpTransport({ url: server.url(), from: 'PISA <no-reply@pisa.example>', publicUrl: null });
    const before = server.mails.length;
    await expect(transport.send({ id: 'x', channel: 'sms', to: '+8613800138000', template: 'verify_identifier', params: { code: '123456' } })).rejects.toThrow(
      /SMS/,
    );
    transport.close();
    expect(server.mails.length).toBe(before);
  });

  it('fails when the server cannot be reached, so the outbox keeps the message', async () => {
    const transport = createSmtpTransport({ url: 'smtp://127.0.0.1:1', from: 'PISA <a@b.c>', publicUrl: null });
    await expect(transport.send({ id: 'y', channel: 'email', to: 'a@example.com', template: 'account_exists', params: {} })).rejects.toThrow();
    transport.close();
  });
});
