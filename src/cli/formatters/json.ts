import type { Report } from '../../core/rules/report.js';

/** The public JSON contract of `pisa check --format json`. */
export function formatJson(report: Report): string {
  return `${JSON.stringify({ findings: report.findings, summary: report.summary }, null, 2)}\n`;
}
