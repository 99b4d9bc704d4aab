import { asyncBufferFromFile, type FileMetaData, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

/** Row ranges to scan: one per row group (hyparquet reads a row group's column chunks at once). */
export async function parquetRowRanges(path: string): Promise<{ rowStart: number; rowEnd: number }[]> {
  const metadata = await parquetMetadataAsync(await asyncBufferFromFile(path));
  const ranges: { rowStart: number; rowEnd: number }[] = [];
  let start = 0;
  for (const group of metadata.row_groups) {
    const rows = Number(group.num_rows);
    if (rows > 0) ranges.push({ rowStart: start, rowEnd: start + rows });
    start += rows;
  }
  return ranges;
}

/** A cell as text: strings as they are, numbers and dates written out, nested values as JSON. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
  return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

const metadataCache = new Map<string, FileMetaData>();

/** Reads rows [rowStart, rowEnd) and hands each over as [column, text] pairs, in schema order. */
export async function readParquetRows(
  path: string,
  rowStart: number,
  rowEnd: number,
  onRow: (cells: readonly (readonly [string, string])[], index: number) => void,
): Promise<void> {
  const file = await asyncBufferFromFile(path);
  let metadata = metadataCache.get(path);
  if (metadata === undefined) {
    metadata = await parquetMetadataAsync(file);
    metadataCache.clear();
    metadataCache.set(path, metadata);
  }
  const rows = await parquetReadObjects({ file, metadata, rowStart, rowEnd, compressors });
  rows.forEach((row, index) => {
    onRow(
      Object.entries(row).map(([name, value]) => [name, cellText(value)] as const),
      index,
    );
  });
}
