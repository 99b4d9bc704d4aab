import { requestJson } from '../../../lib/api-client';
import type { Organisation } from './types';

/** The organisations the signed-in person may see. */
export async function getOrganisations(signal?: AbortSignal): Promise<Organisation[]> {
  return (await requestJson<{ organisations: Organisation[] }>('/api/organisations', signal ? { signal } : {})).organisations;
}
