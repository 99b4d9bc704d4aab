/**
 * One database transaction around a use case, so that a change and the audit entry recording it
 * commit together or not at all: a failed audit append rolls the change back, and a crash cannot
 * leave a change without its entry. Store calls made inside `run` join the transaction without
 * being handed a transaction object (src/db implements this port with AsyncLocalStorage), so
 * services keep their ports and simply wrap what must be atomic.
 */
export interface UnitOfWork {
  /** Runs `work` in one transaction (joining the caller's when there is one); everything rolls back when it throws. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Runs `effect` once the current transaction has committed (at once outside one); never after a rollback. */
  afterCommit(effect: () => void): void;
}

/** No database: work runs as it is and effects at once (unit tests over in-memory stores). */
export const IMMEDIATE_UNIT_OF_WORK: UnitOfWork = {
  run: (work) => work(),
  afterCommit: (effect) => effect(),
};
