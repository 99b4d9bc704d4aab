import { requestJson } from '../../../lib/api-client';
import type { TotpEnrolment } from './types';

/** Starts enrolling an authenticator app: a new secret, shown once. */
export function startTotp(): Promise<TotpEnrolment> {
  return requestJson<TotpEnrolment>('/api/me/totp', { method: 'POST' });
}
