// The writer of the crash test (crash.test.ts): the built program's log service and repository on
// a PGlite data folder, queueing entries in small transactions while its sequencer publishes a
// checkpoint every few milliseconds. It prints each entry once its transaction has committed and
// each new checkpoint, until it is killed with SIGKILL. Run from the repository root after a build.

import { randomBytes } from 'node:crypto';
import { encodeBase64 } from '../../dist/src/core/log/base64.js';
import { openDatabase } from '../../dist/src/db/client.js';
import { enqueueLogEntries } from '../../dist/src/db/repositories/transparency-log.js';
import { createStores } from '../../dist/src/db/stores.js';
import { loadLogKey } from '../../dist/src/main/log-keys.js';
import { createTransparencyLogService } from '../../dist/src/services/transparency-log.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: node test/log/crash-writer.mjs DATA_DIR');
const database = await openDatabase({ kind: 'pglite', dataDir, migrationsFolder: new URL('../../drizzle', import.meta.url).pathname });
const key = loadLogKey({ PISA_LOG_ORIGIN: 'pisa.localhost/log' }, dataDir, false);
const log = createTransparencyLogService({
  store: createStores(database.db).transparencyLog,
  signer: key.signer,
  vkey: key.vkey,
  clock: { now: () => new Date() },
});
const write = (line) => process.stdout.write(`${line}\n`);

let published = -1;
log.startSequencer({ intervalMs: 15, maxBatch: 32, onError: (error) => write(`error ${error}`) });
setInterval(async () => {
  const note = await log.latestCheckpoint();
  const size = Number(note.split('\n')[1]);
  if (size !== published) write(`checkpoint ${JSON.stringify(note)}`);
  published = size;
}, 5);
write('ready');
for (let i = 0; ; i++) {
  const entries = Array.from({ length: 1 + (i % 5) }, () => ({ kind: 'consent-receipt', commitment: new Uint8Array(randomBytes(32)) }));
  await database.db.transaction((tx) => enqueueLogEntries(tx, entries));
  for (const entry of entries) write(`committed ${encodeBase64(entry.commitment)}`);
  // PGlite answers in microtasks: yield to the event loop so the sequencer's timers run, as they
  // do in the server between requests.
  await new Promise((resolve) => setImmediate(resolve));
}
