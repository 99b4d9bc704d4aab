import { requestJson } from '../../../lib/api-client';
import type { IssuedSession } from './types';

/** Second step: the six-digit code from the authenticator app. */
export function signInTotp(code: string): Promise<IssuedSession> {
  return requestJson<IssuedSession>('/api/auth/sign-in/totp', { method: 'POST', body: { code } });
}
