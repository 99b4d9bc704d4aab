import { requestJson } from '../../../lib/api-client';
import type { ConsentHistory } from './types';

/** My decisions with one processor (id or slug) and its answer per purpose now. */
export function getMyConsents(processor: string, signal?: AbortSignal): Promise<ConsentHistory> {
  return requestJson<ConsentHistory>(`/api/me/consents/${encodeURIComponent(processor)}`, signal ? { signal } : {});
}
