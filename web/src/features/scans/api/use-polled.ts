import { useEffect, useState } from 'react';
import { type RequestState, useRequest } from '../../../lib/use-request';

const POLL_MS = 1000;

/**
 * useRequest that asks again every second while `isActive(data)` holds (a scan still running),
 * and whenever `version` changes (after starting or cancelling one).
 */
export function usePolled<T>(key: string, version: number, load: (signal: AbortSignal) => Promise<T>, isActive: (data: T) => boolean): RequestState<T> {
  const [tick, setTick] = useState(0);
  const state = useRequest(`${key}#${version}#${tick}`, load);
  const active = state.data !== undefined && isActive(state.data);
  useEffect(() => {
    if (!active || state.isLoading) return;
    const timer = setTimeout(() => setTick((n) => n + 1), POLL_MS);
    return () => clearTimeout(timer);
  }, [active, state.isLoading]);
  return state;
}
