import { requestJson } from '../../../lib/api-client';
import type { Scan } from './types';

/** Scans a file or folder of the processor's datasets folder ("" for all of it). */
export function startDatasetScan(processor: string, dataset: string): Promise<Scan> {
  return requestJson<Scan>('/api/scans', { method: 'POST', body: { processor, dataset } });
}

/** Uploads a file (its raw bytes) and scans it. */
export function startUploadScan(processor: string, file: File): Promise<Scan> {
  return requestJson<Scan>('/api/scans/uploads', { method: 'POST', query: { processor, name: file.name }, body: file });
}
