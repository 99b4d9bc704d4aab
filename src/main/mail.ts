import { createSmtpTransport } from '../io/mail/smtp-transport.js';
import { createDevTransport } from '../services/dev-transport.js';
import type { MessageTransport } from '../services/outbox.js';
import type { Config } from './config.js';

/**
 * The configured transport: SMTP when PISA_SMTP_URL is set (email only; messages to mobile
 * numbers wait in the outbox until an SMS gateway exists), else the dev console printer.
 */
export function createTransport(config: Pick<Config, 'PISA_SMTP_URL' | 'PISA_MAIL_FROM' | 'PISA_PUBLIC_URL'>, write: (line: string) => void): MessageTransport {
  return config.PISA_SMTP_URL === undefined
    ? createDevTransport(write)
    : createSmtpTransport({ url: config.PISA_SMTP_URL, from: config.PISA_MAIL_FROM, publicUrl: config.PISA_PUBLIC_URL ?? null });
}
