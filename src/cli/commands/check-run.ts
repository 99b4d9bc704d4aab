// The body of `pisa check` (check.ts registers the command and imports this when it runs), so
// that other commands start without the declaration parser (zod, yaml) and the rule engine.
import { readFile } from 'node:fs/promises';
import { JURISDICTIONS } from '../../core/declaration/enums.js';
import { parseDeclarationText } from '../../core/declaration/from-text.js';
import { suggest } from '../../core/declaration/suggest.js';
import type { CompiledPacks } from '../../core/rules/compile.js';
import { buildReport } from '../../core/rules/report.js';
import { formatJson } from '../formatters/json.js';
import { formatSarif } from '../formatters/sarif.js';
import { formatTable } from '../formatters/table.js';
import { badInputFrom, type Outcome } from '../outcome.js';
import type { CheckContext, CheckOptions } from './check.js';

function parseJurisdictions(value: string): { ok: true; list: string[] } | { ok: false; reason: string } {
  const list = value
    .split(',')
    .map((j) => j.trim())
    .filter(Boolean);
  const unknown = list.find((j) => !JURISDICTIONS.includes(j));
  if (list.length === 0) return { ok: false, reason: '--jurisdictions needs at least one of CN, CN-<province>, US, US-<state>' };
  if (unknown !== undefined) {
    const hint = suggest(unknown, JURISDICTIONS);
    return { ok: false, reason: `--jurisdictions: unknown jurisdiction "${unknown}"${hint ? ` (did you mean "${hint}"?)` : ''}` };
  }
  return { ok: true, list };
}

const isIsoDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** `pisa check FILE`: validate a declaration and evaluate it against every rule pack. */
export async function runCheck(file: string, options: CheckOptions, ctx: CheckContext): Promise<Outcome> {
  const asOf = options.asOf ?? ctx.today();
  if (!isIsoDate(asOf)) return { kind: 'bad-input', reason: `--as-of must be a date YYYY-MM-DD, got "${asOf}"`, issues: [] };
  const jurisdictions = options.jurisdictions === undefined ? undefined : parseJurisdictions(options.jurisdictions);
  if (jurisdictions && !jurisdictions.ok) return { kind: 'bad-input', reason: jurisdictions.reason, issues: [] };

  let source: string;
  try {
    source = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch {
    return { kind: 'bad-input', reason: `cannot read ${file}: no such file or not readable`, issues: [] };
  }
  const parsed = parseDeclarationText(source, /\.json$/i.test(file) ? 'json' : 'auto');
  if (!parsed.ok) {
    const count = parsed.issues.length;
    if (options.format === 'json') ctx.stdout(`${JSON.stringify({ issues: parsed.issues }, null, 2)}\n`);
    return { kind: 'bad-input', reason: `${file} is not a valid declaration (${count} problem${count === 1 ? '' : 's'})`, issues: parsed.issues };
  }

  let compiled: CompiledPacks;
  try {
    compiled = await ctx.loadPacks(options.rules);
  } catch (error) {
    return badInputFrom(error);
  }
  const report = buildReport(parsed.declaration, compiled, { asOf, ...(jurisdictions?.ok ? { jurisdictions: jurisdictions.list } : {}) });
  if (options.format === 'json') ctx.stdout(formatJson(report));
  else if (options.format === 'sarif') ctx.stdout(formatSarif(report, file, source, ctx.version));
  else ctx.stdout(formatTable(report, options.lang));
  return report.summary.compliant ? { kind: 'clean' } : { kind: 'violations' };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
