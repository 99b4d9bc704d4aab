import { maskIdentifier } from '../core/auth/identifiers.js';
import type { MessageTransport, OutgoingMessage } from './outbox.js';

/**
 * The development transport: each message becomes one line for the developer running PISA.
 * The recipient is masked ("a***@e***.com", "+86 138****5678"): enough to tell test accounts
 * apart, not to contact anyone. The code or invitation token is printed in full, since reading
 * it is the point of a dev mailer; never use this transport where real people register.
 */
export function createDevTransport(write: (line: string) => void): MessageTransport & { readonly sent: OutgoingMessage[] } {
  const sent: OutgoingMessage[] = [];
  return {
    name: 'dev',
    sent,
    async send(message) {
      sent.push(message);
      const to = maskIdentifier(message.channel === 'email' ? { kind: 'email', value: message.to } : { kind: 'phone', value: message.to });
      const params = Object.entries(message.params)
        .map(([key, value]) => `${key}=${value}`)
        .join(' ');
      write(`[dev-${message.channel === 'email' ? 'mail' : 'sms'}] to ${to}: ${message.template}${params ? ` ${params}` : ''}\n`);
    },
  };
}
