import { createDevTransport } from '../services/dev-transport.js';
import type { MessageTransport } from '../services/outbox.js';
import type { Config } from './config.js';

/** What an SMTP transport needs; read from SMTP_* (the password never leaves this object). */
export type SmtpSettings = {
  readonly host: string;
  readonly port: number;
  readonly secure: 'starttls' | 'tls';
  readonly user: string | null;
  readonly password: string | null;
  readonly from: string;
};

export function smtpSettings(config: Config): SmtpSettings {
  return {
    host: config.SMTP_HOST ?? '',
    port: config.SMTP_PORT,
    secure: config.SMTP_SECURE,
    user: config.SMTP_USER ?? null,
    password: config.SMTP_PASSWORD ?? null,
    from: config.SMTP_FROM ?? '',
  };
}

/**
 * The SMTP transport's place in the wiring. This build carries no SMTP client (no network
 * dependency was added): every send fails, so messages stay in the outbox, counted, until a
 * build with a client (nodemailer or similar, behind this same MessageTransport) delivers them.
 */
export function createSmtpTransport(settings: SmtpSettings): MessageTransport {
  return {
    name: `smtp (${settings.host}:${settings.port})`,
    send: () => Promise.reject(new Error('SMTP delivery is not built into this version of PISA; messages stay in the outbox')),
  };
}

/** The configured transport: the dev console printer, or SMTP. */
export function createTransport(config: Config, write: (line: string) => void): MessageTransport {
  return config.PISA_MAIL_TRANSPORT === 'smtp' ? createSmtpTransport(smtpSettings(config)) : createDevTransport(write);
}
