import { AsyncLocalStorage } from 'node:async_hooks';
import type { UnitOfWork } from '../services/unit-of-work.js';
import type { PisaDb } from './client.js';

type Scope = { readonly tx: PisaDb; readonly effects: (() => void)[] };

export type TransactionalDb = {
  /** The handle repositories use: the current unit of work's transaction inside one, the database outside. */
  readonly db: PisaDb;
  readonly unitOfWork: UnitOfWork;
};

/**
 * Ambient transactions over one database handle. `unitOfWork.run` opens a transaction and keeps
 * it in an AsyncLocalStorage; every query made through `db` during the work (in any repository)
 * is sent on that transaction. Repositories' own `db.transaction(...)` calls become savepoints
 * inside it, so their locks (the audit trail's advisory lock) are held until the whole unit
 * commits: the next audit append waits, then chains onto the committed head.
 *
 * PGlite has one connection and queues other queries while a transaction is open: inside a unit
 * of work, only this `db` may be used (another handle on the same PGlite would wait forever).
 */
export function createTransactionalDb(root: PisaDb): TransactionalDb {
  const scope = new AsyncLocalStorage<Scope>();
  const db = new Proxy(root, {
    get(target, property) {
      const current = scope.getStore()?.tx ?? target;
      const value: unknown = Reflect.get(current, property, current);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
  const unitOfWork: UnitOfWork = {
    async run(work) {
      if (scope.getStore()) return work();
      const effects: (() => void)[] = [];
      const result = await root.transaction((tx) => scope.run({ tx, effects }, work));
      // Outside the scope again: what the effects start (outbox delivery) uses the database, not the finished transaction.
      for (const effect of effects) effect();
      return result;
    },
    afterCommit(effect) {
      const current = scope.getStore();
      if (current) current.effects.push(effect);
      else effect();
    },
  };
  return { db, unitOfWork };
}
