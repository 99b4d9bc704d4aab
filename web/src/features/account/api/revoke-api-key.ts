import { requestJson } from '../../../lib/api-client';
import type { ApiKey } from './types';

/** Revokes an API key: requests with it are refused from now on. */
export function revokeApiKey(id: string): Promise<ApiKey> {
  return requestJson<ApiKey>(`/api/api-keys/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
