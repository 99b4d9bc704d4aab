import { requestJson } from '../../../lib/api-client';
import type { Profile } from './types';

/** The signed-in person's account: contact, second factor, recovery codes left, language. */
export function getProfile(signal?: AbortSignal): Promise<Profile> {
  return requestJson<Profile>('/api/me', signal ? { signal } : {});
}
