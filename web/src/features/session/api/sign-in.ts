import { requestJson } from '../../../lib/api-client';
import type { IssuedSession } from './types';

/** Password step: sets the session cookie; `mfa_pending` when the account has an authenticator app. */
export function signIn(identifier: string, password: string): Promise<IssuedSession> {
  return requestJson<IssuedSession>('/api/auth/sign-in', { method: 'POST', body: { identifier, password } });
}
