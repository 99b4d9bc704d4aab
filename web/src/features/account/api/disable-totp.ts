import { requestJson } from '../../../lib/api-client';

/** Removes the authenticator app, with a current code from it or a recovery code. */
export function disableTotp(code: string): Promise<unknown> {
  return requestJson('/api/me/totp/disable', { method: 'POST', body: { code } });
}
