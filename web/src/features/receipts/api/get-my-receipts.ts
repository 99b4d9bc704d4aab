import { requestJson } from '../../../lib/api-client';
import type { ReceiptBundle } from './types';

/** My receipts, newest first, each with its log proof once sequenced. */
export function getMyReceipts(signal?: AbortSignal): Promise<ReceiptBundle[]> {
  return requestJson<{ receipts: ReceiptBundle[] }>('/api/me/receipts', signal ? { signal } : {}).then((r) => r.receipts);
}
