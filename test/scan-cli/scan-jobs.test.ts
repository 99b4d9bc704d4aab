import { createHash } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/scan.bench.js';
import { runPisa } from './run-pisa.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('pisa scan --jobs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pisa-scan-jobs-'));
  let files: string[] = [];

  beforeAll(() => {
    // Three files of 1.5-2.5 MB: each spans several 2 MiB blocks or ends mid-block.
    files = generateCorpus(dir, 6 * 1024 * 1024, 7);
  });

  it('uses a multi-file, multi-MB corpus', () => {
    expect(files.length).toBe(3);
    expect(files.reduce((n, f) => n + statSync(f).size, 0)).toBeGreaterThan(6_000_000);
  });

  it('prints the same jsonl, byte for byte, with 1 and 2 worker threads', async () => {
    const one = await runPisa(['scan', '--format', 'jsonl', '--jobs', '1', dir]);
    const two = await runPisa(['scan', '--format', 'jsonl', '--jobs', '2', dir]);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(one.stdout.length).toBeGreaterThan(1_000_000);
    expect(sha256(two.stdout)).toBe(sha256(one.stdout));
  });

  it('prints the same summary with 1 and 3 worker threads (timing line aside)', async () => {
    const strip = (s: string) => s.replace(/ in [\d.]+ s \([\d.]+ MB\/s\)/, '');
    const one = await runPisa(['scan', '--format', 'summary', '--jobs', '1', dir]);
    const three = await runPisa(['scan', '--format', 'summary', '--jobs', '3', dir]);
    expect(strip(three.stdout)).toBe(strip(one.stdout));
    expect(one.stdout).toContain('orders.csv');
  });
});
