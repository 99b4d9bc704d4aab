import { createHmac } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { DeidOutcome, DeidRequest } from '../../core/deid/deid-request.js';
import { Deidentifier, type Hmac } from '../../core/deid/deidentifier.js';
import { KAnonymityCounter } from '../../core/deid/k-anonymity.js';
import type { FileFormat } from '../../core/scan-report/scan-request.js';
import { createScanner } from '../../core/scanner/scan-line.js';
import { detectHeader } from './csv-header.js';
import { encodeCsvCell, parseCsvRecords } from './csv-parse.js';
import { formatFromName, sniffFormat } from './input-format.js';
import { peekChunks } from './peek-chunks.js';
import { cutBlocks, decodedChunks, openRaw } from './read-chunks.js';
import { lastLineBoundary, lastRecordBoundary } from './record-boundary.js';
import { JSON_DOCUMENT_CAP } from './run-scan.js';

/** HMAC-SHA-256 from node:crypto, handed to the pure core. */
export const hmacSha256: Hmac = (key, text) => createHmac('sha256', key).update(text, 'utf8').digest('hex');

type Out = { write: (text: string) => Promise<void>; end: () => Promise<void> };

function openOutput(path: string, stdout: Writable): Out {
  const file = path === '-' ? stdout : createWriteStream(path);
  const gzip = path.toLowerCase().endsWith('.gz') ? createGzip() : null;
  if (gzip !== null) gzip.pipe(file);
  const sink = gzip ?? file;
  let failure: Error | null = null;
  file.on('error', (error: Error) => {
    failure = error;
  });
  return {
    write: (text) => {
      if (failure !== null) return Promise.reject(failure);
      return sink.write(text) ? Promise.resolve() : new Promise((resolve) => sink.once('drain', () => resolve()));
    },
    end: () =>
      new Promise((resolve, reject) => {
        if (failure !== null) return reject(failure);
        if (path === '-' && gzip === null) return resolve();
        file.once('error', reject);
        file.once('finish', () => resolve());
        sink.end();
      }),
  };
}

/** De-identifies one JSON value; QI values are picked up by key or path on the way. */
function transformJson(
  value: unknown,
  key: string | null,
  generic: string,
  exact: string,
  deid: Deidentifier,
  qis: Map<string, string | null> | null,
): unknown {
  if (typeof value === 'string' || typeof value === 'number') {
    const text = String(value);
    const out = deid.value(text, generic, key, exact);
    if (qis !== null) for (const name of [key, generic, exact]) if (name !== null && qis.has(name) && qis.get(name) === null) qis.set(name, out);
    return typeof value === 'number' && out === text ? value : out;
  }
  if (Array.isArray(value)) return value.map((v, i) => transformJson(v, null, `${generic}[*]`, `${exact}[${i}]`, deid, qis));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const segment = /^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`;
      if (deid.isDropped(k, generic + segment, exact + segment)) continue;
      out[k] = transformJson(v, k, generic + segment, exact + segment, deid, qis);
    }
    return out;
  }
  return value;
}

/**
 * `pisa deid`: streams IN to OUT in the same format (CSV keeps its header minus dropped columns,
 * JSON Lines stays JSON Lines, text stays text; a `.gz` output is compressed), and counts
 * k-anonymity over the policy's quasi-identifiers.
 */
export async function deidentifyFile(request: DeidRequest, stdin: Readable, stdout: Writable): Promise<DeidOutcome> {
  if (request.input !== '-') {
    try {
      await stat(request.input);
    } catch {
      return { ok: false, reason: `cannot read ${request.input}: no such file or not readable` };
    }
  }
  const named = formatFromName(request.input);
  const { head, all } = await peekChunks(decodedChunks(openRaw(request.input, stdin), () => {}));
  let format: FileFormat =
    request.inputFormat !== 'auto' ? request.inputFormat : request.input === '-' ? (head === null ? 'text' : sniffFormat(head)) : named.format;
  if (format === 'parquet') return { ok: false, reason: 'deid cannot write Parquet: convert the file to CSV or JSON Lines first' };

  const deid = new Deidentifier(request.policy, request.key, hmacSha256);
  const qiNames = request.policy.quasi_identifiers;
  const counter = qiNames.length === 0 ? null : new KAnonymityCounter(qiNames, request.policy.k);
  const out = openOutput(request.output, stdout);
  let records = 0;
  let dropped: string[] = [];

  try {
    if (format === 'csv' || format === 'tsv') {
      const delimiter = format === 'csv' ? ',' : '\t';
      const code = delimiter.charCodeAt(0);
      const scanner = createScanner();
      let header: string[] | null = null;
      let keep: number[] | null = null;
      let qiIndexes: number[] = [];
      const dropSet = new Set<number>();
      let first = true;
      for await (const block of cutBlocks(all, (b) => lastRecordBoundary(b, code))) {
        const text = block.toString('utf8');
        const lines: string[] = [];
        let skip = false;
        if (first) {
          first = false;
          const detected = detectHeader(block, delimiter, (t, c) => scanner.scanLine(t, c));
          if (detected?.isHeader) {
            header = detected.cells;
            keep = header.map((_, i) => i).filter((i) => !deid.isDropped(header?.[i] ?? null));
            dropped = header.filter((name) => deid.isDropped(name));
            for (let i = 0; i < header.length; i++) if (deid.isDropped(header[i] ?? null)) dropSet.add(i);
            qiIndexes = qiNames.map((q) => header?.indexOf(q) ?? -1);
            lines.push(keep.map((i) => encodeCsvCell(header?.[i] ?? '', delimiter)).join(delimiter));
            skip = true;
          }
        }
        parseCsvRecords(text.replace(/^\uFEFF/, ''), delimiter, (record) => {
          if (skip) {
            skip = false;
            return;
          }
          records++;
          const cells = record.cells.map((cell, i) => (dropSet.has(i) ? '' : deid.value(cell, header?.[i] ?? null)));
          const kept = keep === null ? cells : keep.map((i) => cells[i] ?? '');
          lines.push(kept.map((c) => encodeCsvCell(c, delimiter)).join(delimiter));
          counter?.add(qiIndexes.map((i) => (i < 0 ? null : (cells[i] ?? null))));
        });
        if (lines.length > 0) await out.write(`${lines.join('\n')}\n`);
      }
    } else if (format === 'json') {
      const parts: Buffer[] = [];
      let size = 0;
      for await (const chunk of all) {
        parts.push(chunk);
        size += chunk.length;
        if (size > JSON_DOCUMENT_CAP) return { ok: false, reason: `${request.input}: JSON documents over 64 MiB are not de-identified; use JSON Lines` };
      }
      let doc: unknown;
      try {
        doc = JSON.parse(
          Buffer.concat(parts, size)
            .toString('utf8')
            .replace(/^\uFEFF/, ''),
        );
      } catch {
        return { ok: false, reason: `${request.input} is not valid JSON` };
      }
      const items = Array.isArray(doc) ? doc : [doc];
      const transformed = items.map((item, i) => {
        records++;
        const qis = counter === null ? null : new Map<string, string | null>(qiNames.map((q) => [q, null]));
        const result = transformJson(item, null, Array.isArray(doc) ? '$[*]' : '$', Array.isArray(doc) ? `$[${i}]` : '$', deid, qis);
        if (qis !== null) counter?.add(qiNames.map((q) => qis.get(q) ?? null));
        return result;
      });
      await out.write(`${JSON.stringify(Array.isArray(doc) ? transformed : transformed[0], null, 2)}\n`);
    } else {
      const json = format === 'jsonl';
      for await (const block of cutBlocks(all, (b) => lastLineBoundary(b))) {
        const text = block.toString('utf8');
        const lines = text.split('\n');
        if (lines[lines.length - 1] === '') lines.pop();
        const outLines = lines.map((raw) => {
          const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
          if (line.length === 0) return line;
          records++;
          if (json) {
            let value: unknown;
            try {
              value = JSON.parse(line);
            } catch {
              return deid.value(line, null);
            }
            const qis = counter === null ? null : new Map<string, string | null>(qiNames.map((q) => [q, null]));
            const result = JSON.stringify(transformJson(value, null, '$', '$', deid, qis));
            if (qis !== null) counter?.add(qiNames.map((q) => qis.get(q) ?? null));
            return result;
          }
          return deid.value(line, null);
        });
        await out.write(`${outLines.join('\n')}\n`);
      }
    }
  } finally {
    await out.end();
  }
  format = format === 'tsv' || format === 'csv' || format === 'json' || format === 'jsonl' ? format : 'text';
  return {
    ok: true,
    report: {
      input: request.input,
      output: request.output,
      format,
      records,
      replaced: deid.counts,
      dropped_columns: dropped,
      k_anonymity: counter?.report() ?? null,
    },
  };
}
