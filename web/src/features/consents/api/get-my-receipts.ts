import { requestJson } from '../../../lib/api-client';
import type { ReceiptSummary } from './types';

/** My receipts, newest first: the processors I have decided for are read from them. */
export function getMyReceipts(signal?: AbortSignal): Promise<ReceiptSummary[]> {
  return requestJson<{ receipts: ReceiptSummary[] }>('/api/me/receipts', signal ? { signal } : {}).then((r) => r.receipts);
}
