import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ScanRequest } from '../../core/scan-report/scan-request.js';
import { runScan } from './run-scan.js';

describe('runScan threads', () => {
  it('scans a small input on one thread when --jobs was not given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pisa-run-scan-'));
    const path = join(dir, 'users.csv');
    writeFileSync(path, 'name,phone\n王芳,13812345678\n');
    const request: ScanRequest = { paths: [path], jobs: 4, encoding: 'jsonl', showValues: false, tally: false, inputFormat: 'auto' };
    const chunks: Uint8Array[] = [];
    const outcome = await runScan(request, { write: async (c) => void chunks.push(c.slice()) }, Readable.from([]));
    expect(outcome.ok && outcome.threads).toBe(1);
    expect(outcome.ok && outcome.findings).toBe(2);
    const lines = Buffer.concat(chunks).toString();
    expect(lines).toContain('"detector":"PERSON_NAME"');
    expect(lines).toContain('"detector":"CN_MOBILE"');
  });
});
