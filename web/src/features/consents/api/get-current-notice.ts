import { requestJson } from '../../../lib/api-client';
import type { CurrentNotice } from './types';

/** A processor's current notice (public) with its readability figures. */
export function getCurrentNotice(processor: string, signal?: AbortSignal): Promise<CurrentNotice> {
  return requestJson<CurrentNotice>(`/api/processors/${encodeURIComponent(processor)}/notice`, signal ? { signal } : {});
}
