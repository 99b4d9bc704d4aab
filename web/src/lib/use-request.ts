import { useEffect, useState } from 'react';

export type RequestState<T> = { data: T | undefined; error: unknown; isLoading: boolean };

/**
 * Runs `load` whenever `key` changes and keeps the last answer while the next one loads;
 * a superseded request is aborted. A stand-in for a query library, enough for read-only pages.
 */
export function useRequest<T>(key: string, load: (signal: AbortSignal) => Promise<T>): RequestState<T> {
  const [state, setState] = useState<RequestState<T>>({ data: undefined, error: undefined, isLoading: true });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` identifies the request; `load` is recreated on every render
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, error: undefined, isLoading: true }));
    load(controller.signal).then(
      (data) => setState({ data, error: undefined, isLoading: false }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ ...s, error, isLoading: false }));
      },
    );
    return () => controller.abort();
  }, [key]);
  return state;
}
