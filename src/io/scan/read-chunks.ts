import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { isGzipMagic } from './input-format.js';

/** Size of the blocks handed to workers: big enough to amortise a message, small enough to keep memory flat. */
export const BLOCK_SIZE = 2 * 1024 * 1024;
/** A single line or record longer than this is cut anyway (memory stays bounded). */
export const MAX_CARRY = 64 * 1024 * 1024;

/** The raw bytes of a file or of stdin, with their count reported as they are read (for progress). */
export function openRaw(path: string, stdin: Readable): Readable {
  return path === '-' ? stdin : createReadStream(path, { highWaterMark: 1024 * 1024 });
}

/**
 * Decompressed bytes: gzip is recognised by its magic number, whatever the name. `onRaw` gets
 * the count of compressed bytes read (progress is measured on the input as stored).
 */
export async function* decodedChunks(raw: Readable, onRaw: (bytes: number) => void): AsyncGenerator<Buffer> {
  const iterator = raw[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await iterator.next();
  if (first.done) return;
  const head = first.value;
  const rest = async function* () {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  };
  if (!isGzipMagic(head)) {
    for await (const chunk of rest()) {
      onRaw(chunk.length);
      yield chunk;
    }
    return;
  }
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  const feed = (async () => {
    for await (const chunk of rest()) {
      onRaw(chunk.length);
      if (!gunzip.write(chunk)) await new Promise<void>((resolve) => gunzip.once('drain', () => resolve()));
    }
    gunzip.end();
  })();
  feed.catch((error: unknown) => gunzip.destroy(error instanceof Error ? error : new Error(String(error))));
  for await (const chunk of gunzip) yield chunk as Buffer;
  await feed;
}

/**
 * Groups a byte stream into blocks of about `blockSize` cut at boundaries (`cut` returns the
 * index just past the last boundary, or -1). Each block owns its memory, so it can be
 * transferred to a worker without copying.
 */
export async function* cutBlocks(chunks: AsyncIterable<Buffer>, cut: (bytes: Buffer) => number, blockSize = BLOCK_SIZE): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    pending.push(chunk);
    size += chunk.length;
    if (size < blockSize) continue;
    const joined = Buffer.concat(pending, size);
    let at = cut(joined);
    if (at <= 0 && size >= MAX_CARRY) at = size;
    if (at <= 0) {
      pending = [joined];
      continue;
    }
    const carry = Buffer.from(joined.subarray(at));
    yield joined.subarray(0, at);
    pending = carry.length > 0 ? [carry] : [];
    size = carry.length;
  }
  if (size > 0) yield Buffer.concat(pending, size);
}
