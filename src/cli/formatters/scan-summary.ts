import type { AgainstReport } from '../../core/scan-report/against.js';
import type { CriminalAssessment } from '../../core/scan-report/criminal-assessment.js';
import type { FileSummary } from '../../core/scan-report/summary.js';
import { getTaxonomyEntry } from '../../core/taxonomy/taxonomy.js';
import { formatCitation } from './citation.js';

/**
 * `n.toLocaleString('en-US')` (thousands separated by commas). Integers are grouped by hand: the
 * first toLocaleString call loads ICU's locale data, about 20 ms of a scan's start-up.
 */
function number(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let at = grouped.length; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return n < 0 ? `-${grouped}` : grouped;
}
const percent = (share: number) => `${share >= 0.1 || share === 0 ? Math.round(share * 100) : (share * 100).toFixed(1)}%`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 2 : 1)} MiB`;
const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\uffdc]/.test(ch) ? 2 : 1), 0);
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

/** Columns padded to their widest cell (CJK characters count double). */
function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) => `  ${cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i] ?? 0))).join('  ')}`.trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}

function fileSection(file: FileSummary): string {
  const title = `${file.file}  (${file.format}, ${number(file.rows)} rows, ${megabytes(file.bytes)})`;
  if (file.findings.length === 0) return `${title}\n  no personal information found\n`;
  const rows = file.findings.map((f) => [
    f.column ?? '(text)',
    f.detector,
    `${f.category}${f.sensitive ? ' *' : ''}`,
    number(f.count),
    `${f.distinct_estimated ? '≈' : ''}${number(f.distinct)}`,
    percent(f.row_share),
    f.samples.join(', '),
  ]);
  return `${title}\n${table(['column', 'detector', 'category', 'count', 'distinct', 'rows', 'masked samples'], rows)}\n`;
}

/** The leaked-dataset assessment: items per class, the proportional sum, the two thresholds. */
export function formatAssessment(a: CriminalAssessment): string {
  const cites = a.citations.map((c) => formatCitation(c, 'en')).join('; ');
  const rows = a.classes.map((c) => [
    `${number(c.threshold)} items`,
    c.categories.length === 0 ? '—' : c.categories.join(', '),
    number(c.items),
    c.ratio.toFixed(2),
  ]);
  const yes = (b: boolean) => (b ? 'YES' : 'no');
  return [
    `Leaked-dataset assessment — ${cites}`,
    table(['class', 'categories', 'distinct items', 'items / threshold'], rows),
    `  proportional sum: ${a.proportional_sum}${a.estimated ? ' (some counts estimated)' : ''}`,
    `  serious circumstances (情节严重, sum >= 1): ${yes(a.serious)}`,
    `  especially serious (情节特别严重, sum >= 10): ${yes(a.especially_serious)}`,
    `  ${a.note.en}`,
    '',
  ].join('\n');
}

const label = (id: string) => {
  const entry = getTaxonomyEntry(id as Parameters<typeof getTaxonomyEntry>[0]);
  return `${id} (${entry.label.en} / ${entry.label.zh})`;
};

/** The comparison with a declaration, as text (summary output, or stderr beside jsonl). */
export function formatAgainst(report: AgainstReport, declarationFile: string): string {
  const out = [`Compared with ${declarationFile}`];
  if (report.undeclared.length === 0) out.push('  every category found is declared');
  for (const u of report.undeclared) {
    out.push(
      `  UNDECLARED ${label(u.category)}: ${number(u.items)} distinct items by ${u.detectors.join(', ')} in ${u.files.join(', ')} — ${formatCitation(report.citations.undeclared, 'en')}`,
    );
  }
  for (const g of report.sensitive_without_separate_consent) {
    out.push(
      `  SENSITIVE WITHOUT SEPARATE CONSENT ${label(g.category)}: activities ${g.activities.join(', ')} rely on consent without consent.separate — ${formatCitation(report.citations.sensitive_without_separate_consent, 'en')}`,
    );
  }
  if (report.declared_absent.length > 0) out.push(`  declared but not found: ${report.declared_absent.join(', ')}`);
  if (report.not_checkable.length > 0) out.push(`  declared, no detector for it (not checked): ${report.not_checkable.join(', ')}`);
  return `${out.join('\n')}\n`;
}

export type SummaryInput = {
  readonly files: readonly FileSummary[];
  readonly findings: number;
  readonly bytes: number;
  readonly seconds: number;
  readonly assessment: CriminalAssessment;
  readonly against: { readonly report: AgainstReport; readonly file: string } | null;
};

/** `--format summary`: per file and column, then the assessment and the declaration comparison. */
export function formatScanSummary(input: SummaryInput): string {
  const rate = input.seconds > 0 ? ` in ${input.seconds.toFixed(1)} s (${(input.bytes / 1e6 / input.seconds).toFixed(1)} MB/s)` : '';
  const head = `PISA scan: ${number(input.files.length)} file${input.files.length === 1 ? '' : 's'}, ${megabytes(input.bytes)}, ${number(input.findings)} findings${rate}\n(* sensitive PI under PIPL art. 28; values are masked)\n`;
  const parts = [head, ...input.files.map(fileSection), formatAssessment(input.assessment)];
  if (input.against !== null) parts.push(formatAgainst(input.against.report, input.against.file));
  return parts.join('\n');
}
