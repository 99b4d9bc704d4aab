import { requestJson } from '../../../lib/api-client';
import type { TotpConfirmed } from './types';

/** Confirms the app with a code: the session is replaced and the recovery codes are returned once. */
export function confirmTotp(code: string): Promise<TotpConfirmed> {
  return requestJson<TotpConfirmed>('/api/me/totp/confirm', { method: 'POST', body: { code } });
}
