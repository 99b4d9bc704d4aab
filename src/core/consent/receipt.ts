import { utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../audit/canonical-json.js';
import { PisaError } from '../errors/pisa-error.js';
import type { Notice, NoticeLocale, NoticeRecipient, Purpose } from '../notice/types.js';
import type { TaxonomyId } from '../taxonomy/taxonomy.js';
import type { ConsentActor, ConsentEvent, ConsentMethod } from './types.js';

export const RECEIPT_SCHEMA = 'pisa-receipt/1';

/** The processor as an ISO/IEC TS 27560 party (role: PII controller). */
export type ReceiptParty = {
  readonly id: string;
  readonly name: string;
  readonly address: string;
  readonly contact: string;
  readonly email?: string | null;
  readonly phone?: string | null;
  readonly url?: string | null;
};

/** Where the log put the receipt (users-and-standards.md d.3); filled once the receipt is sequenced. */
export type ReceiptLog = { readonly index: string; readonly checkpoint: string; readonly inclusion_proof: readonly string[] };

/** The receipt payload; field names follow the d.3 mapping and docs/consent-receipts.md. */
export type Receipt<L = ReceiptLog | null> = {
  readonly schema: typeof RECEIPT_SCHEMA;
  readonly receipt_id: string;
  readonly subject: string;
  readonly processor: ReceiptParty & { readonly role: 'controller' };
  readonly notice_hash: string;
  readonly notice_lang: NoticeLocale;
  readonly purposes: readonly { readonly id: string; readonly data: readonly TaxonomyId[]; readonly necessary: boolean; readonly separate: boolean }[];
  readonly sensitive: readonly TaxonomyId[];
  readonly recipients: readonly NoticeRecipient[];
  readonly cross_border: Purpose['cross_border'];
  readonly retention: string | null;
  readonly jurisdiction: readonly string[];
  readonly event: {
    /** ISO 27560 event type: the kind of consent — `explicit` (an affirmative act, PIPL art. 14) or `signal` (an opt-out preference signal). */
    readonly type: 'explicit' | 'signal';
    /** ISO 27560 event state. */
    readonly state: 'given' | 'refused' | 'withdrawn';
    readonly time: string;
    readonly method: ConsentMethod;
    readonly by: ConsentActor;
  };
  readonly withdraw_url: string;
  readonly log: L;
};

const STATE = { grant: 'given', refuse: 'refused', withdraw: 'withdrawn' } as const;

/**
 * The receipt of one consent event against the notice the person saw (`notice` must be the
 * version `event.noticeHash` names). The receipt id is the event id, so event ids must be random
 * and unguessable. `log` is a placeholder (null) until the receipt is sequenced.
 */
export function buildReceipt<L = null>(
  event: ConsentEvent,
  notice: Notice,
  processor: ReceiptParty,
  log: L,
  options: { lang?: NoticeLocale } = {},
): Receipt<L> {
  if (processor.id !== event.processorId) {
    throw new PisaError('ARGUMENT_INVALID', { argument: 'processor', detail: `party ${processor.id} is not the processor of event ${event.id}` });
  }
  const purpose = notice.purposes.find((p) => p.id === event.purposeId || p.separate.some((s) => s.id === event.purposeId));
  if (purpose === undefined) throw new PisaError('CONSENT_PURPOSE_UNKNOWN', { value: event.purposeId, suggestion: '' });
  const item = purpose.separate.find((s) => s.id === event.purposeId) ?? null;
  const data = item === null ? purpose.data : item.data;
  // A provision item is about one recipient (PIPL art. 23); otherwise every recipient of the purpose.
  const recipients = item?.kind === 'provision' ? purpose.recipients.filter((r) => r.name === item.recipient && r.role === 'third_party') : purpose.recipients;
  return {
    schema: RECEIPT_SCHEMA,
    receipt_id: event.id,
    subject: event.subject,
    processor: {
      id: processor.id,
      name: processor.name,
      address: processor.address,
      contact: processor.contact,
      email: processor.email ?? null,
      phone: processor.phone ?? null,
      url: processor.url ?? null,
      role: 'controller',
    },
    notice_hash: event.noticeHash,
    notice_lang: options.lang ?? 'zh-CN',
    purposes: [{ id: event.purposeId, data: [...data], necessary: purpose.necessary, separate: item !== null }],
    sensitive: purpose.sensitive.filter((id) => data.includes(id)),
    recipients: recipients.map((r) => ({ name: r.name, role: r.role, country: r.country })),
    cross_border: purpose.cross_border,
    retention: purpose.retention,
    jurisdiction: [...notice.jurisdictions],
    event: { type: event.method === 'gpc' ? 'signal' : 'explicit', state: STATE[event.action], time: event.time, method: event.method, by: event.actor },
    withdraw_url: notice.processor.withdraw_url,
    log,
  };
}

/** Fields of the envelope around the committed body: added after the commitment, so never part of it. */
export const RECEIPT_ENVELOPE_FIELDS = ['log', 'salt', 'sig'] as const;
const ENVELOPE: ReadonlySet<string> = new Set(RECEIPT_ENVELOPE_FIELDS);

/**
 * The bytes a receipt commits to: its canonical JSON (keys sorted, no whitespace) as UTF-8,
 * without the envelope fields `log`, `salt` and `sig`. Browser-safe; attacker-supplied receipts
 * that are not plain JSON values are refused with a thrown error.
 */
export function canonicalReceiptBytes(receipt: object): Uint8Array {
  return utf8ToBytes(canonicalReceiptText(receipt));
}

/** `canonicalReceiptBytes` before UTF-8 encoding (the verifier compares it with the signed bytes as it is). */
export function canonicalReceiptText(receipt: object): string {
  if (receipt === null || typeof receipt !== 'object' || Array.isArray(receipt))
    throw new PisaError('ARGUMENT_INVALID', { argument: 'receipt', detail: 'must be a JSON object' });
  return canonicalJson(withoutEnvelope(receipt as Record<string, unknown>));
}

/** The receipt's own fields, copied by a loop (`pisa verify` copies every receipt it checks). */
function withoutEnvelope(receipt: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const key of Object.keys(receipt)) {
    if (ENVELOPE.has(key)) continue;
    // An assignment to "__proto__" would set the prototype; defineProperty keeps it a member.
    if (key === '__proto__') Object.defineProperty(body, key, { value: receipt[key], enumerable: true, writable: true, configurable: true });
    else body[key] = receipt[key];
  }
  return body;
}
