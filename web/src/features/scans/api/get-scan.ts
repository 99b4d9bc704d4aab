import { requestJson } from '../../../lib/api-client';
import type { Scan } from './types';

/** One scan with its result once done. */
export function getScan(id: string, signal?: AbortSignal): Promise<Scan> {
  return requestJson<Scan>(`/api/scans/${encodeURIComponent(id)}`, signal ? { signal } : {});
}
