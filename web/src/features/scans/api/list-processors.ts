import { requestJson } from '../../../lib/api-client';
import type { ProcessorRef } from './types';

/** The processors the caller may see (their own, or all for Association staff). */
export function listProcessors(signal?: AbortSignal): Promise<ProcessorRef[]> {
  return requestJson<{ processors: ProcessorRef[] }>('/api/processors', signal ? { signal } : {}).then((r) => r.processors);
}
