import { requestJson } from '../../../lib/api-client';
import type { DatasetEntry } from './types';

/** The files and folders of a processor's datasets folder. */
export function listDatasets(processor: string, signal?: AbortSignal): Promise<DatasetEntry[]> {
  return requestJson<{ datasets: DatasetEntry[] }>('/api/scans/datasets', { query: { processor }, ...(signal ? { signal } : {}) }).then((r) => r.datasets);
}
