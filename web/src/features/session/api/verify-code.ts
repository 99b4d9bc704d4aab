import { requestJson } from '../../../lib/api-client';
import type { IdentifierInput } from './types';

/** Confirms the email address or number with the six-digit code sent to it. */
export function verifyCode(identifier: IdentifierInput, code: string): Promise<unknown> {
  return requestJson('/api/auth/verify', { method: 'POST', body: { ...identifier, code } });
}
