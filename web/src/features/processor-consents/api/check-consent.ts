import { requestJson } from '../../../lib/api-client';
import type { MayProcessAnswer } from './types';

/** "May I use this person's data for this purpose now?" — the call a processor makes before processing. */
export function checkConsent(processor: string, subject: string, purpose: string): Promise<MayProcessAnswer> {
  return requestJson<MayProcessAnswer>(`/api/processors/${encodeURIComponent(processor)}/consents/check`, { query: { subject, purpose } });
}
