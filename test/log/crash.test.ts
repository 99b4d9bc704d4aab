import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../src/core/log/base64.js';
import { bytesEqual } from '../../src/core/log/bytes.js';
import { type Checkpoint, openCheckpoint } from '../../src/core/log/checkpoint.js';
import { decodeLogEntry } from '../../src/core/log/log-entry.js';
import { rootOfEntries } from '../../src/core/log/merkle.js';
import { createNoteVerifier, type NoteVerifier } from '../../src/core/log/note-keys.js';
import { areConsistent, auditTiledLog, type LogFetch } from '../../src/core/log/tile-client.js';
import { nodeEd25519Verify } from '../../src/main/log-keys.js';
import { freePort, isolatedEnv, stopServer, waitForHealth } from '../e2e/support.js';

// kill -9 under load (tlog.md §9 item 10): a writer process queues entries and sequences them
// on a PGlite folder and is killed mid-flight; the server then starts on that folder. Every entry
// whose transaction committed before the kill must end up in the log, and the log's checkpoint
// must be consistent with every checkpoint published before the kill (never two roots for a size).

const REPO = join(import.meta.dirname, '../..');
const ORIGIN = 'pisa.localhost/log';
const dataDir = mkdtempSync(join(tmpdir(), 'pisa-log-crash-'));
const children: ChildProcess[] = [];

afterAll(async () => {
  for (const child of children) await stopServer(child);
  rmSync(dataDir, { recursive: true, force: true });
});

function spawnNode(args: readonly string[]): { child: ChildProcess; lines: string[]; output: () => string } {
  const child = spawn(process.execPath, args, { cwd: REPO, env: isolatedEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const lines: string[] = [];
  let pending = '';
  let all = '';
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    all += chunk;
    pending += chunk;
    const complete = pending.split('\n');
    pending = complete.pop() ?? '';
    lines.push(...complete);
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    all += chunk.toString();
  });
  return { child, lines, output: () => all };
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the transparency log after kill -9', () => {
  it('keeps every committed entry and stays consistent with every checkpoint published before the crash', async () => {
    const writer = spawnNode(['test/log/crash-writer.mjs', dataDir]);
    const committed = () => writer.lines.filter((l) => l.startsWith('committed '));
    const published = () => writer.lines.filter((l) => l.startsWith('checkpoint '));
    await until(
      () => committed().length >= 600 && published().length >= 10,
      120_000,
      () => `the writer to commit and sequence (${writer.output().slice(-500)})`,
    );
    const killed = once(writer.child, 'exit');
    writer.child.kill('SIGKILL');
    await killed;
    expect(writer.lines.filter((l) => l.startsWith('error'))).toEqual([]);
    const entries = committed().map((l) => l.slice('committed '.length));
    const before = published().map((l) => JSON.parse(l.slice('checkpoint '.length)) as string);

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = spawnNode(['bin/pisa.js', 'serve', '--port', String(port), '--data', dataDir]);
    await waitForHealth(base, server.child, server.output, 120_000);
    const fetchLog: LogFetch = async (path) => {
      const response = await fetch(`${base}/log/${path}`);
      if (response.status === 404) return null;
      if (response.status !== 200) throw new Error(`GET /log/${path}: ${response.status} ${await response.text()}`);
      return new Uint8Array(await response.arrayBuffer());
    };
    const verifier = createNoteVerifier((await (await fetch(`${base}/log/vkey`)).text()).trim(), nodeEd25519Verify) as NoteVerifier;
    const open = (note: string): Checkpoint => {
      const opened = openCheckpoint(note, [verifier], ORIGIN);
      if (!opened.ok) throw new Error(`checkpoint refused (${opened.reason}): ${note}`);
      return opened.checkpoint;
    };
    // The restarted server's sequencer picks up what the writer left pending.
    let latest = open(await (await fetch(`${base}/log/checkpoint`)).text());
    await until(
      async () => {
        latest = open(await (await fetch(`${base}/log/checkpoint`)).text());
        return latest.size >= entries.length;
      },
      30_000,
      () => `the server to sequence the pending entries (${server.output().slice(-500)})`,
    );

    // The log never shrinks: every checkpoint published before the kill was committed first.
    const largestBefore = Math.max(...before.map((note) => open(note).size));
    expect(
      latest.size,
      `the log shrank across the crash: size ${largestBefore} was published before the kill, ${latest.size} after; ${entries.length} entries reported committed; the writer's last lines: ${writer.lines.slice(-6).join(' | ').slice(0, 1500)}`,
    ).toBeGreaterThanOrEqual(largestBefore);

    const audit = await auditTiledLog(latest, fetchLog);
    if (!audit.ok) throw new Error(`the log does not verify: ${audit.reason} at ${audit.path}`);
    const logged = new Set(audit.entries.map((e) => encodeBase64(decodeLogEntry(e)?.commitment ?? new Uint8Array())));
    expect(logged.size).toBe(audit.entries.length);
    expect(entries.filter((e) => !logged.has(e))).toEqual([]);

    const roots = new Map<number, Uint8Array>();
    for (const note of [...before, await (await fetch(`${base}/log/checkpoint`)).text()]) {
      const checkpoint = open(note);
      const seen = roots.get(checkpoint.size);
      if (seen !== undefined) expect(bytesEqual(seen, checkpoint.root), `two roots for size ${checkpoint.size}`).toBe(true);
      roots.set(checkpoint.size, checkpoint.root);
      const fromEntries = bytesEqual(rootOfEntries(audit.entries.slice(0, checkpoint.size)), checkpoint.root);
      expect(
        await areConsistent(checkpoint, latest, fetchLog),
        `checkpoint ${checkpoint.size} -> ${latest.size} (root from the entries matches: ${fromEntries})`,
      ).toBe(true);
    }
    expect(before.length).toBeGreaterThanOrEqual(10);
    expect(decodeBase64(entries[0] ?? '')).toHaveLength(32);
  }, 300_000);
});
