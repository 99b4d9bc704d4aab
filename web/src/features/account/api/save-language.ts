import type { AccountLanguage } from '../../../../../src/core/auth/preferences.js';
import { requestJson } from '../../../lib/api-client';

/** Keeps the language on the account: it is applied at every sign-in, on any device. */
export function saveLanguage(language: AccountLanguage): Promise<unknown> {
  return requestJson('/api/me/language', { method: 'PUT', body: { language } });
}
