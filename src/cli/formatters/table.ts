import Table from 'cli-table3';
import type { Finding } from '../../core/rules/finding.js';
import { countryOf } from '../../core/rules/jurisdiction.js';
import type { Report } from '../../core/rules/report.js';
import { formatCitation } from './citation.js';

export type Lang = 'en' | 'zh';

const MARK = { violation: '✖', warning: '▲', info: 'ℹ' } as const;
const WHOLE = { en: '(whole organisation)', zh: '（整个组织）' };
const HEAD = { en: ['Activity', 'China (CN)', 'United States (US)'], zh: ['处理活动', '中国 (CN)', '美国 (US)'] };

function cell(findings: readonly Finding[], lang: Lang): string {
  if (findings.length === 0) return '—';
  return findings.map((f) => `${MARK[f.severity]} ${f.rule}\n  ${f.message[lang]}\n  ${formatCitation(f.citation, lang)} · ${f.layer}`).join('\n');
}

function totals(report: Report, lang: Lang): string {
  const s = report.summary.by_severity;
  return lang === 'zh'
    ? `违规 ${s.violation} · 警告 ${s.warning} · 提示 ${s.info} — ${report.summary.activities} 项处理活动，${report.summary.rules_evaluated} 条规则（截至 ${report.summary.as_of}）\n`
    : `${s.violation} violations · ${s.warning} warnings · ${s.info} info — ${report.summary.activities} activities, ${report.summary.rules_evaluated} rules in force on ${report.summary.as_of}\n`;
}

/** CN and US findings side by side, one row per activity (processor-wide findings first). */
export function formatTable(report: Report, lang: Lang, width = process.stdout.columns ?? 120): string {
  const groups = new Map<string | null, Finding[]>([[null, []]]);
  for (const f of report.findings) groups.set(f.activity, [...(groups.get(f.activity) ?? []), f]);
  const column = Math.max(30, Math.floor((width - 24) / 2));
  const table = new Table({ head: HEAD[lang], colWidths: [20, column, column], wordWrap: true, style: { head: [], border: [] } });
  for (const [activity, findings] of groups) {
    if (activity === null && findings.length === 0) continue;
    table.push([
      activity ?? WHOLE[lang],
      cell(
        findings.filter((f) => countryOf(f.jurisdiction) === 'CN'),
        lang,
      ),
      cell(
        findings.filter((f) => countryOf(f.jurisdiction) === 'US'),
        lang,
      ),
    ]);
  }
  return `${table.toString()}\n${totals(report, lang)}`;
}
