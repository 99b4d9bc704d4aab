import { closeSync, openSync, readSync } from 'node:fs';

// JSON Lines files are verified in byte ranges that each thread reads for itself into a buffer it
// keeps: the file is never held whole in memory nor copied between threads (the main thread used to
// read 55 MB and copy every batch into fresh memory for a worker, page faults that cost this
// machine about as much as a tenth of the signature checks).

/** One share of a JSON Lines file: the lines that start in [start, end). */
export type LineRange = { readonly file: string; readonly start: number; readonly end: number };

/** A thread's reusable read buffer (grown for a line longer than a range). */
export type LineScratch = { buffer: Buffer };

export const createLineScratch = (bytes = 1 << 20): LineScratch => ({ buffer: Buffer.allocUnsafe(bytes) });

/** Ranges of about `bytes` each covering a file of `size` bytes. */
export function lineRanges(file: string, size: number, bytes: number): LineRange[] {
  const ranges: LineRange[] = [];
  for (let start = 0; start < size; start += bytes) ranges.push({ file, start, end: Math.min(start + bytes, size) });
  return ranges;
}

/**
 * Calls `onLine` with each line (without its "\n") that starts in the range, in order. A line
 * starts at offset 0 or right after a "\n"; the last one may run past `end` and is read whole.
 * Every line of the file therefore lands in exactly one of the ranges `lineRanges` gives.
 */
export function forEachLineInRange(range: LineRange, scratch: LineScratch, onLine: (line: string) => void): void {
  const fd = openSync(range.file, 'r');
  try {
    // One byte before the range tells whether its first byte starts a line.
    const origin = range.start === 0 ? 0 : range.start - 1;
    const limit = range.end - origin; // a line must start before this index of the buffer
    let held = 0;
    let eof = false;
    const readUpTo = (want: number) => {
      while (!eof && held < want) {
        if (scratch.buffer.length < want) {
          const bigger = Buffer.allocUnsafe(Math.max(want, scratch.buffer.length * 2));
          scratch.buffer.copy(bigger, 0, 0, held);
          scratch.buffer = bigger;
        }
        const n = readSync(fd, scratch.buffer, held, want - held, origin + held);
        if (n === 0) eof = true;
        else held += n;
      }
    };
    // The index of the next "\n" at or after `from` among the bytes held, reading on as needed; -1 at the end of the file.
    const newlineFrom = (from: number): number => {
      for (let searched = from; ; ) {
        const at = scratch.buffer.indexOf(10, searched);
        if (at >= 0 && at < held) return at;
        if (eof) return -1;
        searched = held;
        readUpTo(held + (64 << 10));
      }
    };
    readUpTo(limit);
    let at = 0;
    if (range.start > 0) {
      const newline = newlineFrom(0);
      if (newline < 0) return;
      at = newline + 1;
    }
    while (at < limit) {
      if (at >= held) readUpTo(at + 1);
      if (at >= held) return;
      const newline = newlineFrom(at);
      const lineEnd = newline < 0 ? held : newline;
      onLine(scratch.buffer.toString('utf8', at, lineEnd));
      at = lineEnd + 1;
    }
  } finally {
    closeSync(fd);
  }
}
