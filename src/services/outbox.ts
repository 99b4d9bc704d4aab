import { randomUUID } from 'node:crypto';
import type { Identifier } from '../core/auth/identifiers.js';
import { FIELD_CONTEXT, type FieldProtector } from './field-protector.js';
import type { OutboxChannel, OutboxStore } from './identity-ports.js';
import type { Clock } from './ports.js';
import type { UnitOfWork } from './unit-of-work.js';

/** The messages PISA sends; each transport renders them (the dev transport as one log line). */
export const MESSAGE_TEMPLATES = ['verify_identifier', 'account_exists', 'invitation', 'password_reset', 'security_notice'] as const;
export type MessageTemplate = (typeof MESSAGE_TEMPLATES)[number];

/**
 * What a `security_notice` tells the account holder happened (ASVS 2.2.3, 2.5.5: people learn
 * of changes to how they sign in, so a change they did not make does not go unnoticed).
 */
export type SecurityEvent = 'password_changed' | 'password_reset' | 'totp_enabled' | 'totp_disabled' | 'recovery_codes_generated' | 'recovery_code_used';

/** Email for email addresses, SMS for mobile numbers. */
export const channelFor = (identifier: Identifier): OutboxChannel => (identifier.kind === 'email' ? 'email' : 'sms');

export type OutgoingMessage = {
  readonly id: string;
  readonly channel: OutboxChannel;
  /** Email address or +86 mobile number, decrypted just for delivery. */
  readonly to: string;
  readonly template: MessageTemplate;
  readonly params: Readonly<Record<string, string>>;
};

/** Delivers one message (email or SMS); throws when it could not. */
export interface MessageTransport {
  readonly name: string;
  send(message: OutgoingMessage): Promise<void>;
}

export type Outbox = {
  /** Stores the message (encrypted) for delivery; never sends inline, so response times do not depend on the mail server. */
  enqueue(channel: OutboxChannel, to: string, template: MessageTemplate, params: Readonly<Record<string, string>>): Promise<void>;
  /** Delivers what is pending; the number delivered. Failures stay pending with their attempt counted. */
  drain(): Promise<number>;
};

const BATCH = 50;
const MAX_ATTEMPTS = 5;

export function createOutbox(deps: {
  store: OutboxStore;
  protector: FieldProtector;
  transport: MessageTransport;
  clock: Clock;
  /** A message enqueued inside a unit of work is stored with its change, and delivered only once that commits. */
  unitOfWork: UnitOfWork;
  /** Start a delivery run after each enqueue (in the background; the request does not wait). */
  autoDrain: boolean;
  onError?: (error: unknown) => void;
}): Outbox {
  const { store, protector, transport, clock } = deps;
  let draining: Promise<number> | null = null;
  const drainOnce = async (): Promise<number> => {
    let sent = 0;
    for (const record of await store.pending(BATCH)) {
      if (record.attempts >= MAX_ATTEMPTS || record.params_enc === null) continue;
      try {
        const params = JSON.parse(protector.decrypt(record.params_enc, FIELD_CONTEXT.outboxParams(record.id))) as Record<string, string>;
        const to = protector.decrypt(record.recipient_enc, FIELD_CONTEXT.outboxRecipient(record.id));
        await transport.send({ id: record.id, channel: record.channel, to, template: record.template as MessageTemplate, params });
        await store.markSent(record.id, clock.now());
        sent += 1;
      } catch (error) {
        await store.markFailed(record.id);
        deps.onError?.(error);
      }
    }
    return sent;
  };
  return {
    async enqueue(channel, to, template, params) {
      const id = randomUUID();
      await store.enqueue({
        id,
        channel,
        recipientEnc: protector.encrypt(to, FIELD_CONTEXT.outboxRecipient(id)),
        template,
        paramsEnc: protector.encrypt(JSON.stringify(params), FIELD_CONTEXT.outboxParams(id)),
        createdAt: clock.now(),
      });
      if (deps.autoDrain) deps.unitOfWork.afterCommit(() => void outboxDrain().catch((error: unknown) => deps.onError?.(error)));
    },
    drain: () => outboxDrain(),
  };
  function outboxDrain(): Promise<number> {
    // One run at a time: a caller arriving during a run waits for it, then runs again, so what
    // it enqueued is delivered by the time its promise settles.
    const run = (draining ?? Promise.resolve(0)).then(drainOnce);
    const settled = run.catch(() => 0);
    draining = settled;
    void settled.then(() => {
      if (draining === settled) draining = null;
    });
    return run;
  }
}
