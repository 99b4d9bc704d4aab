import { requestJson } from '../../../lib/api-client';

/** Ends this session (the server clears the cookie). */
export function signOut(): Promise<unknown> {
  return requestJson('/api/auth/sign-out', { method: 'POST' });
}
