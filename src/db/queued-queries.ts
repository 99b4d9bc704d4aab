import type { ClientBase } from 'pg';

/**
 * Queries sent to one node-postgres connection before the previous ones answered wait here and
 * run in the order sent. node-postgres used to queue them itself, but warns since pg 8.13 that
 * pg 9 will not ("Calling client.query() when the client is already executing a query"): the
 * transparency-log sequencer sends its transaction's statements together (on PGlite's thread they
 * travel as one batch), and every server on PostgreSQL printed that warning.
 */
export function queueQueries(client: ClientBase): void {
  const send = client.query.bind(client) as (...args: unknown[]) => unknown;
  let last: Promise<unknown> = Promise.resolve();
  const queued = (...args: unknown[]): unknown => {
    // The callback form and submittables (cursors, streams) are passed on as they are.
    if (typeof args.at(-1) === 'function' || typeof (args[0] as { submit?: unknown } | null)?.submit === 'function') return send(...args);
    const answer = last.then(() => send(...args));
    last = answer.catch(() => undefined);
    return answer;
  };
  (client as unknown as { query: typeof queued }).query = queued;
}
