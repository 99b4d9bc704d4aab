import { requestJson } from '../../../lib/api-client';
import type { ReceiptLog } from './types';

/** A receipt's log position and inclusion proof (null until the sequencer ran); the id travels in the body. */
export function fetchProof(receiptId: string): Promise<ReceiptLog | null> {
  return requestJson<{ receipt_id: string; log: ReceiptLog | null }>('/api/receipts/proof', { method: 'POST', body: { receipt_id: receiptId } }).then(
    (r) => r.log,
  );
}
