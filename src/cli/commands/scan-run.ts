// The body of `pisa scan` (scan.ts registers the command and imports this when it runs). The
// declaration parser (zod, yaml), the typo suggester and the progress bar are imported only when
// needed: most scans use none of them, and loading them took about a tenth of a second.
import { readFile } from 'node:fs/promises';
import type { SingleBar } from 'cli-progress';
import type { parseDeclarationText } from '../../core/declaration/from-text.js';
import type { Declaration } from '../../core/declaration/schema.js';
import { type AgainstReport, compareWithDeclaration, hasDeclarationGaps } from '../../core/scan-report/against.js';
import { assessCriminalThresholds } from '../../core/scan-report/criminal-assessment.js';
import { categoriesOf } from '../../core/scan-report/detector-facts.js';
import type { ScanRequest } from '../../core/scan-report/scan-request.js';
import { summariseFile } from '../../core/scan-report/summary.js';
import { DETECTOR_IDS, type DetectorId } from '../../core/scanner/types.js';
import { formatSarifHead, formatSarifTail } from '../formatters/scan-sarif.js';
import { formatAgainst, formatScanSummary } from '../formatters/scan-summary.js';
import type { Outcome } from '../outcome.js';
import type { ScanContext, ScanFormat, ScanOptions } from './scan.js';

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

function parseJobs(value: string | undefined, cpuCount: number): Parsed<number> {
  if (value === undefined) return { ok: true, value: Math.max(1, cpuCount) };
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) return { ok: false, reason: `--jobs must be a whole number from 1 to 256, got "${value}"` };
  return { ok: true, value: jobs };
}

async function parseDetectors(value: string | undefined): Promise<Parsed<readonly DetectorId[] | undefined>> {
  if (value === undefined) return { ok: true, value: undefined };
  const ids = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = ids.find((id) => !(DETECTOR_IDS as readonly string[]).includes(id));
  if (unknown !== undefined || ids.length === 0) {
    const { suggest } = await import('../../core/declaration/suggest.js');
    const hint = unknown === undefined ? '' : suggest(unknown, DETECTOR_IDS);
    return { ok: false, reason: `--detectors: unknown detector "${unknown ?? ''}"${hint ? ` (did you mean "${hint}"?)` : ''}` };
  }
  return { ok: true, value: ids as DetectorId[] };
}

async function readDeclaration(
  file: string,
): Promise<Parsed<Declaration> & { issues?: Extract<ReturnType<typeof parseDeclarationText>, { ok: false }>['issues'] }> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch {
    return { ok: false, reason: `cannot read ${file}: no such file or not readable` };
  }
  const { parseDeclarationText } = await import('../../core/declaration/from-text.js');
  const parsed = parseDeclarationText(source, /\.json$/i.test(file) ? 'json' : 'auto');
  if (!parsed.ok) {
    const n = parsed.issues.length;
    return { ok: false, reason: `${file} is not a valid declaration (${n} problem${n === 1 ? '' : 's'})`, issues: parsed.issues };
  }
  return { ok: true, value: parsed.declaration };
}

/** A progress bar on stderr, drawn only on a terminal and only once a scan has run for a second. */
async function createProgress(ctx: ScanContext): Promise<{ update: (done: number, total: number) => void; stop: () => void }> {
  const stream = ctx.progressStream;
  if (stream === null) return { update: () => {}, stop: () => {} };
  const { SingleBar } = await import('cli-progress');
  const started = ctx.now();
  let bar: SingleBar | null = null;
  return {
    update(done, total) {
      if (total <= 0) return;
      const seconds = (ctx.now() - started) / 1000;
      if (bar === null) {
        if (seconds < 1) return;
        bar = new SingleBar({
          stream,
          format: 'scanning [{bar}] {percentage}% | {done}/{all} MB | {rate} MB/s | ETA {eta_formatted}',
          hideCursor: true,
          clearOnComplete: true,
          etaBuffer: 50,
        });
        bar.start(total, 0, { done: '0', all: (total / 1e6).toFixed(0), rate: '0' });
      }
      bar.update(Math.min(done, total), { done: (done / 1e6).toFixed(0), rate: (done / 1e6 / Math.max(seconds, 0.001)).toFixed(1) });
    },
    stop() {
      bar?.stop();
    },
  };
}

/** `pisa scan PATH...`: find personal information in files; summary, jsonl or SARIF. */
export async function runScanCommand(paths: readonly string[], options: ScanOptions, ctx: ScanContext): Promise<Outcome> {
  const format: ScanFormat = options.format ?? (ctx.stdoutIsTty ? 'summary' : 'jsonl');
  const jobs = parseJobs(options.jobs, ctx.cpuCount);
  if (!jobs.ok) return { kind: 'bad-input', reason: jobs.reason, issues: [] };
  const detectors = await parseDetectors(options.detectors);
  if (!detectors.ok) return { kind: 'bad-input', reason: detectors.reason, issues: [] };
  let declaration: Declaration | null = null;
  if (options.against !== undefined) {
    const read = await readDeclaration(options.against);
    if (!read.ok) return { kind: 'bad-input', reason: read.reason, issues: read.issues ?? [] };
    declaration = read.value;
  }

  const request: ScanRequest = {
    paths,
    jobs: jobs.value,
    jobsGiven: options.jobs !== undefined,
    encoding: format === 'summary' ? 'none' : format,
    showValues: options.showValues === true,
    tally: format !== 'jsonl' || declaration !== null,
    inputFormat: options.inputFormat,
    ...(detectors.value === undefined ? {} : { detectors: detectors.value }),
  };
  const progress = await createProgress(ctx);
  let firstResult = format === 'sarif';
  const write = async (chunk: Uint8Array) => {
    if (firstResult && chunk.length > 0) {
      firstResult = false;
      await ctx.writeStdout(chunk.subarray(1)); // SARIF results start with "," (see encodeFindingSarif)
      return;
    }
    await ctx.writeStdout(chunk);
  };
  if (format === 'sarif') await ctx.writeStdout(formatSarifHead(ctx.version));
  const started = ctx.now();
  const outcome = await ctx.runScan(request, { write, progress: progress.update, warn: (m) => ctx.stderr(`pisa: ${m}\n`) });
  progress.stop();
  if (!outcome.ok) return { kind: 'bad-input', reason: outcome.reason, issues: [] };

  const files = outcome.files.filter((f) => f.format !== 'skipped');
  const summaries = request.tally ? files.map(summariseFile) : [];
  const categories = outcome.categories;
  const assessment = assessCriminalThresholds(categories);
  const detectable = categoriesOf(detectors.value ?? DETECTOR_IDS);
  const against: AgainstReport | null = declaration === null ? null : compareWithDeclaration(categories, declaration, detectable);

  if (format === 'summary') {
    const seconds = (ctx.now() - started) / 1000;
    const againstInput = against === null ? null : { report: against, file: options.against ?? '' };
    await ctx.writeStdout(
      formatScanSummary({ files: summaries, findings: outcome.findings, bytes: outcome.bytes, seconds, assessment, against: againstInput }),
    );
  } else if (format === 'sarif') {
    let tail = formatSarifTail(summaries, assessment, against);
    if (firstResult) tail = tail.replace(/^,/, '');
    await ctx.writeStdout(tail);
  } else if (against !== null) {
    ctx.stderr(formatAgainst(against, options.against ?? ''));
  }

  if (against !== null) return hasDeclarationGaps(against) ? { kind: 'violations' } : { kind: 'clean' };
  return outcome.findings > 0 ? { kind: 'violations' } : { kind: 'clean' };
}
