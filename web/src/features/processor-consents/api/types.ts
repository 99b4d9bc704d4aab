import type { ConsentAction, ConsentMethod } from '../../../../../src/core/consent/types.js';
import type { Notice } from '../../../../../src/core/notice/types.js';

/** The shapes of /api/processors/:id/consents/{stats,check} (src/http/schemas/consent.ts). */
export type StatsCount = { day: string; purpose_id: string; action: ConsentAction; count: number };
export type ConsentStats = { from: string; to: string; counts: StatsCount[] };

export type MayProcessAnswer = {
  purposeId: string;
  asOf: string;
  allowed: boolean;
  reason: 'NOT_CONSENT_BASED' | 'GRANTED' | 'NOT_ASKED' | 'REFUSED' | 'WITHDRAWN' | 'SUPERSEDED' | 'SEPARATE_CONSENT_MISSING';
  basis: string;
  missing: string[];
  restrictions: string[];
  items: { id: string; kind: string; mode: string; status: 'granted' | 'refused' | 'withdrawn' | 'not_asked' | 'superseded'; allowed: boolean }[];
  deciding: { id: string; action: ConsentAction; time: string; noticeHash: string; method: ConsentMethod } | null;
};

export type ProcessorRef = { id: string; slug: string; name: string };

export type CurrentNotice = { notice: { version: number; content_hash: string; notice: Notice } };
