import { type FileHandle, open, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { type Command, Option } from 'commander';
import { decodeUtf8 } from '../../core/log/bytes.js';
import { parseCheckpoint } from '../../core/log/checkpoint.js';
import { parseNote } from '../../core/log/signed-note.js';
import { consistencyProofOverTiles, type LogFetch } from '../../core/log/tile-client.js';
import { decodeBase64Url } from '../../core/receipt/base64url.js';
import type { ConsistencyEvidence } from '../../core/receipt/verify-receipt.js';
import type { Io, Outcome } from '../outcome.js';
import { createVerifier, NOT_JSON, type TrustSpec, type VerdictSummary, type Verifier, type VerifyItem } from './verify-batch.js';
import { lineRanges } from './verify-lines.js';
import { BATCH_BYTES, BATCH_RECEIPTS, itemBatches, type VerifyBatch, verifyBatches } from './verify-pool.js';

export type VerifyOptions = { log?: string; checkpoint?: string; vkey?: string; jwks?: string; format: 'text' | 'json'; jobs?: string };

/** `fetch` for http(s) logs; tests may inject their own. */
export type VerifyContext = Io & { fetch: (url: string, init?: RequestInit) => Promise<Response> };

type Source = { readonly fetch: LogFetch; readonly text: (path: string) => Promise<string | null>; readonly base: string };

const bad = (reason: string): Outcome => ({ kind: 'bad-input', reason, issues: [] });

/** A log at an http(s) URL (…/log) or in a folder mirrored from one. */
function logSource(location: string, ctx: VerifyContext): Source {
  if (/^https?:\/\//.test(location)) {
    const base = location.replace(/\/+$/, '');
    const get = async (path: string): Promise<Uint8Array | null> => {
      const response = await ctx.fetch(`${base}/${path}`);
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`${base}/${path}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    };
    return { fetch: get, text: async (path) => decodeUtf8((await get(path)) ?? new Uint8Array()) || null, base };
  }
  const get = async (path: string): Promise<Uint8Array | null> => {
    try {
      return new Uint8Array(await readFile(join(location, ...path.split('/'))));
    } catch {
      return null;
    }
  };
  return { fetch: get, text: async (path) => decodeUtf8((await get(path)) ?? new Uint8Array()) || null, base: location };
}

async function readText(pathOrValue: string): Promise<string> {
  try {
    return await readFile(pathOrValue, 'utf8');
  } catch {
    return pathOrValue;
  }
}

/** The receipt keys of a JWK Set: Ed25519 public keys by kid. */
function receiptKeysOf(jwks: unknown): Map<string, Uint8Array> | null {
  const keys = (jwks as { keys?: unknown })?.keys;
  if (!Array.isArray(keys)) return null;
  const out = new Map<string, Uint8Array>();
  for (const key of keys as Record<string, unknown>[]) {
    const x = typeof key['x'] === 'string' ? decodeBase64Url(key['x']) : null;
    if (key['kty'] !== 'OKP' || key['crv'] !== 'Ed25519' || typeof key['kid'] !== 'string' || x === null || x.length !== 32) return null;
    out.set(key['kid'], x);
  }
  return out;
}

/**
 * The receipts of a file as JSON texts: one JSON receipt, a JSON array of them, or JSON Lines.
 * JSON Lines stay unparsed here: the threads that verify them parse them.
 */
function receiptTexts(text: string): string[] | null {
  const trimmed = text.trim();
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    const lines = trimmed.split('\n').filter((line) => line.trim() !== '');
    return lines.length > 0 ? lines : null;
  }
  return Array.isArray(value) ? value.map((v) => JSON.stringify(v)) : [trimmed];
}

const isBlank = (byte: number) => byte === 32 || byte === 9 || byte === 13 || byte === 10;

/** Two or more lines, the first a whole JSON value: JSON Lines (a pretty-printed receipt's first line is not). */
function isJsonLines(bytes: Uint8Array): boolean {
  let start = 0;
  while (start < bytes.length && isBlank(bytes[start] as number)) start++;
  const newline = bytes.indexOf(10, start);
  if (newline < 0) return false;
  let rest = newline;
  while (rest < bytes.length && isBlank(bytes[rest] as number)) rest++;
  if (rest >= bytes.length) return false;
  try {
    JSON.parse(new TextDecoder().decode(bytes.subarray(start, newline)));
    return true;
  } catch {
    return false;
  }
}

const HEAD_BYTES = 1 << 20;

/** The first MiB of a file (enough to tell JSON Lines of receipts) and its size; null when it cannot be read. */
async function readHead(file: string): Promise<{ bytes: Uint8Array; size: number } | null> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
    const size = (await handle.stat()).size;
    const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(Math.min(size, HEAD_BYTES)), position: 0 });
    return { bytes: buffer.subarray(0, bytesRead), size };
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

type Trust = { spec: TrustSpec; verifier: Verifier; warnings: string[] };

async function loadTrust(options: VerifyOptions, source: Source | null, ctx: VerifyContext): Promise<Trust | string> {
  const warnings: string[] = [];
  let vkey = options.vkey === undefined ? null : (await readText(options.vkey)).trim();
  if (vkey === null && source !== null) {
    vkey = (await source.text('vkey'))?.trim() ?? null;
    warnings.push(`trusting the log key served by ${source.base}/vkey; pin it with --vkey`);
  }
  if (vkey === null) return '--vkey (the log verifier key) or --log is needed to check the checkpoint signature';
  const vkeyText = vkey;

  let jwksText: string | null = options.jwks === undefined ? null : await readText(options.jwks);
  if (jwksText === null && source !== null && /^https?:/.test(source.base)) {
    const url = new URL('/api/receipts/keys', source.base).toString();
    const response = await ctx.fetch(url);
    if (!response.ok) return `${url}: HTTP ${response.status}`;
    jwksText = await response.text();
    warnings.push(`trusting the receipt keys served by ${url}; pin them with --jwks`);
  }
  if (jwksText === null) return '--jwks (the receipt keys, a JWK Set) or an http(s) --log is needed to check the receipt signature';
  let receiptKeys: Map<string, Uint8Array> | null = null;
  try {
    receiptKeys = receiptKeysOf(JSON.parse(jwksText));
  } catch {
    receiptKeys = null;
  }
  if (receiptKeys === null) return '--jwks: not a JWK Set of Ed25519 keys with kid';
  const spec: TrustSpec = { vkey: vkeyText, receiptKeys: [...receiptKeys] };
  const verifier = createVerifier(spec);
  if (verifier === null) return `--vkey: "${vkeyText.slice(0, 80)}" is not a valid Ed25519 note verifier key`;
  return { spec, verifier, warnings };
}

/** The other checkpoint to prove consistency against: --checkpoint, else the log's latest. */
async function otherCheckpoint(options: VerifyOptions, source: Source | null): Promise<string | null> {
  if (options.checkpoint !== undefined) return readFile(options.checkpoint, 'utf8');
  return source === null ? null : source.text('checkpoint');
}

async function evidenceFor(receipt: unknown, other: string | null, source: Source | null): Promise<ConsistencyEvidence | undefined | string> {
  if (other === null) return undefined;
  const mine = (receipt as { log?: { checkpoint?: unknown } })?.log?.checkpoint;
  const a = typeof mine === 'string' ? parseNote(mine) : null;
  const b = parseNote(other);
  const sizeA = a === null ? null : parseCheckpoint(a.text)?.size;
  const sizeB = b === null ? null : parseCheckpoint(b.text)?.size;
  if (sizeA == null || sizeB == null || sizeA === sizeB) return { checkpoint: other, proof: [] };
  if (source === null) return "proving consistency between checkpoints of different sizes needs the log's tiles: give --log";
  const [oldSize, newSize] = sizeA < sizeB ? [sizeA, sizeB] : [sizeB, sizeA];
  const proof = await consistencyProofOverTiles(oldSize, newSize, source.fetch);
  return proof === null ? 'the log did not serve the tiles of the consistency proof' : { checkpoint: other, proof };
}

const describe = (file: string, verdict: VerdictSummary): string =>
  verdict.ok
    ? `OK ${verdict.receiptId}: entry ${verdict.index} of the log at size ${verdict.checkpointSize}${verdict.consistentSize !== null ? `, consistent with size ${verdict.consistentSize}` : ''}`
    : `FAIL ${file}: ${verdict.reason}: ${verdict.detail}`;

function parseJobs(text: string | undefined): number | null {
  if (text === undefined) return availableParallelism();
  return /^[1-9][0-9]{0,2}$/.test(text) ? Number(text) : null;
}

/** `pisa verify RECEIPT.json...`: signature, log inclusion and (given another checkpoint) consistency. */
export async function runVerify(files: readonly string[], options: VerifyOptions, ctx: VerifyContext): Promise<Outcome> {
  const jobs = parseJobs(options.jobs);
  if (jobs === null) return bad(`--jobs: "${options.jobs}" is not a whole number from 1 to 999`);
  const source = options.log === undefined ? null : logSource(options.log, ctx);
  let loaded: Trust | string;
  try {
    loaded = await loadTrust(options, source, ctx);
  } catch (error) {
    return bad(`cannot reach the log: ${(error as Error).message}`);
  }
  if (typeof loaded === 'string') return bad(loaded);
  for (const warning of loaded.warnings) ctx.stderr(`pisa: ${warning}\n`);
  let other: string | null;
  try {
    other = await otherCheckpoint(options, source);
  } catch {
    return bad(`cannot read --checkpoint ${options.checkpoint}`);
  }

  // Reading, fetching proofs and consistency evidence (I/O) first; then the signatures and
  // hashes, spread over --jobs threads for a large batch; then the output, in input order.
  const work = await readWork(files, source, other, ctx);
  if (typeof work === 'string') return bad(work);
  const perBatch = await verifyBatches(
    work.map((w) => w.batch),
    jobs,
    loaded.spec,
    loaded.verifier,
  );
  const verdicts = perBatch.flatMap((batch, i) => batch.map((verdict) => ({ file: (work[i] as { file: string }).file, verdict })));
  const notJson = verdicts.find((v) => !v.verdict.ok && v.verdict.reason === NOT_JSON);
  if (notJson !== undefined) return bad(`${notJson.file} is neither JSON nor JSON Lines`);
  const failed = verdicts.filter((v) => !v.verdict.ok).length;
  if (options.format === 'json') {
    const results = verdicts.map(({ file, verdict }) => ({ file, ...verdictJson(verdict) }));
    ctx.stdout(`${JSON.stringify({ verified: results.length - failed, failed, results }, null, 2)}\n`);
  } else {
    for (const { file, verdict } of verdicts) ctx.stdout(`${describe(file, verdict)}\n`);
  }
  return failed === 0 ? { kind: 'clean' } : { kind: 'violations' };
}

type Work = { readonly file: string; readonly batch: VerifyBatch };

/** The files' receipts in batches (JSON Lines stay bytes), with consistency evidence when asked for; or why not. */
async function readWork(files: readonly string[], source: Source | null, other: string | null, ctx: VerifyContext): Promise<Work[] | string> {
  const work: Work[] = [];
  for (const file of files) {
    // Offline, JSON Lines need nothing from the log: the threads read, parse and check ranges of the file.
    let whole: Uint8Array | null = null;
    if (source === null && other === null) {
      const head = await readHead(file);
      if (head === null) return `cannot read ${file}: no such file or not readable`;
      if (isJsonLines(head.bytes)) {
        for (const range of lineRanges(file, head.size, BATCH_BYTES)) work.push({ file, batch: { range } });
        continue;
      }
      if (head.bytes.length === head.size) whole = head.bytes; // a small file is read once
    }
    let bytes: Buffer;
    try {
      bytes = whole === null ? await readFile(file) : Buffer.from(whole.buffer, whole.byteOffset, whole.byteLength);
    } catch {
      return `cannot read ${file}: no such file or not readable`;
    }
    const texts = receiptTexts(bytes.toString('utf8'));
    if (texts === null) return `${file} is neither JSON nor JSON Lines`;
    const items: VerifyItem[] = [];
    for (const json of texts) {
      if (source === null && other === null) {
        items.push({ json, evidence: undefined });
        continue;
      }
      let original: unknown;
      try {
        original = JSON.parse(json);
      } catch {
        items.push({ json, evidence: undefined }); // refused as not JSON when verified
        continue;
      }
      const receipt = await withLogProof(original, source, ctx);
      const evidence = await evidenceFor(receipt, other, source);
      if (typeof evidence === 'string') return evidence;
      items.push({ json: receipt === original ? json : JSON.stringify(receipt), evidence });
    }
    for (const batch of itemBatches(items)) work.push({ file, batch });
  }
  return work;
}

/** A receipt saved before it was sequenced gets its log proof from an http(s) --log (by id, in a POST body). */
async function withLogProof(receipt: unknown, source: Source | null, ctx: VerifyContext): Promise<unknown> {
  const bundle = receipt as { log?: unknown; receipt_id?: unknown } | null;
  if (source === null || !/^https?:/.test(source.base) || bundle === null || typeof bundle !== 'object' || bundle.log !== null) return receipt;
  if (typeof bundle.receipt_id !== 'string') return receipt;
  const response = await ctx.fetch(new URL('/api/receipts/proof', source.base).toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ receipt_id: bundle.receipt_id }),
  });
  if (!response.ok) return receipt;
  const { log } = (await response.json()) as { log: unknown };
  return log === null ? receipt : { ...bundle, log };
}

function verdictJson(verdict: VerdictSummary): Record<string, unknown> {
  if (!verdict.ok) return { ok: false, reason: verdict.reason, detail: verdict.detail };
  return {
    ok: true,
    receipt_id: verdict.receiptId,
    index: verdict.index,
    checkpoint_size: verdict.checkpointSize,
    consistent_with_size: verdict.consistentSize,
  };
}

export function registerVerify(program: Command, ctx: VerifyContext, finish: (o: Outcome) => void): void {
  program
    .command('verify')
    .description('Verify consent receipts offline: platform signature, inclusion in the transparency log, and consistency with another checkpoint')
    .argument('<receipt...>', 'receipt files (JSON, a JSON array, or JSON Lines)')
    .option('--log <url|dir>', 'the log (e.g. https://pisa.example/log) or a mirrored folder: vkey, latest checkpoint and tiles for consistency')
    .option('--checkpoint <file>', 'a checkpoint (signed note) seen before: prove the log has not forked since')
    .option('--vkey <vkey|file>', 'the log verifier key to trust (default: the one --log serves)')
    .option('--jwks <file>', 'the receipt keys to trust, a JWK Set (default: the ones an http(s) --log serves)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option(
      '--jobs <n>',
      `threads for a large batch (more than ${BATCH_RECEIPTS} receipts or 512 KB of JSON Lines; default: all cores; 1: the main thread only)`,
    )
    .action(async (files: string[], options: VerifyOptions) => finish(await runVerify(files, options, ctx)));
}
