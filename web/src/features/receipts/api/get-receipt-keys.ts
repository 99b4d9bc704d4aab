import { requestJson } from '../../../lib/api-client';
import type { ReceiptJwk } from './types';

/** The platform's receipt-signing public keys (JWK Set). */
export function getReceiptKeys(signal?: AbortSignal): Promise<ReceiptJwk[]> {
  return requestJson<{ keys: ReceiptJwk[] }>('/api/receipts/keys', signal ? { signal } : {}).then((r) => r.keys);
}
