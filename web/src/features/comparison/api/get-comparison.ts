import type { ComparisonRow } from '../../../../../src/core/comparison/comparison.js';
import { requestJson } from '../../../lib/api-client';
import { type RequestState, useRequest } from '../../../lib/use-request';

export type ComparisonResponse = { rows: ComparisonRow[] };

export function getComparison(signal?: AbortSignal): Promise<ComparisonResponse> {
  return requestJson<ComparisonResponse>('/api/comparison', signal ? { signal } : {});
}

export function useComparison(): RequestState<ComparisonResponse> {
  return useRequest('comparison', getComparison);
}
