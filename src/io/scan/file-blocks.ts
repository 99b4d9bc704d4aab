import { type FileHandle, open } from 'node:fs/promises';
import type { BlockPool } from './block-pool.js';
import { MAX_CARRY } from './read-chunks.js';

const HEAD_BYTES = 8192;

/** The first bytes of a file (to tell gzip and binary content from text). */
export async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Reads into block[filled, block.length) from `position`, stopping at `end`; returns the new fill. */
async function fill(handle: FileHandle, block: Buffer, filled: number, position: number, end: number): Promise<number> {
  let at = filled;
  while (at < block.length) {
    const want = Math.min(block.length - at, end - (position + at - filled));
    if (want <= 0) break;
    const { bytesRead } = await handle.read(block, at, want, position + at - filled);
    if (bytesRead === 0) break;
    at += bytesRead;
  }
  return at;
}

/**
 * The bytes [start, end) of a plain (not compressed) file in blocks of about `blockSize` cut at
 * boundaries (`cut` returns the index just past the last one, or -1), read straight into
 * buffers that each block owns. Joining stream chunks copied every byte into a fresh block; here
 * only the tail after the last boundary is copied, and a block can be transferred to a worker.
 * Blocks of `pool.size` come from the pool (blocks handed back when their task is done).
 */
export async function* readFileBlocks(
  path: string,
  cut: (bytes: Buffer) => number,
  pool: BlockPool,
  onRaw: (bytes: number) => void,
  start = 0,
  end = Number.POSITIVE_INFINITY,
): AsyncGenerator<Buffer> {
  const blockSize = pool.size;
  const handle = await open(path, 'r');
  try {
    let block = pool.take();
    let filled = 0;
    let position = start;
    for (;;) {
      const before = filled;
      filled = await fill(handle, block, filled, position, end);
      onRaw(filled - before);
      position += filled - before;
      if (filled < block.length) {
        if (filled > 0) yield block.subarray(0, filled);
        return;
      }
      let at = cut(block);
      if (at <= 0 && block.length < MAX_CARRY) {
        // No boundary yet (a very long line or record): read on into a bigger block.
        const bigger = Buffer.allocUnsafeSlow(block.length * 2);
        block.copy(bigger);
        block = bigger;
        continue;
      }
      if (at <= 0) at = filled;
      const next = filled - at <= blockSize / 2 ? pool.take() : Buffer.allocUnsafeSlow(2 * (filled - at));
      block.copy(next, 0, at, filled);
      const done = block.subarray(0, at);
      block = next;
      filled -= at;
      yield done;
    }
  } finally {
    await handle.close();
  }
}
