import { requestJson } from '../../../lib/api-client';
import type { Decision, RecordedConsent } from './types';

/** Records my decisions against the notice I was shown; one signed receipt per decision. */
export function recordMyConsent(input: { processor: string; notice_hash: string; decisions: Decision[]; lang: 'zh-CN' | 'en' }): Promise<RecordedConsent> {
  return requestJson<RecordedConsent>('/api/me/consents', { method: 'POST', body: input });
}
