import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCheckpoint } from '../../src/core/log/checkpoint.js';
import { createNoteVerifier } from '../../src/core/log/note-keys.js';
import { parseNote } from '../../src/core/log/signed-note.js';
import { areConsistent } from '../../src/core/log/tile-client.js';
import { decodeBase64Url } from '../../src/core/receipt/base64url.js';
import { verifyReceipt } from '../../src/core/receipt/verify-receipt.js';
import { DEMO_WIDGET_KEY } from '../../src/main/demo-seed.js';
import { nodeEd25519Verify } from '../../src/main/log-keys.js';
import { freePort, isolatedEnv, ROOT } from '../e2e/support.js';

// The crash test: `kill -9` the server while consents pour in; after a restart on the same
// data folder every consent that got a 2xx is stored and sequenced, and the new checkpoint is
// consistent with every checkpoint published before the kill.

const dataDir = mkdtempSync(join(tmpdir(), 'pisa-consent-crash-'));
let server: ChildProcess | undefined;

async function start(port: number): Promise<{ child: ChildProcess; base: string }> {
  const env = isolatedEnv({ PISA_RATE_LIMIT: '100000000' });
  const child = spawn(process.execPath, ['bin/pisa.js', 'serve', '--demo', '--port', String(port), '--data', dataDir], { cwd: ROOT, env, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`pisa serve exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/processors/shopping/notice`)).ok) return { child, base };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('pisa serve did not start');
}

type Receipt = Record<string, unknown> & { receipt_id: string; log: unknown };

afterAll(() => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('kill -9 under load', () => {
  it('keeps every acknowledged consent and never forks the log', async () => {
    const first = await start(await freePort());
    server = first.child;
    const notice = ((await (await fetch(`${first.base}/api/processors/shopping/notice`)).json()) as { notice: { content_hash: string } }).notice.content_hash;
    const acknowledged: Receipt[] = [];
    const checkpoints = new Set<string>();
    let running = true;
    let n = 0;
    const writer = async () => {
      while (running) {
        n += 1;
        try {
          const response = await fetch(`${first.base}/api/processors/shopping/consents`, {
            method: 'POST',
            headers: { authorization: `Bearer ${DEMO_WIDGET_KEY}`, 'content-type': 'application/json' },
            body: JSON.stringify({ notice_hash: notice, subject: `crash-${n}`, method: 'widget', decisions: [{ purpose: 'newsletter', action: 'grant' }] }),
          });
          if (response.status === 201) acknowledged.push(...((await response.json()) as { receipts: Receipt[] }).receipts);
        } catch {
          // the server died mid-request: that consent was never acknowledged
        }
      }
    };
    const watcher = async () => {
      while (running) {
        try {
          checkpoints.add(await (await fetch(`${first.base}/log/checkpoint`)).text());
        } catch {
          // killed
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const load = Promise.all([...Array.from({ length: 8 }, writer), watcher()]);
    while (acknowledged.length < 200) await new Promise((r) => setTimeout(r, 50));
    first.child.kill('SIGKILL');
    await once(first.child, 'exit');
    running = false;
    await load;

    const second = await start(await freePort());
    server = second.child;
    const proofOf = async (receipt: Receipt): Promise<Receipt> => {
      for (let attempt = 0; attempt < 100; attempt++) {
        const response = await fetch(`${second.base}/api/receipts/proof`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ receipt_id: receipt.receipt_id }),
        });
        expect(response.status, `receipt ${receipt.receipt_id} was acknowledged but is gone`).toBe(200);
        const { log } = (await response.json()) as { log: unknown };
        if (log !== null) return { ...receipt, log };
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`receipt ${receipt.receipt_id} was never sequenced`);
    };
    const vkey = (await (await fetch(`${second.base}/log/vkey`)).text()).trim();
    const jwks = (await (await fetch(`${second.base}/api/receipts/keys`)).json()) as { keys: { kid: string; x: string }[] };
    const trust = {
      receiptKeys: new Map(jwks.keys.map((k) => [k.kid, decodeBase64Url(k.x) as Uint8Array])),
      logVerifiers: [createNoteVerifier(vkey, nodeEd25519Verify) as NonNullable<ReturnType<typeof createNoteVerifier>>],
    };
    for (const receipt of acknowledged) expect(verifyReceipt(await proofOf(receipt), trust, nodeEd25519Verify)).toMatchObject({ ok: true });

    const latest = parseCheckpoint(parseNote(await (await fetch(`${second.base}/log/checkpoint`)).text())?.text ?? '');
    if (latest === null) throw new Error('no checkpoint after restart');
    const fetchLog = async (path: string) => {
      const response = await fetch(`${second.base}/log/${path}`);
      return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
    };
    for (const note of checkpoints) {
      const before = parseCheckpoint(parseNote(note)?.text ?? '');
      if (before === null) continue;
      expect(await areConsistent(before, latest, fetchLog), `checkpoint of size ${before.size} is not consistent with size ${latest.size}`).toBe(true);
    }
    expect(checkpoints.size).toBeGreaterThan(1);
  }, 240_000);
});
