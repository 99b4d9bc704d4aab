import { requestJson } from '../../../lib/api-client';

/** Sets a new password with the token from the reset message; every session of the account ends. */
export function resetPassword(token: string, password: string): Promise<unknown> {
  return requestJson('/api/auth/password-reset/confirm', { method: 'POST', body: { token, password } });
}
