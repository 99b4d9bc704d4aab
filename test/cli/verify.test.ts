import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateVerifyCorpus } from '../../bench/receipts-corpus.js';
import { noblePublicKey } from '../../src/core/log/ed25519-noble.js';
import { formatVerifierKey } from '../../src/core/log/note-keys.js';
import { DEMO_WIDGET_KEY } from '../../src/main/demo-seed.js';
import { startServer, stopServer } from '../e2e/support.js';
import { runBin } from './run-bin.js';

// `pisa verify` against a real server: a receipt recorded through the widget key, upgraded with its
// log proof, then checked by the bin as a person would, with and without pinned keys.

let server: ChildProcess | undefined;
let base = '';
const dir = mkdtempSync(join(tmpdir(), 'pisa-verify-'));

type Bundle = Record<string, unknown> & { receipt_id: string; log: unknown };

async function consent(subject: string, action: 'grant' | 'refuse'): Promise<Bundle> {
  const notice = (await (await fetch(`${base}/api/processors/shopping/notice`)).json()) as { notice: { content_hash: string } };
  const response = await fetch(`${base}/api/processors/shopping/consents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${DEMO_WIDGET_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ notice_hash: notice.notice.content_hash, subject, method: 'widget', decisions: [{ purpose: 'newsletter', action }] }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { receipts: Bundle[] }).receipts[0] as Bundle;
}

async function sequenced(receipt: Bundle): Promise<Bundle> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const response = await fetch(`${base}/api/receipts/proof`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ receipt_id: receipt.receipt_id }),
    });
    const { log } = (await response.json()) as { log: unknown };
    if (log !== null) return { ...receipt, log };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the receipt was not sequenced in 10 s');
}

const save = (name: string, value: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
};

beforeAll(async () => {
  ({ server, base } = await startServer(['--demo']));
}, 90_000);

afterAll(async () => {
  await stopServer(server);
});

describe('pisa verify', () => {
  it('verifies a sequenced receipt against the log, and proves consistency with an older checkpoint', async () => {
    const first = await sequenced(await consent('visitor-1', 'grant'));
    const older = save('older-checkpoint', await (await fetch(`${base}/log/checkpoint`)).text());
    await sequenced(await consent('visitor-2', 'refuse'));
    const file = save('receipt.json', first);
    const { code, stdout, stderr } = await runBin(['verify', file, '--log', `${base}/log`]);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(new RegExp(`^OK ${first.receipt_id}: entry \\d+ of the log at size \\d+, consistent with size \\d+\\n$`));
    expect(stderr).toContain('trusting the log key');
    const withOld = await runBin(['verify', file, '--log', `${base}/log`, '--checkpoint', older, '--format', 'json']);
    expect(withOld.code, withOld.stderr).toBe(0);
    expect(JSON.parse(withOld.stdout)).toMatchObject({ verified: 1, failed: 0 });
  }, 60_000);

  it('verifies offline with pinned keys and no log at all', async () => {
    const receipt = await sequenced(await consent('visitor-3', 'grant'));
    const vkey = save('vkey', await (await fetch(`${base}/log/vkey`)).text());
    const jwks = save('jwks.json', await (await fetch(`${base}/api/receipts/keys`)).text());
    const { code, stdout } = await runBin(['verify', save('offline.json', receipt), '--vkey', vkey, '--jwks', jwks]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^OK /);
  }, 60_000);

  it('fails (exit 1) on a tampered receipt and on a receipt from another log key', async () => {
    const receipt = await sequenced(await consent('visitor-4', 'grant'));
    const tampered = save('tampered.json', { ...receipt, subject: 'visitor-5' });
    const result = await runBin(['verify', tampered, '--log', `${base}/log`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('RECEIPT_BODY_MISMATCH');
    const origin = (await (await fetch(`${base}/log/vkey`)).text()).split('+')[0] as string;
    const otherVkey = formatVerifierKey(origin, noblePublicKey(new Uint8Array(32).fill(5)));
    const jwks = save('k.json', await (await fetch(`${base}/api/receipts/keys`)).text());
    const wrongKey = await runBin(['verify', save('r.json', receipt), '--vkey', otherVkey, '--jwks', jwks]);
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stdout).toContain('CHECKPOINT_INVALID');
    const badVkey = await runBin(['verify', save('r2.json', receipt), '--vkey', `${origin}+00000000+AQAA`, '--jwks', jwks]);
    expect(badVkey.code).toBe(2);
    expect(badVkey.stderr).toMatch(/^pisa: --vkey: .* is not a valid Ed25519 note verifier key\n$/);
  }, 60_000);

  it('rejects bad input with exit 2 and one line', async () => {
    const notJson = await runBin(['verify', save('bad.txt', 'not json at all'), '--log', `${base}/log`]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/is neither JSON nor JSON Lines\n$/);
    const missing = await runBin(['verify', join(dir, 'missing.json'), '--log', `${base}/log`]);
    expect(missing.code).toBe(2);
    const noTrust = await runBin(['verify', join(dir, 'receipt.json')]);
    expect(noTrust.code).toBe(2);
    expect(noTrust.stderr).toBe('pisa: --vkey (the log verifier key) or --log is needed to check the checkpoint signature\n');
  }, 60_000);

  it('spreads a large batch over threads (--jobs) with the same verdicts in the same order', async () => {
    const corpus = generateVerifyCorpus(700);
    const receipts = corpus.receipts.map((r) => ({ ...(r as Record<string, unknown>) }));
    (receipts[350] as Record<string, unknown>)['subject'] = 'someone-else';
    // Blank lines anywhere are skipped, as before.
    const file = save('batch.jsonl', receipts.map((r, i) => (i === 100 ? `\n  \r\n${JSON.stringify(r)}` : JSON.stringify(r))).join('\n'));
    const trust = ['--vkey', save('batch-vkey', corpus.vkey), '--jwks', save('batch-jwks.json', corpus.jwks)];
    const one = await runBin(['verify', file, ...trust, '--jobs', '1', '--format', 'json']);
    const three = await runBin(['verify', file, ...trust, '--jobs', '3', '--format', 'json']);
    expect(one.code, one.stderr).toBe(1);
    expect(three.code, three.stderr).toBe(1);
    expect(three.stdout).toBe(one.stdout);
    const report = JSON.parse(three.stdout) as { verified: number; failed: number; results: { ok: boolean; reason?: string; receipt_id?: string }[] };
    expect([report.verified, report.failed]).toEqual([699, 1]);
    expect(report.results[350]).toMatchObject({ ok: false, reason: 'RECEIPT_BODY_MISMATCH' });
    expect(report.results[699]).toMatchObject({ ok: true, receipt_id: (receipts[699] as { receipt_id: string }).receipt_id });
    // The same receipts as one JSON array take the other path (read on the main thread, checked in batches).
    const array = await runBin(['verify', save('batch.json', receipts), ...trust, '--jobs', '2', '--format', 'json']);
    const withoutFile = (stdout: string) => (JSON.parse(stdout) as { results: { file: string }[] }).results.map(({ file: _, ...rest }) => rest);
    expect(withoutFile(array.stdout)).toEqual(withoutFile(one.stdout));
    const badJobs = await runBin(['verify', file, ...trust, '--jobs', '0']);
    expect(badJobs.code).toBe(2);
    expect(badJobs.stderr).toBe('pisa: --jobs: "0" is not a whole number from 1 to 999\n');
  }, 60_000);
});
