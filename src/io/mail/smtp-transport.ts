import nodemailer from 'nodemailer';
import { renderMessage } from '../../services/message-text.js';
import type { MessageTransport } from '../../services/outbox.js';

export type SmtpSettings = {
  /**
   * smtp://[user:password@]host[:port] (STARTTLS when the server offers it; add ?requireTLS=true
   * to insist) or smtps://... (TLS from the first byte). Never logged: it may hold the password.
   */
  readonly url: string;
  /** The From header: "PISA <no-reply@pisa.example>". */
  readonly from: string;
  /** Where people reach the web app, for links in messages; null names the page instead. */
  readonly publicUrl: string | null;
};

/**
 * Delivers email through an SMTP server with nodemailer. Only the email channel: a message to a
 * mobile number fails (PISA has no SMS gateway yet), so it stays in the outbox, counted, instead
 * of being printed where nobody should read it.
 */
export function createSmtpTransport(settings: SmtpSettings): MessageTransport & { close(): void } {
  const mailer = nodemailer.createTransport(settings.url);
  const host = new URL(settings.url).hostname;
  return {
    name: `smtp (${host})`,
    async send(message) {
      if (message.channel !== 'email') throw new Error('no SMS gateway is configured: text messages stay in the outbox');
      const { subject, text } = renderMessage(message, { publicUrl: settings.publicUrl });
      await mailer.sendMail({ from: settings.from, to: message.to, subject, text, messageId: `<${message.id}@pisa>` });
    },
    close: () => mailer.close(),
  };
}
