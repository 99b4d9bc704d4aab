import {
  applyGlobalPrivacyControl,
  buildReceipt,
  type ConsentAction,
  type ConsentActor,
  type ConsentDecision,
  type ConsentEvent,
  type ConsentMethod,
  type ConsentRequest,
  canonicalReceiptBytes,
  commitReceipt,
  foldConsentState,
  type MayProcessAnswer,
  mayProcess,
  RECEIPT_SALT_BYTES,
  type Receipt,
  toConsentEvents,
  validateConsentDecision,
} from '../core/consent/index.js';
import { PisaError } from '../core/errors/pisa-error.js';
import type { Notice, NoticeLocale } from '../core/notice/index.js';
import { encodeBase64Url } from '../core/receipt/base64url.js';
import { detachJwsPayload } from '../core/receipt/jws.js';
import type { ConsentCount, ConsentEventRecord, ConsentStore, NewConsentRecord, ReceiptSigner } from './consent-ports.js';
import { checkSubject, subjectIndex } from './consent-subject.js';
import { createGroupCommit } from './group-commit.js';
import type { NoticeService } from './notices.js';
import type { Clock, ProcessorStore } from './ports.js';
import { requireProcessor } from './processors.js';

export type RecordConsentInput = {
  /** Processor id (uuid) or slug. */
  readonly processor: string;
  readonly noticeHash: string;
  /** The processor's pseudonymous id of the person, or `pisa:<account>` in the portal. */
  readonly subject: string;
  /** The PISA account when the person acts in the portal, so their receipts show there. */
  readonly accountId: string | null;
  readonly method: ConsentMethod;
  readonly actor: ConsentActor;
  readonly decisions: readonly ConsentDecision[];
  readonly all?: ConsentAction | undefined;
  readonly age?: number | null | undefined;
  /** The request carried `Sec-GPC: 1` (honoured where California law applies). */
  readonly gpc?: boolean | undefined;
  readonly lang?: NoticeLocale | undefined;
};

/** A receipt as handed to the person: the signed body, its salt and signature; `log` once sequenced. */
export type IssuedReceipt = Receipt<null> & { readonly salt: string; readonly sig: string };

export type ConsentHistory = {
  readonly events: readonly ConsentEventRecord[];
  readonly answers: readonly MayProcessAnswer[];
};

export type ConsentService = {
  record(input: RecordConsentInput): Promise<{ readonly notice_hash: string; readonly receipts: readonly IssuedReceipt[] }>;
  /** "May the processor use this person's data for this purpose now?" */
  check(processorRef: string, subject: string, purposeId: string): Promise<MayProcessAnswer>;
  history(processorRef: string, subject: string): Promise<ConsentHistory>;
  stats(processorRef: string, from: Date, to: Date): Promise<ConsentCount[]>;
  /** Waits until every accepted consent is stored (shutdown). */
  drain(): Promise<void>;
};

export type ConsentServiceDeps = {
  readonly consents: ConsentStore;
  readonly processors: ProcessorStore;
  readonly notices: NoticeService;
  readonly signer: ReceiptSigner;
  readonly clock: Clock;
  readonly randomBytes: (size: number) => Uint8Array;
  /** The most records one transaction carries under load (group commit). */
  readonly maxBatch?: number;
  /** Told how many log entries each stored batch enqueued (wakes the sequencer early when many wait). */
  readonly onRecorded?: (count: number) => void;
};

const NOTICE_CACHE_MS = 5000;

const toCoreEvent = (subject: string, row: ConsentEventRecord): ConsentEvent => ({
  id: row.receipt_id,
  subject,
  processorId: row.processor_id,
  purposeId: row.purpose_id,
  action: row.action,
  time: row.occurred_at,
  noticeHash: row.notice_hash,
  method: row.method,
  actor: row.actor_kind === 'self' ? { kind: 'self' } : { kind: row.actor_kind, verification: 'recorded' },
});

export function createConsentService(deps: ConsentServiceDeps): ConsentService {
  const { consents, notices, signer, clock, randomBytes } = deps;
  const writer = createGroupCommit<NewConsentRecord, string>(
    async (records) => {
      const entryIds = await consents.recordMany(records);
      deps.onRecorded?.(entryIds.length);
      return entryIds;
    },
    { maxBatch: deps.maxBatch ?? 256 },
  );
  // The latest notice per processor, re-read when a request names another hash (a newer notice
  // published here or by another instance) or after NOTICE_CACHE_MS; versions never change.
  const currentNotices = new Map<string, { hash: string; notice: Notice; at: number }>();

  // Processors are never deleted or renamed while PISA runs: ids per ref are cached.
  const processorIds = new Map<string, string>();
  const resolve = async (ref: string): Promise<string> => {
    const known = processorIds.get(ref);
    if (known !== undefined) return known;
    const { id } = await requireProcessor(deps.processors, ref);
    if (processorIds.size > 10_000) processorIds.clear();
    processorIds.set(ref, id);
    return id;
  };

  // One read at a time per processor: when the cached notice expires under load, the requests
  // that arrive meanwhile wait for that read instead of each queueing their own.
  const noticeReads = new Map<string, Promise<{ hash: string; notice: Notice; at: number }>>();
  const readNotice = (processorId: string, now: number) => {
    let reading = noticeReads.get(processorId);
    if (reading === undefined) {
      reading = notices
        .current(processorId)
        .then((record) => {
          if (record === null) throw new PisaError('NOTICE_NOT_PUBLISHED', { processor: processorId });
          const fresh = { hash: record.content_hash, notice: record.notice, at: now };
          currentNotices.set(processorId, fresh);
          return fresh;
        })
        .finally(() => noticeReads.delete(processorId));
      noticeReads.set(processorId, reading);
    }
    return reading;
  };

  const currentNotice = async (processorId: string, wanted: string | null): Promise<{ hash: string; notice: Notice }> => {
    const now = clock.now().getTime();
    const cached = currentNotices.get(processorId);
    if (cached !== undefined && (wanted === null || cached.hash === wanted) && now - cached.at < NOTICE_CACHE_MS) return cached;
    return readNotice(processorId, now);
  };

  const party = (processorId: string, notice: Notice) => ({
    id: processorId,
    name: notice.processor.legal_name,
    address: notice.processor.address,
    contact: notice.processor.email,
    email: notice.processor.email,
    phone: notice.processor.phone,
    url: notice.processor.rights_url,
  });

  const newReceiptId = (): string => encodeBase64Url(randomBytes(16));

  const stateOf = async (processorId: string, subject: string, asOf: string) => {
    const rows = await consents.events(processorId, subjectIndex(processorId, subject));
    const history = await notices.history(processorId);
    return {
      rows,
      state: foldConsentState(
        rows.map((r) => toCoreEvent(subject, r)),
        asOf,
        history,
      ),
    };
  };

  return {
    async record(input) {
      const subject = checkSubject(input.subject);
      const processorId = await resolve(input.processor);
      const { hash, notice } = await currentNotice(processorId, input.noticeHash);
      const request: ConsentRequest = {
        subject,
        processorId: processorId,
        noticeHash: input.noticeHash,
        method: input.method,
        actor: input.actor,
        decisions: input.decisions,
        ...(input.all === undefined ? {} : { all: input.all }),
      };
      const issues = validateConsentDecision(request, { hash, purposes: notice.purposes }, { age: input.age ?? null, jurisdictions: notice.jurisdictions });
      const first = issues[0];
      if (first !== undefined) throw new PisaError(first.code, first.params, { issues });
      const time = clock.now();
      const events = toConsentEvents(request, notice.purposes, { time: time.toISOString(), newId: newReceiptId });
      if (input.gpc === true) {
        const { state } = await stateOf(processorId, subject, time.toISOString());
        const decided = new Set(events.map((e) => e.purposeId));
        const signal = { subject, processorId: processorId, time: time.toISOString(), noticeHash: hash, newId: newReceiptId };
        events.push(...applyGlobalPrivacyControl(notice.purposes, notice.jurisdictions, signal, state).filter((e) => !decided.has(e.purposeId)));
      }
      const index = subjectIndex(processorId, subject);
      const issued = await Promise.all(
        events.map(async (event) => {
          const receipt = buildReceipt(event, notice, party(processorId, notice), null, { lang: input.lang ?? 'zh-CN' });
          const bytes = canonicalReceiptBytes(receipt);
          const salt = randomBytes(RECEIPT_SALT_BYTES);
          const sig = await signer.sign(bytes);
          const record: NewConsentRecord = {
            receiptId: event.id,
            processorId: processorId,
            subjectIndex: index,
            accountId: input.accountId,
            noticeHash: hash,
            payload: receipt,
            // The payload is the canonical body, stored beside it: 40 % of a receipt row's bytes.
            jws: detachJwsPayload(sig),
            salt: encodeBase64Url(salt),
            commitment: commitReceipt(salt, bytes),
            occurredAt: time,
            events: [{ purposeId: event.purposeId, action: event.action, method: event.method, actorKind: event.actor.kind }],
          };
          return { record, receipt: { ...receipt, salt: record.salt, sig } };
        }),
      );
      // All of one request's receipts go into the same transaction (group commit keeps order).
      await Promise.all(issued.map((i) => writer.submit(i.record)));
      return { notice_hash: hash, receipts: issued.map((i) => i.receipt) };
    },
    async check(processorRef, subject, purposeId) {
      const processorId = await resolve(processorRef);
      const { notice } = await currentNotice(processorId, null);
      const purpose = notice.purposes.find((p) => p.id === purposeId);
      if (purpose === undefined) throw new PisaError('CONSENT_PURPOSE_UNKNOWN', { value: purposeId, suggestion: '' });
      const asOf = clock.now().toISOString();
      const { state } = await stateOf(processorId, checkSubject(subject), asOf);
      return mayProcess(state, purpose, asOf, { subject, processorId });
    },
    async history(processorRef, subject) {
      const processorId = await resolve(processorRef);
      const { notice } = await currentNotice(processorId, null);
      const asOf = clock.now().toISOString();
      const { rows, state } = await stateOf(processorId, checkSubject(subject), asOf);
      return { events: rows, answers: notice.purposes.map((p) => mayProcess(state, p, asOf, { subject, processorId })) };
    },
    stats: async (processorRef, from, to) => consents.countByDay(await resolve(processorRef), from, to),
    drain: () => writer.drain(),
  };
}
