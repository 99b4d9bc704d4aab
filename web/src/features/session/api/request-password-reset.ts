import { requestJson } from '../../../lib/api-client';
import type { IdentifierInput } from './types';

/** Asks for a reset link; the answer is the same whether or not an account holds the identifier. */
export function requestPasswordReset(identifier: IdentifierInput): Promise<unknown> {
  return requestJson('/api/auth/password-reset', { method: 'POST', body: identifier });
}
