import { requestJson } from '../../../lib/api-client';
import type { ProcessorRef } from './types';

/** The processors of my organisations. */
export function listProcessors(signal?: AbortSignal): Promise<ProcessorRef[]> {
  return requestJson<{ processors: ProcessorRef[] }>('/api/processors', signal ? { signal } : {}).then((r) => r.processors);
}
