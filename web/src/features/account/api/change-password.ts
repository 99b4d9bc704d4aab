import { requestJson } from '../../../lib/api-client';

/** Changes the password (the current one is required); the server ends every other session. */
export function changePassword(current: string, next: string): Promise<unknown> {
  return requestJson('/api/me/password', { method: 'POST', body: { current, next } });
}
