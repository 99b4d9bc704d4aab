import { requestJson } from '../../../lib/api-client';
import type { NoticeDiffResponse } from './types';

/** What changed from one version to another, and which purposes need fresh consent (PIPL art. 14). */
export function getNoticeDiff(from: string, to: string, signal?: AbortSignal): Promise<NoticeDiffResponse> {
  return requestJson<NoticeDiffResponse>(`/api/notices/${encodeURIComponent(to)}/diff`, { query: { from }, ...(signal ? { signal } : {}) });
}
