import { useSyncExternalStore } from 'react';
import { setCsrfToken } from '../../lib/api-client';
import { applyLanguage } from '../../lib/i18n';
import { getSession } from './api/get-session';
import { signOut } from './api/sign-out';
import type { SessionInfo } from './api/types';

export type SessionState = { status: 'loading' } | { status: 'anonymous' } | { status: 'signed-in'; session: SessionInfo };

let state: SessionState = { status: 'loading' };
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  state = next;
  setCsrfToken(next.status === 'signed-in' ? next.session.csrf_token : null);
  for (const listener of listeners) listener();
}

/** Asks the server who is signed in (after a reload, a sign-in or a sign-out). */
export async function refreshSession(): Promise<void> {
  try {
    const session = await getSession();
    // The language kept on the account wins over this device's choice: it follows the person.
    if (session?.stage === 'full' && session.language !== null) applyLanguage(session.language);
    set(session && session.stage === 'full' ? { status: 'signed-in', session } : { status: 'anonymous' });
  } catch {
    set({ status: 'anonymous' });
  }
}

/** Signs out on the server, then forgets the session here. */
export async function endSession(): Promise<void> {
  await signOut().catch(() => undefined);
  set({ status: 'anonymous' });
}

/** The session as the page sees it; the first use asks the server. */
export function useSession(): SessionState {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      if (state.status === 'loading' && listeners.size === 1) void refreshSession();
      return () => listeners.delete(onChange);
    },
    () => state,
    () => state,
  );
}
