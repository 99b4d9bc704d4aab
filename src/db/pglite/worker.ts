// The thread that owns an embedded PGlite database: it opens and migrates it, then runs the
// statements the main thread posts, one at a time and in order. PGlite's WASM work (about half
// the main thread's time when serving consents) moves off the thread that answers HTTP.
import { parentPort, workerData } from 'node:worker_threads';
import type { PGlite, QueryOptions, Results } from '@electric-sql/pglite';
import { openMigratedPglite } from './open.js';
import type { ThreadError, ThreadReady, ThreadReply, ThreadRequest, ThreadResults, ThreadStart } from './protocol.js';

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

function describeError(error: unknown): ThreadError {
  if (!(error instanceof Error)) return { message: String(error), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
  }
  return { message: error.message, fields };
}

async function answer(client: PGlite, request: ThreadRequest): Promise<ThreadResults[]> {
  if (request.kind === 'query') return [plain(await client.query(request.sql, request.params as unknown[], queryOptions(request.rowMode, request.asText)))];
  if (request.kind === 'exec') return (await client.exec(request.sql)).map(plain);
  await client.close();
  return [];
}

async function serve(start: ThreadStart): Promise<void> {
  const port = parentPort;
  if (port === null) return;
  let client: PGlite;
  try {
    client = await openMigratedPglite(start.dataDir, start.migrationsFolder);
  } catch (error) {
    port.postMessage({ ready: false, error: describeError(error) } satisfies ThreadReady);
    return;
  }
  // Requests run strictly in arrival order: the main thread's transaction lock relies on it.
  // Every step settles, so one failure can never stall the requests queued behind it.
  let queue = Promise.resolve();
  port.on('message', (request: ThreadRequest) => {
    queue = queue.then(async () => {
      let reply: ThreadReply;
      try {
        reply = { id: request.id, ok: true, results: await answer(client, request) };
      } catch (error) {
        reply = { id: request.id, ok: false, error: describeError(error) };
      }
      try {
        port.postMessage(reply);
      } catch (error) {
        // A value structured clone cannot carry: the caller gets the reason instead of waiting forever.
        port.postMessage({ id: request.id, ok: false, error: describeError(error) } satisfies ThreadReply);
      }
      if (request.kind === 'close') port.close();
    });
  });
  port.postMessage({ ready: true } satisfies ThreadReady);
}

void serve(workerData as ThreadStart);
