import type { TextContext } from '../../core/scanner/types.js';
import { parseCsvRecords } from './csv-parse.js';

const DATA_LIKE = /^[\s\d.,:;+\-/()%]*$/;
const NO_CONTEXT: TextContext = { column: null };

/**
 * The first record of a CSV/TSV file, and whether it is a header: every cell filled, distinct,
 * not number-like and free of PI (a header names columns; a first data row usually holds a number
 * or an identifier somewhere).
 */
export function detectHeader(
  firstBytes: Buffer,
  delimiter: string,
  scanLine: (text: string, context: TextContext) => readonly unknown[],
): { cells: string[]; isHeader: boolean } | null {
  const text = firstBytes.toString('utf8', 0, Math.min(firstBytes.length, 1024 * 1024)).replace(/^\uFEFF/, '');
  let first: string[] | null = null;
  try {
    parseCsvRecords(text, delimiter, (record) => {
      first = [...record.cells];
      throw new Error('first record read');
    });
  } catch {
    // stop after the first record
  }
  const cells = first as string[] | null;
  if (cells === null) return null;
  const trimmed = cells.map((c) => c.trim());
  const isHeader =
    trimmed.every((c) => c.length > 0 && !DATA_LIKE.test(c)) &&
    new Set(trimmed).size === trimmed.length &&
    trimmed.every((c) => scanLine(c, NO_CONTEXT).length === 0);
  return { cells: trimmed, isHeader };
}
