import type { FileFormat } from '../../core/scan-report/scan-request.js';

const BY_EXTENSION: Readonly<Record<string, FileFormat>> = {
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  jsonlines: 'jsonl',
  json: 'json',
  parquet: 'parquet',
  pq: 'parquet',
};

/** The format a file name announces (`users.csv.gz` is gzip-compressed CSV); anything else is text. */
export function formatFromName(name: string): { format: FileFormat; gzip: boolean } {
  const lower = name.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const base = gzip ? lower.slice(0, -3) : lower;
  const dot = base.lastIndexOf('.');
  const extension = dot < 0 ? '' : base.slice(dot + 1);
  return { format: BY_EXTENSION[extension] ?? 'text', gzip };
}

export const isGzipMagic = (head: Uint8Array) => head[0] === 0x1f && head[1] === 0x8b;
export const isParquetMagic = (head: Uint8Array) => head[0] === 0x50 && head[1] === 0x41 && head[2] === 0x52 && head[3] === 0x31;

/** A NUL byte in the first bytes: not text (images, archives); such files are skipped. */
export function looksBinary(head: Uint8Array): boolean {
  return head.subarray(0, 8192).includes(0);
}

/** Guesses the format of unnamed input (stdin) from its first decompressed bytes. */
export function sniffFormat(head: Uint8Array): FileFormat {
  if (isParquetMagic(head)) return 'parquet';
  const text = Buffer.from(head.subarray(0, 65_536))
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const first = text.trimStart();
  if (first.startsWith('[')) return 'json';
  if (first.startsWith('{')) {
    const line = first.split('\n', 1)[0]?.trim() ?? '';
    try {
      JSON.parse(line);
      return 'jsonl';
    } catch {
      return 'json';
    }
  }
  return 'text';
}
