import { requestJson } from '../../../lib/api-client';
import type { IdentifierInput } from './types';

/** Registers (pending until the code sent to the email address or number is confirmed). */
export function register(identifier: IdentifierInput, password: string, name: string): Promise<unknown> {
  return requestJson('/api/auth/register', { method: 'POST', body: { ...identifier, password, ...(name.trim() ? { name: name.trim() } : {}) } });
}
