import { requestJson } from '../../../lib/api-client';
import type { NoticeContextInput, PublishedNotice } from './types';

/** Generates the notice from the latest declaration and publishes it as the next version (unchanged: `created` false). */
export function publishNotice(processor: string, context: NoticeContextInput): Promise<PublishedNotice> {
  return requestJson<PublishedNotice>(`/api/processors/${encodeURIComponent(processor)}/notices`, { method: 'POST', body: context });
}
