// The ports the notice and consent use cases need; src/db and src/main implement them. Notice
// bodies and receipt payloads are stored as JSON exactly as the core produced them.

/** Signs receipt payloads as compact JWS (EdDSA); the key id names the key in /api/receipts/keys. */
export interface ReceiptSigner {
  readonly keyId: string;
  sign(payload: Uint8Array): Promise<string>;
}

export type NoticeSummary = {
  readonly id: string;
  readonly processor_id: string;
  readonly version: number;
  readonly content_hash: string;
  readonly declaration_version_id: string;
  readonly created_at: string;
};

export type NoticeRecord<N = unknown> = NoticeSummary & { readonly notice: N };

export type NewNotice = {
  readonly processorId: string;
  readonly declarationVersionId: string;
  readonly contentHash: string;
  readonly notice: unknown;
  readonly createdAt: Date;
};

export interface NoticeStore {
  /**
   * Stores the next version unless the latest already has this content hash (publishing the
   * same notice twice is a no-op). Null when the processor does not exist.
   */
  publish(input: NewNotice): Promise<{ record: NoticeRecord; created: boolean; previous: NoticeRecord | null } | null>;
  list(processorId: string): Promise<NoticeSummary[]>;
  latest(processorId: string): Promise<NoticeRecord | null>;
  /** A version with this content (word-for-word equal notices of two processors are the same document). */
  findByHash(contentHash: string): Promise<NoticeRecord | null>;
}

export type ConsentAction = 'grant' | 'refuse' | 'withdraw';
export type ConsentMethod = 'portal' | 'api' | 'widget' | 'gpc';
export type ActorKind = 'self' | 'guardian' | 'parent';

export type NewConsentEvent = {
  readonly purposeId: string;
  readonly action: ConsentAction;
  readonly method: ConsentMethod;
  readonly actorKind: ActorKind;
};

/** One consent transaction: its receipt, the commitment logged for it, and its events. */
export type NewConsentRecord = {
  readonly receiptId: string;
  readonly processorId: string;
  readonly subjectIndex: string;
  readonly accountId: string | null;
  readonly noticeHash: string;
  readonly payload: unknown;
  /** Compact JWS over the canonical bytes of `payload`; the service stores it with the payload detached (`header..signature`). */
  readonly jws: string;
  readonly salt: string;
  readonly commitment: Uint8Array;
  readonly occurredAt: Date;
  readonly events: readonly NewConsentEvent[];
};

export type ConsentEventRecord = {
  readonly seq: number;
  readonly receipt_id: string;
  readonly processor_id: string;
  readonly purpose_id: string;
  readonly action: ConsentAction;
  readonly method: ConsentMethod;
  readonly actor_kind: ActorKind;
  readonly notice_hash: string;
  readonly occurred_at: string;
};

export type ReceiptRecord = {
  readonly id: string;
  readonly processor_id: string;
  readonly account_id: string | null;
  readonly notice_hash: string;
  readonly payload: unknown;
  /** Compact JWS over the canonical bytes of `payload`, stored with the payload detached (`header..signature`; older rows whole). */
  readonly jws: string;
  readonly salt: string;
  readonly log_entry_id: string;
  readonly created_at: string;
};

export type ConsentCount = { readonly day: string; readonly purpose_id: string; readonly action: ConsentAction; readonly count: number };

export interface ConsentStore {
  /**
   * Stores every record with its events and enqueues each commitment in the transparency log,
   * all in ONE transaction: either all of the batch is stored and queued for sequencing, or none.
   * Returns the log entry id of each record, in order.
   */
  recordMany(records: readonly NewConsentRecord[]): Promise<string[]>;
  /** A subject's events with one processor, oldest first (optionally for one purpose). */
  events(processorId: string, subjectIndex: string, purposeId?: string): Promise<ConsentEventRecord[]>;
  receipt(id: string): Promise<ReceiptRecord | null>;
  /** Receipts recorded for a PISA account (the individual portal), newest first. */
  receiptsOfAccount(accountId: string, limit: number): Promise<ReceiptRecord[]>;
  /** Events per day, purpose and action for a processor between two instants (statistics). */
  countByDay(processorId: string, from: Date, to: Date): Promise<ConsentCount[]>;
}

/** Where a receipt's commitment sits in the transparency log, and its proof against the latest checkpoint. */
export interface ReceiptLogReader {
  /** The entry's index once sequenced, null while it waits for the next batch. */
  positionOf(entryId: string): Promise<number | null>;
  /** The latest signed checkpoint (note text) covering `index`, and the inclusion proof against it. */
  prove(index: number): Promise<{ checkpoint: string; proof: readonly Uint8Array[] } | null>;
}
