import { requestJson } from '../../../lib/api-client';

/** New recovery codes (the old ones stop working), with a current code or a recovery code. */
export async function regenerateRecoveryCodes(code: string): Promise<string[]> {
  return (await requestJson<{ recovery_codes: string[] }>('/api/me/totp/recovery-codes', { method: 'POST', body: { code } })).recovery_codes;
}
