import type { Readability } from '../../../../../src/core/notice/readability.js';
import type { Notice } from '../../../../../src/core/notice/types.js';
import { requestJson } from '../../../lib/api-client';

export type NoticeVersion = {
  notice: { version: number; content_hash: string; created_at: string; notice: Notice };
  readability: Record<'zh-CN' | 'en', Readability>;
};

/** The notice version a receipt names, by its content hash (public, immutable). */
export function getNotice(hash: string, signal?: AbortSignal): Promise<NoticeVersion> {
  return requestJson<NoticeVersion>(`/api/notices/${encodeURIComponent(hash)}`, signal ? { signal } : {});
}
