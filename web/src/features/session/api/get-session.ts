import { ApiError, requestJson } from '../../../lib/api-client';
import type { SessionInfo } from './types';

/** The current session, or null when there is none (401). */
export async function getSession(signal?: AbortSignal): Promise<SessionInfo | null> {
  try {
    return await requestJson<SessionInfo>('/api/auth/session', signal ? { signal } : {});
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}
