import { requestJson } from '../../../lib/api-client';
import type { ApiKey } from './types';

/** An organisation's API keys (never the keys themselves), with their last use. */
export async function getApiKeys(organisationId: string, signal?: AbortSignal): Promise<ApiKey[]> {
  const path = `/api/organisations/${encodeURIComponent(organisationId)}/api-keys`;
  return (await requestJson<{ api_keys: ApiKey[] }>(path, signal ? { signal } : {})).api_keys;
}
