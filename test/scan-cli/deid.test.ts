import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPisa } from './run-pisa.js';

const DATA = 'test/fixtures/scan/data';
const dir = mkdtempSync(join(tmpdir(), 'pisa-deid-'));
const KEY = 'test-key-0123456789abcdef';
writeFileSync(join(dir, 'deid.key'), `${KEY}\n`);

function policy(name: string, yaml: string): string {
  const file = join(dir, name);
  writeFileSync(file, yaml);
  return file;
}

const FULL = policy(
  'full.yaml',
  `key_file: deid.key
default: mask
detectors:
  CN_MOBILE: pseudonymise
  CN_RESIDENT_ID: redact
  EMAIL: pseudonymise
columns:
  notes: drop
  name: { action: generalise, to: city }
  id: keep
quasi_identifiers: [name]
k: 2
`,
);

type Report = {
  records: number;
  dropped_columns: string[];
  replaced: { detectors: Record<string, number> };
  k_anonymity: { classes: number; min_k: number; records_below_k: number } | null;
};

describe('pisa deid', () => {
  it('keeps CSV as CSV, with the header minus dropped columns, and reports what changed', async () => {
    const out = join(dir, 'users.csv');
    const { code, stdout, stderr } = await runPisa(['deid', '--policy', FULL, `${DATA}/users.csv`, out]);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout) as Report;
    expect(report.records).toBe(3);
    expect(report.dropped_columns).toEqual(['notes']);
    const text = readFileSync(out, 'utf8');
    const [header, ...rows] = text.trimEnd().split('\n');
    expect(header).toBe('id,name,phone,email,id_card');
    expect(rows).toHaveLength(3);
    expect(text).not.toMatch(/1[3-9]\d{9}/);
    expect(text).not.toContain('@');
    expect(text).toContain('[CN_RESIDENT_ID]');
    // names are not addresses: generalising to a city fails safe to [REDACTED]; k counts 1 class of 3
    expect(report.k_anonymity).toMatchObject({ classes: 1, min_k: 3, records_below_k: 0 });
    expect(code).toBe(0);
  });

  it('gives the same pseudonym to the same value across files, formats and runs', async () => {
    const csv = join(dir, 'a.csv');
    const jsonl = join(dir, 'b.jsonl');
    await runPisa(['deid', '--policy', FULL, `${DATA}/users.csv`, csv]);
    await runPisa(['deid', '--policy', FULL, `${DATA}/events.jsonl`, jsonl]);
    const firstCsv = readFileSync(csv, 'utf8');
    await runPisa(['deid', '--policy', FULL, `${DATA}/users.csv`, csv]);
    expect(readFileSync(csv, 'utf8')).toBe(firstCsv);
    const token = /psn_[a-p]{16}/.exec(firstCsv.split('\n')[1] ?? '')?.[0];
    expect(token).toBeDefined();
    const events = readFileSync(jsonl, 'utf8').split('\n');
    expect((JSON.parse(events[0] ?? '{}') as { user: { phone: string } }).user.phone).toBe(token);
  });

  it('takes the key from PISA_DEID_KEY, and another key gives other tokens', async () => {
    const envPolicy = policy('env.yaml', 'detectors: { CN_MOBILE: pseudonymise }\n');
    const out1 = join(dir, 'e1.log');
    const out2 = join(dir, 'e2.log');
    const run = async (out: string, key: string) => {
      await runPisa(['deid', '--policy', envPolicy, `${DATA}/server.log`, out], { env: { ...process.env, PISA_DEID_KEY: key } });
      return readFileSync(out, 'utf8');
    };
    const a = await run(out1, KEY);
    const b = await run(out2, `${KEY}-other`);
    expect(a).toMatch(/uid=psn_[a-p]{16}/);
    expect(a).not.toBe(b);
  });

  it('generalises birth dates to years and ages to bands, and reports k-anonymity', async () => {
    const input = join(dir, 'people.csv');
    writeFileSync(input, 'person,birthday,age,city\nA,1990-05-12,34,Shanghai\nB,1990-11-02,36,Shanghai\nC,1985-01-01,39,Beijing\n');
    const p = policy(
      'general.yaml',
      'columns:\n  person: redact\n  birthday: { action: generalise, to: year }\n  age: { action: generalise, to: age_band, width: 10 }\nquasi_identifiers: [birthday, age, city]\nk: 2\n',
    );
    const out = join(dir, 'people-out.csv');
    const { code, stdout } = await runPisa(['deid', '--policy', p, input, out]);
    expect(readFileSync(out, 'utf8')).toBe(
      'person,birthday,age,city\n[REDACTED],1990,30-39,Shanghai\n[REDACTED],1990,30-39,Shanghai\n[REDACTED],1985,30-39,Beijing\n',
    );
    const report = JSON.parse(stdout) as Report;
    expect(report.k_anonymity).toMatchObject({ classes: 2, min_k: 1, records_below_k: 1 });
    expect(code).toBe(1);
  });

  it('keeps text as text and JSON Lines as JSON Lines', async () => {
    const log = join(dir, 'server.log');
    const events = join(dir, 'events.jsonl');
    await runPisa(['deid', '--policy', FULL, `${DATA}/server.log`, log]);
    await runPisa(['deid', '--policy', FULL, `${DATA}/events.jsonl`, events]);
    const text = readFileSync(log, 'utf8');
    expect(text.split('\n')[1]).toBe('2024-05-01 10:00:01 INFO health check passed');
    expect(text).not.toMatch(/1[3-9]\d{9}/);
    const lines = readFileSync(events, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(() => JSON.parse(lines[0] ?? '')).not.toThrow();
    expect(readFileSync(events, 'utf8')).not.toMatch(/1[3-9]\d{9}/);
  });

  describe('on bad input', () => {
    it('lists every policy problem with its path and exits 2', async () => {
      const bad = policy('bad.yaml', 'detectors:\n  CN_MOBIL: mask\n  EMAIL: maks\ncolumns:\n  age: { action: generalise, to: decade }\nk: one\nextra: 1\n');
      const { code, stderr } = await runPisa(['deid', '--policy', bad, `${DATA}/users.csv`, join(dir, 'x.csv')]);
      expect(code).toBe(2);
      const [reason, ...issues] = stderr.trimEnd().split('\n');
      expect(reason).toMatch(/^pisa: .*bad\.yaml is not a valid de-identification policy \(5 problems\)$/);
      expect(issues.map((l) => l.trim().split(':')[0])).toEqual(
        expect.arrayContaining(['detectors.CN_MOBIL', 'detectors.EMAIL.action', 'columns.age.to', 'k', 'extra']),
      );
      expect(stderr).toContain('did you mean "CN_MOBILE"?');
    });

    it.each([
      [['deid', '--policy', 'no/such/policy.yaml', `${DATA}/users.csv`, 'x.csv'], /^pisa: cannot read the policy no\/such\/policy\.yaml/],
      [['deid', `${DATA}/users.csv`, 'x.csv'], /^pisa: required option '--policy <file>' not specified/],
      [['deid', '--policy', FULL, 'no/such.csv', join(dir, 'y.csv')], /^pisa: cannot read no\/such\.csv/],
      [['deid', '--policy', FULL, `${DATA}/users.csv`, `${DATA}/users.csv`], /^pisa: IN and OUT are the same file/],
    ])('%j exits 2 with a one-line reason', async (args, reason) => {
      const { code, stderr } = await runPisa(args);
      expect(code).toBe(2);
      expect(stderr).toMatch(reason);
    });

    it('refuses to pseudonymise without a key', async () => {
      const p = policy('nokey.yaml', 'detectors: { CN_MOBILE: pseudonymise }\n');
      const { PISA_DEID_KEY: _, ...env } = process.env;
      const result = await runPisa(['deid', '--policy', p, `${DATA}/server.log`, join(dir, 'z.log')], { env });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^pisa: the policy pseudonymises: set key_file in the policy or the PISA_DEID_KEY environment variable\n$/);
    });
  });
});
