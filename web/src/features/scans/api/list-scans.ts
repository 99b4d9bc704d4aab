import { requestJson } from '../../../lib/api-client';
import type { Scan } from './types';

/** The caller's scans, newest first, without results; of one processor when given. */
export function listScans(processor: string | undefined, signal?: AbortSignal): Promise<Scan[]> {
  return requestJson<{ scans: Scan[] }>('/api/scans', { query: { processor }, ...(signal ? { signal } : {}) }).then((r) => r.scans);
}
