import type { ConsentImpact } from '../../../../../src/core/notice/consent-impact.js';
import type { LineDiff } from '../../../../../src/core/notice/line-diff.js';
import type { Readability } from '../../../../../src/core/notice/readability.js';
import type { Notice } from '../../../../../src/core/notice/types.js';

/** The shapes of /api/processors/:id/notices and /api/notices (src/http/schemas/consent.ts). */
export type NoticeSummary = { id: string; processor_id: string; version: number; content_hash: string; declaration_version_id: string; created_at: string };

export type NoticeRecord = NoticeSummary & { notice: Notice };

export type ReadabilityByLanguage = Record<'zh-CN' | 'en', Readability>;

export type NoticeWithReadability = { notice: NoticeRecord; readability: ReadabilityByLanguage };

export type PublishedNotice = {
  notice: NoticeRecord;
  created: boolean;
  previous_hash: string | null;
  readability: ReadabilityByLanguage;
  impact: ConsentImpact | null;
};

export type NoticeDiffResponse = {
  from: NoticeSummary;
  to: NoticeSummary;
  impact: ConsentImpact;
  text: Record<'zh-CN' | 'en', { layer1: LineDiff[]; layer2: LineDiff[] }>;
};

/** What a notice says beyond the declaration (src/http/schemas/consent.ts NoticeContextSchema). */
export type NoticeContextInput = {
  legal_name: string;
  address: string;
  email: string;
  phone?: string | null;
  officer?: { name: string; email?: string | null } | null;
  rights_url: string;
  withdraw_url: string;
  opt_out_url?: string | null;
  limit_url?: string | null;
};

export type ProcessorRef = { id: string; slug: string; name: string };
