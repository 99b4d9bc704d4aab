import type { ConsentAction, ConsentActor, ConsentMethod } from '../../../../../src/core/consent/types.js';
import type { Readability } from '../../../../../src/core/notice/readability.js';
import type { Notice, SeparateItem } from '../../../../../src/core/notice/types.js';

/** The shapes of /api/me/consents and /api/processors/:id/notice (src/http/schemas/consent.ts). */
export type NoticeRecord = {
  id: string;
  processor_id: string;
  version: number;
  content_hash: string;
  created_at: string;
  notice: Notice;
};

export type CurrentNotice = { notice: NoticeRecord; readability: Record<'zh-CN' | 'en', Readability> };

export type MayProcessReason = 'NOT_CONSENT_BASED' | 'GRANTED' | 'NOT_ASKED' | 'REFUSED' | 'WITHDRAWN' | 'SUPERSEDED' | 'SEPARATE_CONSENT_MISSING';

export type ItemAnswer = { id: string; kind: SeparateItem['kind']; mode: SeparateItem['mode']; status: ConsentStatus; allowed: boolean };

export type ConsentStatus = 'granted' | 'refused' | 'withdrawn' | 'not_asked' | 'superseded';

/** "May the processor use my data for this purpose now?", per purpose. */
export type ConsentAnswer = {
  purposeId: string;
  asOf: string;
  allowed: boolean;
  reason: MayProcessReason;
  basis: string;
  missing: string[];
  restrictions: string[];
  items: ItemAnswer[];
  deciding: { id: string; action: ConsentAction; time: string; noticeHash: string; method: ConsentMethod } | null;
};

export type ConsentEventRow = {
  seq: number;
  receipt_id: string;
  processor_id: string;
  purpose_id: string;
  action: ConsentAction;
  method: ConsentMethod;
  actor_kind: string;
  notice_hash: string;
  occurred_at: string;
};

export type ConsentHistory = { events: ConsentEventRow[]; answers: ConsentAnswer[] };

export type Decision = { purpose: string; action: ConsentAction };

/** A receipt as the API gives it (pisa-receipt/1); only the fields the portal reads are typed. */
export type ReceiptSummary = {
  receipt_id: string;
  processor: { id: string; name: string };
  purposes: { id: string }[];
  event: { state: 'given' | 'refused' | 'withdrawn'; time: string; by?: ConsentActor };
};

export type RecordedConsent = { notice_hash: string; receipts: ReceiptSummary[] };
