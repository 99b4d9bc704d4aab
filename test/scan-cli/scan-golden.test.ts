// Golden output of `pisa scan` (issue 4's contract: detector ids, jsonl fields, UTF-16 offsets
// within the line, masked values; the summary's counts, distinct counts and samples): the
// throughput work must change speed only. The corpus is built here: the benchmark generator
// (seeded), every labelled case of the shared peer corpus and of test/scanner/corpus as free
// text, CSV, TSV, JSON Lines and gzip, and the small CLI fixtures. The digests of the outputs are
// in scan-golden.json; UPDATE_GOLDEN=1 rewrites it (only for an intended change of output).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/scan.bench.js';
import { REPO, runPisa } from './run-pisa.js';

const GOLDEN = fileURLToPath(new URL('./scan-golden.json', import.meta.url));
const SHARED = join(REPO, '../shared/testdata/pii');
const OWN = join(REPO, 'test/scanner/corpus');
const FIXTURES = join(REPO, 'test/fixtures/scan/data');
const COLUMNS = ['name', 'phone', 'id_card', 'email', 'address', 'remark', 'ip', 'card_no', 'passport', 'ssn', 'lat', 'imei'];

type Output = { readonly lines: number; readonly sha256: string; readonly detectors?: Record<string, number> };
type Golden = { readonly inputs: string; readonly outputs: Record<string, Output> };

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function caseTexts(dir: string): { text: string; column: string | null }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((line) => line.trim().length > 0)
        .map((line) => JSON.parse(line) as { text: string; column?: string | null }),
    )
    .map((c) => ({ text: c.text, column: c.column ?? null }));
}

const csvCell = (text: string, delimiter: string) =>
  text.includes('"') || text.includes(delimiter) || text.includes('\n') || text.includes('\r') ? `"${text.replaceAll('"', '""')}"` : text;

/** Writes the corpus into `dir`; returns a digest of every input byte (so a changed input is told apart from a changed scanner). */
function writeCorpus(dir: string): string {
  mkdirSync(join(dir, 'bench'));
  generateCorpus(join(dir, 'bench'), 3 * 1024 * 1024, 11);
  const cases = [...caseTexts(SHARED), ...caseTexts(OWN)];
  const oneLine = cases.map((c) => c.text.replace(/[\r\n]+/g, ' '));
  writeFileSync(join(dir, 'cases.log'), `${oneLine.join('\n')}\n`);
  writeFileSync(join(dir, 'cases-crlf.log.gz'), gzipSync(`${oneLine.slice(0, 500).join('\r\n')}\r\n`));
  writeFileSync(
    join(dir, 'cases.jsonl'),
    `${cases.map((c, i) => JSON.stringify({ id: i, [c.column ?? 'text']: c.text, nested: { items: [c.text.slice(0, 40)] } })).join('\n')}\n`,
  );
  const rows = (delimiter: string) => {
    const lines = [COLUMNS.join(delimiter)];
    for (let i = 0; i < cases.length; i += COLUMNS.length) {
      lines.push(COLUMNS.map((_, k) => csvCell(cases[i + k]?.text ?? '', delimiter)).join(delimiter));
    }
    return `${lines.join('\n')}\n`;
  };
  writeFileSync(join(dir, 'cases.csv'), rows(','));
  writeFileSync(join(dir, 'cases.tsv'), rows('\t'));
  writeFileSync(join(dir, 'headerless.csv'), rows(',').split('\n').slice(1).join('\n'));
  mkdirSync(join(dir, 'fixtures'));
  cpSync(FIXTURES, join(dir, 'fixtures'), { recursive: true });
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

function describeOutput(stdout: string, jsonl: boolean): Output {
  const lines = stdout.split('\n').filter(Boolean);
  if (!jsonl) return { lines: lines.length, sha256: sha256(stdout) };
  const detectors: Record<string, number> = {};
  for (const line of lines) {
    const id = (JSON.parse(line) as { detector: string }).detector;
    detectors[id] = (detectors[id] ?? 0) + 1;
  }
  return { lines: lines.length, sha256: sha256(stdout), detectors: Object.fromEntries(Object.entries(detectors).sort()) };
}

const RUNS: Record<string, { args: string[]; jsonl: boolean }> = {
  'jsonl --show-values --jobs 1': { args: ['--format', 'jsonl', '--show-values', '--jobs', '1'], jsonl: true },
  'jsonl --jobs 2': { args: ['--format', 'jsonl', '--jobs', '2'], jsonl: true },
  'summary --jobs 1': { args: ['--format', 'summary', '--jobs', '1'], jsonl: false },
  'summary --jobs 2': { args: ['--format', 'summary', '--jobs', '2'], jsonl: false },
  'sarif --jobs 1': { args: ['--format', 'sarif', '--jobs', '1'], jsonl: false },
};

/** The summary's first line holds the time taken; everything else is deterministic. */
const stripTiming = (summary: string) => summary.replace(/ in [\d.]+ s \([\d.]+ MB\/s\)/, '');

describe('pisa scan golden output', () => {
  const root = mkdtempSync(join(tmpdir(), 'pisa-scan-golden-'));
  const dir = join(root, 'corpus');
  const outputOf = (name: string) => join(root, `${name.replaceAll(/[ -]+/g, '_')}.out`);
  let inputs = '';
  const actual: Record<string, Output> = {};

  beforeAll(async () => {
    if (!existsSync(SHARED)) throw new Error(`the shared PII corpus is read in place from ${SHARED}`);
    mkdirSync(dir);
    inputs = writeCorpus(dir);
    for (const [name, run] of Object.entries(RUNS)) {
      const result = await runPisa(['scan', ...run.args, '.'], { cwd: dir });
      if (result.code !== 1) throw new Error(`pisa scan ${name} exited ${result.code}: ${result.stderr}`);
      const stdout = run.jsonl ? result.stdout : stripTiming(result.stdout);
      writeFileSync(outputOf(name), stdout);
      actual[name] = describeOutput(stdout, run.jsonl);
    }
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(GOLDEN, `${JSON.stringify({ inputs, outputs: actual } satisfies Golden, null, 2)}\n`);
  }, 300_000);

  const golden = () => JSON.parse(readFileSync(GOLDEN, 'utf8')) as Golden;

  it('scans the same inputs as when the golden digests were recorded', () => {
    expect(inputs, 'the corpus changed (generator, shared corpus or fixtures): check, then UPDATE_GOLDEN=1').toBe(golden().inputs);
  });

  for (const name of Object.keys(RUNS)) {
    it(`prints the recorded ${name} output, byte for byte`, () => {
      const where = `actual output kept in ${outputOf(name)}`;
      expect(actual[name], where).toEqual(golden().outputs[name]);
    });
  }

  it('finds what a dense mixed corpus holds', () => {
    const found = actual['jsonl --show-values --jobs 1']?.detectors ?? {};
    expect(Object.keys(found).length).toBeGreaterThanOrEqual(17);
    expect(actual['jsonl --jobs 2']?.lines).toBe(actual['jsonl --show-values --jobs 1']?.lines);
    // Samples are ordered by their position in the line, so merging workers' tallies changes nothing.
    expect(actual['summary --jobs 2']).toEqual(actual['summary --jobs 1']);
  });
});
