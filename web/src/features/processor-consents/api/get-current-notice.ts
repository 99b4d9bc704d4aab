import { requestJson } from '../../../lib/api-client';
import type { CurrentNotice } from './types';

/** The processor's current notice: its purposes are what may be asked about. */
export function getCurrentNotice(processor: string, signal?: AbortSignal): Promise<CurrentNotice> {
  return requestJson<CurrentNotice>(`/api/processors/${encodeURIComponent(processor)}/notice`, signal ? { signal } : {});
}
