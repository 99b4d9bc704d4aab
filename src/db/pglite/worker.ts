// The thread that owns an embedded PGlite database: it opens and migrates it, then runs the
// statements the main thread posts, one at a time and in order. PGlite's WASM work (about half
// the main thread's time when serving consents) moves off the thread that answers HTTP.
import { parentPort, workerData } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';
import { answer, describeError } from './answer.js';
import { openMigratedPglite } from './open.js';
import type { ThreadReady, ThreadReply, ThreadRequest, ThreadStart } from './protocol.js';

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
