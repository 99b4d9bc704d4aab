import { requestJson } from '../../../lib/api-client';
import type { Scan } from './types';

export function cancelScan(id: string): Promise<Scan> {
  return requestJson<Scan>(`/api/scans/${encodeURIComponent(id)}/cancel`, { method: 'POST' });
}
