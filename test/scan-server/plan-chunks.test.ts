import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isPisaError } from '../../src/core/errors/pisa-error.js';
import { parseCsvRecords } from '../../src/io/scan/csv-parse.js';
import { listDatasets, resolveInside, saveUpload } from '../../src/io/scan/dataset-files.js';
import { planChunks } from '../../src/io/scan/plan-chunks.js';
import type { ChunkSpec } from '../../src/services/scan-ports.js';
import { tempDir } from './support.js';

type Range = Extract<ChunkSpec, { kind: 'range' }>;
const ranges = (chunks: readonly ChunkSpec[]) => chunks.filter((c): c is Range => c.kind === 'range');

/** CSV rows whose notes hold quoted newlines, quotes and commas: record boundaries are not line boundaries. */
function csvWithQuotedNewlines(rows: number): string {
  const lines = ['id,phone,note'];
  for (let i = 0; i < rows; i++) lines.push(`${i},1380013${String(i).padStart(4, '0')},"line one, ""quoted""\nline two\nline three ${i}"`);
  return `${lines.join('\n')}\n`;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return isPisaError(error) ? error.code : String(error);
  }
}

describe('planChunks', () => {
  it("cuts CSV at record boundaries only, carries the header and knows each chunk's first line", async () => {
    const dir = tempDir('plan-csv');
    const text = csvWithQuotedNewlines(400);
    writeFileSync(join(dir, 'notes.csv'), text);
    const plan = await planChunks(dir, dir, 1000);
    const chunks = ranges(plan.chunks);
    expect(chunks.length).toBeGreaterThan(20);
    const bytes = Buffer.from(text);
    // The chunks tile the file exactly.
    expect(chunks[0]?.start).toBe(0);
    for (const [i, c] of chunks.entries()) expect(c.start).toBe(i === 0 ? 0 : chunks[i - 1]?.end);
    expect(chunks.at(-1)?.end).toBe(bytes.length);
    let records = 0;
    for (const [i, c] of chunks.entries()) {
      const piece = bytes.subarray(c.start, c.end).toString('utf8');
      // Every chunk holds whole records: each parses to rows of three cells, the last ending the chunk.
      parseCsvRecords(piece, ',', (record) => {
        expect(record.cells.length).toBe(3);
        records++;
      });
      expect(c.header).toEqual(['id', 'phone', 'note']);
      expect(c.skip_first).toBe(i === 0);
      expect(c.base_line).toBe(bytes.subarray(0, c.start).toString('utf8').split('\n').length - 1);
      expect(c).toMatchObject({ kind: 'range', format: 'csv', path: 'notes.csv', file: 0 });
    }
    expect(records).toBe(401);
  });

  it('cuts text and JSON Lines at newlines, and keeps files that cannot be split whole', async () => {
    const dir = tempDir('plan-mixed');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub/events.jsonl'), `${Array.from({ length: 300 }, (_, i) => JSON.stringify({ i, phone: '13800138000' })).join('\n')}\n`);
    writeFileSync(join(dir, 'log.txt'), 'a 13800138000\n'.repeat(500));
    writeFileSync(join(dir, 'doc.json'), JSON.stringify([{ phone: '13800138000' }]));
    writeFileSync(join(dir, 'log.txt.gz'), gzipSync('a 13800138000\n'.repeat(500)));
    writeFileSync(join(dir, 'hidden-gzip.csv'), gzipSync('phone\n13800138000\n'));
    writeFileSync(join(dir, 'image.csv'), Buffer.from([1, 0, 2, 0]));
    writeFileSync(join(dir, 'empty.txt'), '');
    const plan = await planChunks(dir, dir, 512);
    expect(plan.files.map((f) => [f.name, f.format])).toEqual([
      ['doc.json', null],
      ['empty.txt', null],
      ['hidden-gzip.csv', null],
      ['image.csv', null],
      ['log.txt', 'text'],
      ['log.txt.gz', null],
      ['sub/events.jsonl', 'jsonl'],
    ]);
    const whole = plan.chunks.filter((c) => c.kind === 'whole').map((c) => c.path);
    expect(whole).toEqual(['doc.json', 'empty.txt', 'hidden-gzip.csv', 'image.csv', 'log.txt.gz']);
    const text = readFileSync(join(dir, 'log.txt'));
    for (const c of ranges(plan.chunks)) {
      const file = c.path === 'log.txt' ? text : readFileSync(join(dir, c.path));
      expect(file[c.end - 1]).toBe(0x0a);
      expect(c.end - c.start).toBeGreaterThanOrEqual(Math.min(512, file.length - c.start));
    }
    expect(ranges(plan.chunks).filter((c) => c.path === 'log.txt').length).toBe(Math.ceil(text.length / 512));
  });
});

describe('resolveInside', () => {
  it('follows symbolic links that stay inside the processor folder and refuses those that leave it', async () => {
    const root = tempDir('resolve');
    mkdirSync(join(root, 'acme/data'), { recursive: true });
    mkdirSync(join(root, 'other'));
    writeFileSync(join(root, 'acme/data/users.csv'), 'x\n');
    writeFileSync(join(root, 'other/secret.csv'), 'x\n');
    symlinkSync(join(root, 'acme/data'), join(root, 'acme/inside'));
    symlinkSync(join(root, 'other'), join(root, 'acme/outside'));
    symlinkSync('/etc/passwd', join(root, 'acme/passwd'));
    expect((await resolveInside(root, 'acme', 'inside/users.csv')).target).toBe(join(root, 'acme/inside/users.csv'));
    expect(await codeOf(resolveInside(root, 'acme', 'outside/secret.csv'))).toBe('SCAN_PATH_INVALID');
    expect(await codeOf(resolveInside(root, 'acme', 'outside'))).toBe('SCAN_PATH_INVALID');
    expect(await codeOf(resolveInside(root, 'acme', 'passwd'))).toBe('SCAN_PATH_INVALID');
    expect(await codeOf(resolveInside(root, 'acme', 'missing.csv'))).toBe('NOT_FOUND');
    expect(await codeOf(resolveInside(root, 'nobody', ''))).toBe('NOT_FOUND');
  });

  it('lists files and folders for the picker without hidden names or symbolic links', async () => {
    const root = tempDir('list');
    mkdirSync(join(root, 'acme/exports/.git'), { recursive: true });
    writeFileSync(join(root, 'acme/exports/a.csv'), 'abc');
    writeFileSync(join(root, 'acme/.env'), 'SECRET=1');
    symlinkSync('/etc', join(root, 'acme/etc'));
    expect(await listDatasets(root, 'acme')).toEqual([
      { path: 'exports', kind: 'folder', bytes: 0 },
      { path: 'exports/a.csv', kind: 'file', bytes: 3 },
    ]);
    expect(await listDatasets(root, 'nobody')).toEqual([]);
  });
});

describe('saveUpload', () => {
  async function* body(parts: readonly string[]) {
    for (const part of parts) yield Buffer.from(part);
  }

  it('stores an upload and refuses one past the limit, keeping nothing', async () => {
    const dir = tempDir('uploads');
    expect(await saveUpload(dir, 'scan-1', 'a.csv', body(['phone\n', '13800138000\n']), 100)).toEqual({ bytes: 18 });
    expect(readFileSync(join(dir, 'scan-1/a.csv'), 'utf8')).toBe('phone\n13800138000\n');
    expect(await codeOf(saveUpload(dir, 'scan-2', 'b.csv', body(['x'.repeat(60), 'y'.repeat(60)]), 100))).toBe('INPUT_TOO_LARGE');
    expect(readdirSync(dir)).toEqual(['scan-1']);
  });
});
