import { requestJson } from '../../../lib/api-client';
import type { IssuedSession } from './types';

/** Second step with a recovery code instead of the authenticator app (the code is used up). */
export function signInWithRecoveryCode(recoveryCode: string): Promise<IssuedSession> {
  return requestJson<IssuedSession>('/api/auth/sign-in/recovery-code', { method: 'POST', body: { recovery_code: recoveryCode } });
}
