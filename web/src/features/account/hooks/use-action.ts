import { useCallback, useState } from 'react';

export type Action = {
  readonly busy: boolean;
  readonly error: unknown;
  /** Runs `work` (one at a time), keeping its failure to show; resolves to whether it succeeded. */
  run(work: () => Promise<void>): Promise<boolean>;
  clear(): void;
};

/** The state of one button's request: busy while it runs, the error when it failed. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => setError(null), []);
  return { busy, error, run, clear };
}
