import { requestJson } from '../../../lib/api-client';
import type { ConsentStats } from './types';

/** Decisions per day (UTC), purpose and action between two instants. */
export function getConsentStats(processor: string, range: { from: string; to: string }, signal?: AbortSignal): Promise<ConsentStats> {
  return requestJson<ConsentStats>(`/api/processors/${encodeURIComponent(processor)}/consents/stats`, { query: range, ...(signal ? { signal } : {}) });
}
