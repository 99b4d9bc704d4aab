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

  it('keeps counts, not values, of finished files, and counts a value in two files once per category', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pisa-run-scan-'));
    writeFileSync(join(dir, 'a.csv'), 'phone\n13812345678\n13812345679\n');
    writeFileSync(join(dir, 'b.csv'), 'phone\n13812345679\n13812345670\n');
    const request: ScanRequest = { paths: [dir], jobs: 1, encoding: 'none', showValues: false, tally: true, inputFormat: 'auto' };
    const outcome = await runScan(request, { write: async () => {} }, Readable.from([]));
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.categories.map((c) => [c.category, c.items, c.files.map((f) => f.slice(dir.length + 1))])).toEqual([
      ['mobile_phone', 3, ['a.csv', 'b.csv']],
    ]);
    const phone = outcome.files[0]?.tally.columns.get('phone')?.detectors.find((d) => d !== undefined);
    expect(phone?.sketch.count()).toBe(2);
    expect(() => phone?.sketch.toState()).toThrow(/frozen/);

    // Server chunks merge tallies later: they keep the sets.
    const kept = await runScan({ ...request, keepDistinctSets: true }, { write: async () => {} }, Readable.from([]));
    if (!kept.ok) throw new Error(kept.reason);
    expect(kept.categories).toEqual([]);
    expect(
      kept.files[1]?.tally.columns
        .get('phone')
        ?.detectors.find((d) => d !== undefined)
        ?.sketch.toState().kind,
    ).toBe('exact');
  });
});
