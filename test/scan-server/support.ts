import { randomUUID } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect } from 'vitest';
import { generateCorpus } from '../../bench/scan.bench.js';
import { formatScanSummary } from '../../src/cli/formatters/scan-summary.js';
import type { AgainstReport } from '../../src/core/scan-report/against.js';
import type { CriminalAssessment } from '../../src/core/scan-report/criminal-assessment.js';
import type { ScanResult } from '../../src/core/scan-report/scan-result.js';
import type { FileSummary } from '../../src/core/scan-report/summary.js';
import { REPO, runPisa } from '../scan-cli/run-pisa.js';

// Shared by the server-scan tests: a mixed dataset, `pisa scan` run on it as the reference, and
// the comparison of a server scan's stored result with that reference.

/** The declaration the scans are compared with: it leaves resident ids, bank cards and more undeclared. */
export const DECLARATION_YAML = `processor:
  name: Merge Test Co.
  jurisdictions: [CN]
activities:
  - id: orders
    purpose: Deliver orders
    legal_basis: contract
    data: [mobile_phone, person_name, shipping_address, email]
  - id: marketing
    purpose: Send offers
    legal_basis: consent
    consent: { obtained: true, separate: false }
    data: [resident_id_number]
`;

/**
 * A processor's datasets folder holding every kind of input: a dense generated corpus (CSV,
 * JSON Lines, a log: cut into many chunks), CSV with quoted newlines, TSV, JSON, gzip, a binary
 * and an empty file, nested folders and the demo data. Returns the folder.
 */
export function writeMixedDataset(root: string, slug: string, corpusBytes: number): string {
  const dir = join(root, slug);
  mkdirSync(join(dir, 'generated'), { recursive: true });
  generateCorpus(join(dir, 'generated'), corpusBytes, 11);
  const fixtures = join(REPO, 'test/fixtures/scan/data');
  cpSync(fixtures, join(dir, 'fixtures'), { recursive: true });
  cpSync(join(REPO, 'examples/datasets/shopping'), join(dir, 'shop'), { recursive: true });
  copyFileSync(join(fixtures, 'users.csv'), join(dir, 'users-copy.csv'));
  writeFileSync(join(dir, 'fixtures/server.log.gz'), gzipSync(Buffer.from('login 13800138000 from 10.1.2.3\nlogout zhang.wei@example.com\n')));
  writeFileSync(join(dir, 'people.tsv'), 'name\tphone\tnote\n张伟\t13800138000\tcall "13900139000"\n王芳\t13700137000\t\n');
  writeFileSync(join(dir, 'image.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x31, 0x33, 0x38]));
  writeFileSync(join(dir, 'empty.csv'), '');
  return dir;
}

export const tempDir = (label: string) => mkdtempSync(join(tmpdir(), `pisa-${label}-`));
export const uniqueSlug = (label: string) => `${label}-${randomUUID().slice(0, 8)}`;

export type Reference = {
  readonly properties: { files: FileSummary[]; assessment: CriminalAssessment; against: AgainstReport };
  readonly summary: string;
};

const TIMING = / in [\d.]+ s \([\d.]+ MB\/s\)/;

/** `pisa scan` over the whole folder (paths as the server names them), SARIF properties and the summary text. */
export async function referenceScan(dir: string, declarationFile: string): Promise<Reference> {
  const sarif = await runPisa(['scan', '--format', 'sarif', '--jobs', '1', '--against', declarationFile, '.'], { cwd: dir });
  expect(sarif.code, sarif.stderr).toBe(1);
  const summary = await runPisa(['scan', '--format', 'summary', '--jobs', '2', '--against', declarationFile, '.'], { cwd: dir });
  expect(summary.code, summary.stderr).toBe(1);
  return { properties: JSON.parse(sarif.stdout).runs[0].properties, summary: summary.stdout.replace(TIMING, '') };
}

/** A server scan's result equals `pisa scan`'s: per file and column, the assessment, the comparison, and the rendered summary. */
export function expectSameAsReference(result: ScanResult, reference: Reference, declarationFile: string): void {
  expect(result.files).toEqual(reference.properties.files);
  expect(result.assessment).toEqual(reference.properties.assessment);
  expect(result.against).toEqual(reference.properties.against);
  const rendered = formatScanSummary({
    files: result.files,
    findings: result.totals.findings,
    bytes: result.totals.bytes,
    seconds: 0,
    assessment: result.assessment,
    against: result.against === null ? null : { report: result.against, file: declarationFile },
  });
  expect(rendered).toBe(reference.summary);
}
