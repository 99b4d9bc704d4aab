import type { ApiScope } from '../../../../../src/core/auth/roles.js';
import { requestJson } from '../../../lib/api-client';
import type { CreatedApiKey } from './types';

/** Creates an API key for the organisation's servers: the answer holds the key, shown once. */
export function createApiKey(organisationId: string, name: string, scopes: ApiScope[]): Promise<CreatedApiKey> {
  return requestJson<CreatedApiKey>(`/api/organisations/${encodeURIComponent(organisationId)}/api-keys`, { method: 'POST', body: { name, scopes } });
}
