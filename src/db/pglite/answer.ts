// What the database thread (worker.ts) does with each request of the main thread: kept apart from
// the thread's entry so that tests can run it on an in-process PGlite.
import type { PGlite, QueryOptions, Results } from '@electric-sql/pglite';
import type { ThreadError, ThreadRequest, ThreadResults } from './protocol.js';

const asIs = (value: string): string => value;

/** Query options per distinct set of pass-through types (drizzle uses two). */
const optionsCache = new Map<string, QueryOptions>();

function queryOptions(rowMode: 'array' | 'object', asText: readonly number[]): QueryOptions {
  const key = `${rowMode}:${asText.join(',')}`;
  let options = optionsCache.get(key);
  if (options === undefined) {
    options = { rowMode, parsers: Object.fromEntries(asText.map((oid) => [oid, asIs])) };
    optionsCache.set(key, options);
  }
  return options;
}

function plain(results: Results): ThreadResults {
  return {
    rows: results.rows as unknown[],
    fields: results.fields.map((field) => ({ name: field.name, dataTypeID: field.dataTypeID })),
    ...(results.affectedRows === undefined ? {} : { affectedRows: results.affectedRows }),
    ...(results.command === undefined ? {} : { command: results.command }),
  };
}

export function describeError(error: unknown): ThreadError {
  if (!(error instanceof Error)) return { message: String(error), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
  }
  return { message: error.message, fields };
}

/** Runs one request of the main thread on the database. */
export async function answer(client: PGlite, request: ThreadRequest): Promise<ThreadResults[]> {
  // A transaction's BEGIN goes ahead of its first statements without waiting for the answer: if it
  // failed, they must not run on their own (each would commit alone).
  if (request.kind !== 'close' && request.inTransaction === true && !client.isInTransaction()) {
    throw new Error('the transaction did not begin: statement refused');
  }
  if (request.kind === 'query') return [plain(await client.query(request.sql, request.params as unknown[], queryOptions(request.rowMode, request.asText)))];
  if (request.kind === 'exec') return (await client.exec(request.sql)).map(plain);
  await client.close();
  return [];
}
