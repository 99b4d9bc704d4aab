import { requestJson } from '../../../lib/api-client';
import type { NoticeWithReadability } from './types';

/** One notice version by its content hash, with its readability figures. */
export function getNotice(hash: string, signal?: AbortSignal): Promise<NoticeWithReadability> {
  return requestJson<NoticeWithReadability>(`/api/notices/${encodeURIComponent(hash)}`, signal ? { signal } : {});
}
