import { requestJson } from '../../../lib/api-client';
import type { NoticeSummary } from './types';

/** A processor's notice versions, newest first. */
export function listNoticeVersions(processor: string, signal?: AbortSignal): Promise<NoticeSummary[]> {
  return requestJson<{ versions: NoticeSummary[] }>(`/api/processors/${encodeURIComponent(processor)}/notices`, signal ? { signal } : {}).then(
    (r) => r.versions,
  );
}
