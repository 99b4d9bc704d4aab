import { ApiError } from '../../../lib/api-client';

/** A text resource of the transparency log: `checkpoint` (signed note, never cached) or `vkey` (one line). */
export async function getLogText(name: 'checkpoint' | 'vkey', signal?: AbortSignal): Promise<string> {
  const response = await fetch(`/log/${name}`, { cache: 'no-store', ...(signal ? { signal } : {}) });
  if (!response.ok) throw new ApiError(response.status, null);
  return response.text();
}
