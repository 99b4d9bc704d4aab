import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { REPO, runPisa } from './run-pisa.js';
import { writeParquet } from './write-parquet.js';

const DATA = 'test/fixtures/scan/data';
const FIELDS = ['file', 'line', 'column', 'detector', 'category', 'sensitive', 'start', 'end', 'masked', 'confidence'];

type Finding = {
  file: string;
  line: number;
  column: string | null;
  detector: string;
  category: string;
  sensitive: boolean;
  start: number;
  end: number;
  masked: string;
  confidence: number;
  value?: string;
};

const parseJsonl = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Finding);

/** The raw text from the start of physical line `line` (1-based) of a file, to the end of the file. */
function fromLine(text: string, line: number): string {
  let at = 0;
  for (let i = 1; i < line; i++) at = text.indexOf('\n', at) + 1;
  return text.slice(at);
}

const tmp = mkdtempSync(join(tmpdir(), 'pisa-scan-'));

describe('pisa scan --format jsonl', () => {
  it('prints one object per finding with the contract fields, masked, and exits 1', async () => {
    const { code, stdout } = await runPisa(['scan', '--format', 'jsonl', DATA]);
    expect(code).toBe(1);
    const findings = parseJsonl(stdout);
    expect(findings.length).toBeGreaterThan(10);
    for (const f of findings) {
      expect(Object.keys(f)).toEqual(FIELDS);
      expect(f.masked).not.toBe('');
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
    expect(stdout).not.toContain('13800138000');
    expect(stdout).not.toContain('zhang.wei@example.com');
  });

  it('lists folders recursively in name order', async () => {
    const { stdout } = await runPisa(['scan', '--format', 'jsonl', DATA]);
    const files = [...new Set(parseJsonl(stdout).map((f) => f.file))];
    expect(files).toEqual([`${DATA}/events.jsonl`, `${DATA}/nested/orders.json`, `${DATA}/server.log`, `${DATA}/users.csv`]);
  });

  it('gives exact 0-based UTF-16 offsets from the start of the reported line (--show-values)', async () => {
    const { stdout } = await runPisa(['scan', '--format', 'jsonl', '--show-values', DATA]);
    const findings = parseJsonl(stdout);
    for (const f of findings) {
      const raw = readFileSync(join(REPO, f.file), 'utf8');
      const text = fromLine(raw, f.line).slice(f.start, f.end);
      // JSON strings with escapes hold the value escaped; everything else holds it verbatim.
      expect(f.file.endsWith('.jsonl') && text.includes('\\') ? (JSON.parse(`"${text}"`) as string) : text).toBe(f.value);
    }
  });

  it('names CSV columns by header and reports a record at the line where it starts', async () => {
    const { stdout } = await runPisa(['scan', '--format', 'jsonl', `${DATA}/users.csv`]);
    const findings = parseJsonl(stdout);
    const mobiles = findings.filter((f) => f.detector === 'CN_MOBILE');
    expect(mobiles.map((f) => [f.line, f.column])).toEqual([
      [2, 'phone'],
      [2, 'notes'],
      [3, 'phone'],
      [3, 'notes'],
      [5, 'notes'],
    ]);
    const ids = findings.filter((f) => f.detector === 'CN_RESIDENT_ID');
    expect(ids.every((f) => f.column === 'id_card' && f.category === 'resident_id_number' && f.sensitive)).toBe(true);
  });

  it('names JSON values by path, and scans a line that is not JSON as text', async () => {
    const { stdout } = await runPisa(['scan', '--format', 'jsonl', `${DATA}/events.jsonl`, `${DATA}/nested/orders.json`]);
    const columns = parseJsonl(stdout).map((f) => `${f.line}:${f.column}:${f.detector}`);
    expect(columns).toEqual(
      expect.arrayContaining([
        '1:$.user.phone:CN_MOBILE',
        '1:$.user.email:EMAIL',
        '2:$.items[1].phone:CN_MOBILE',
        '2:$.n:CN_MOBILE',
        '3:$.msg:CN_MOBILE',
        '4:null:CN_MOBILE',
        '2:$[0].email:EMAIL',
        '4:$[1].contact.mobile:CN_MOBILE',
      ]),
    );
  });

  it('scans a JSON Lines record with an invalid escape as text instead of failing', async () => {
    const input = '{"note":"bad \\q escape 13812345678"}\n{"phone":"13912345678"}\n';
    const { code, stdout, stderr } = await runPisa(['scan', '--format', 'jsonl', '--input-format', 'jsonl', '-'], { input });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(parseJsonl(stdout).map((f) => `${f.line}:${f.column}:${f.start}:${f.masked}`)).toEqual(['1:null:23:138****5678', '2:$.phone:10:139****5678']);
  });

  it('reads standard input with -', async () => {
    const input = readFileSync(join(REPO, DATA, 'events.jsonl'), 'utf8');
    const { code, stdout } = await runPisa(['scan', '--format', 'jsonl', '-'], { input });
    expect(code).toBe(1);
    const findings = parseJsonl(stdout);
    expect(findings[0]?.file).toBe('-');
    expect(findings.some((f) => f.column === '$.user.phone')).toBe(true);
  });

  it('reads gzip-compressed files the same as plain ones', async () => {
    const gz = join(tmp, 'users.csv.gz');
    writeFileSync(gz, gzipSync(readFileSync(join(REPO, DATA, 'users.csv'))));
    const plain = parseJsonl((await runPisa(['scan', '--format', 'jsonl', `${DATA}/users.csv`])).stdout);
    const packed = parseJsonl((await runPisa(['scan', '--format', 'jsonl', gz])).stdout);
    expect(packed.map(({ file: _, ...f }) => f)).toEqual(plain.map(({ file: _, ...f }) => f));
  });

  it('reads Parquet by column, a row per line', async () => {
    const file = join(tmp, 'people.parquet');
    writeFileSync(
      file,
      writeParquet({ id: ['1', '2', '3'], phone: ['13800138000', 'none', '13700137000'], email: ['a.b@example.com', '', 'c.d@example.com'] }),
    );
    const { code, stdout } = await runPisa(['scan', '--format', 'jsonl', file]);
    expect(code).toBe(1);
    const found = parseJsonl(stdout).map((f) => `${f.line}:${f.column}:${f.detector}:${f.start}-${f.end}`);
    expect(found).toEqual(['1:phone:CN_MOBILE:0-11', '1:email:EMAIL:0-15', '3:phone:CN_MOBILE:0-11', '3:email:EMAIL:0-15']);
  });

  it('exits 0 with no output when nothing is found', async () => {
    const { code, stdout } = await runPisa(['scan', '--format', 'jsonl', 'test/fixtures/scan/clean.txt']);
    expect(stdout).toBe('');
    expect(code).toBe(0);
  });
});

describe('pisa scan --format summary', () => {
  it('shows each file and column with counts, distinct counts, masked samples and share of rows', async () => {
    const { code, stdout } = await runPisa(['scan', '--format', 'summary', '--jobs', '1', `${DATA}/users.csv`]);
    expect(code).toBe(1);
    expect(stdout).toContain('test/fixtures/scan/data/users.csv  (csv, 3 rows');
    const idRow = stdout.split('\n').find((l) => l.includes('id_card'));
    // three ids, two of them the same value: count 3, distinct 2, in every row
    expect(idRow).toMatch(/id_card\s+CN_RESIDENT_ID\s+resident_id_number \*\s+3\s+2\s+100%\s+110\S*, 440\S*/);
    expect(stdout).not.toContain('11010519491231002X');
    expect(stdout).toContain('Leaked-dataset assessment');
    expect(stdout).toContain('CRIMINAL_LAW art. 253-1');
  });

  it('reaches "serious circumstances" at 50 distinct bank cards (2017 interpretation art. 5)', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 50; i++) {
      const body = `622202${String(100_000_000 + i * 7919).slice(0, 9)}`;
      let sum = 0;
      for (let j = 0; j < body.length; j++) {
        let d = Number(body[body.length - 1 - j]);
        if (j % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
      }
      lines.push(`card: ${body}${(10 - (sum % 10)) % 10}`);
    }
    const file = join(tmp, 'cards.log');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const { stdout } = await runPisa(['scan', '--format', 'summary', file]);
    expect(stdout).toMatch(/50 items\s+bank_account\s+50\s+1\.00/);
    expect(stdout).toContain('serious circumstances (情节严重, sum >= 1): YES');
    expect(stdout).toContain('especially serious (情节特别严重, sum >= 10): no');
  });
});

describe('pisa scan --against', () => {
  it('exits 1 and names undeclared PI and sensitive PI without separate consent', async () => {
    const { code, stdout } = await runPisa(['scan', '--format', 'summary', '--against', 'test/fixtures/scan/declaration-partial.yaml', DATA]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/UNDECLARED email/);
    expect(stdout).toMatch(/SENSITIVE WITHOUT SEPARATE CONSENT resident_id_number .*marketing/);
    expect(stdout).toMatch(/declared but not found: bank_account/);
  });

  it('exits 0 when every category found is declared', async () => {
    const { code, stdout } = await runPisa([
      'scan',
      '--format',
      'summary',
      '--detectors',
      'CN_MOBILE,EMAIL,CN_RESIDENT_ID',
      '--against',
      'test/fixtures/scan/declaration-full.yaml',
      DATA,
    ]);
    expect(stdout).toContain('every category found is declared');
    expect(stdout).toContain('declared, no detector for it (not checked): health_record');
    expect(code).toBe(0);
  });

  it('keeps stdout to findings in jsonl and writes the comparison to stderr', async () => {
    const { code, stdout, stderr } = await runPisa(['scan', '--format', 'jsonl', '--against', 'test/fixtures/scan/declaration-partial.yaml', DATA]);
    expect(code).toBe(1);
    for (const f of parseJsonl(stdout)) expect(Object.keys(f)).toEqual(FIELDS);
    expect(stderr).toContain('UNDECLARED email');
  });
});

describe('pisa scan --format sarif', () => {
  it('writes SARIF 2.1.0 with one result per finding and the summary as properties', async () => {
    const jsonl = parseJsonl((await runPisa(['scan', '--format', 'jsonl', DATA])).stdout);
    const { code, stdout } = await runPisa(['scan', '--format', 'sarif', DATA]);
    expect(code).toBe(1);
    const sarif = JSON.parse(stdout) as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string }[] } };
        results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[];
        properties: { assessment: unknown };
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run?.results.length).toBe(jsonl.length);
    expect(run?.results.map((r) => r.ruleId)).toEqual(jsonl.map((f) => f.detector));
    expect(run?.properties.assessment).toBeDefined();
  });

  it('is valid with no findings and with --against gaps only', async () => {
    const clean = JSON.parse((await runPisa(['scan', '--format', 'sarif', 'test/fixtures/scan/clean.txt'])).stdout) as { runs: { results: unknown[] }[] };
    expect(clean.runs[0]?.results).toEqual([]);
    const gaps = await runPisa(['scan', '--format', 'sarif', '--against', 'test/fixtures/scan/declaration-partial.yaml', `${DATA}/server.log`]);
    const parsed = JSON.parse(gaps.stdout) as { runs: { results: { ruleId: string }[] }[] };
    expect(parsed.runs[0]?.results.some((r) => r.ruleId === 'PISA_SCAN_UNDECLARED')).toBe(true);
  });
});

describe('pisa scan on bad input', () => {
  it.each([
    [['scan', '--format', 'jsonl', 'no/such/file.csv'], /^pisa: cannot read no\/such\/file\.csv/],
    [['scan', '--bogus', DATA], /^pisa: unknown option '--bogus'/],
    [['scan', '--jobs', 'zero', DATA], /^pisa: --jobs must be a whole number/],
    [['scan', '--detectors', 'CN_MOBIL', DATA], /^pisa: --detectors: unknown detector "CN_MOBIL" \(did you mean "CN_MOBILE"\?\)/],
    [['scan', '--format', 'xml', DATA], /^pisa: option '--format <format>' argument 'xml' is invalid/],
    [['scan', '--against', 'no/such.yaml', DATA], /^pisa: cannot read no\/such\.yaml/],
    [['scan', '--against', 'test/fixtures/invalid.yaml', DATA], /^pisa: test\/fixtures\/invalid\.yaml is not a valid declaration/],
  ])('%j exits 2 with a one-line reason', async (args, reason) => {
    const { code, stdout, stderr } = await runPisa(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(reason);
  });
});
