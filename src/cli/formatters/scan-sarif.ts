import type { AgainstReport } from '../../core/scan-report/against.js';
import type { CriminalAssessment } from '../../core/scan-report/criminal-assessment.js';
import { DETECTOR_FACTS } from '../../core/scan-report/detector-facts.js';
import type { FileSummary } from '../../core/scan-report/summary.js';
import { formatCitation } from './citation.js';

const GAP_RULES = [
  { id: 'PISA_SCAN_UNDECLARED', text: 'Personal information found in the data is not declared in any activity' },
  { id: 'PISA_SCAN_SENSITIVE_NO_SEPARATE_CONSENT', text: 'Sensitive personal information relies on consent without separate consent' },
] as const;

/**
 * Opens a SARIF 2.1.0 log whose results are streamed after it: one rule per detector (ruleIndex =
 * position in DETECTOR_IDS), then the two declaration-gap rules.
 */
export function formatSarifHead(version: string): string {
  const rules = [
    ...DETECTOR_FACTS.map((f) => ({
      id: f.id,
      name: f.id,
      shortDescription: { text: `${f.id} finds ${f.category}` },
      defaultConfiguration: { level: f.sensitive ? 'error' : 'warning' },
      properties: { category: f.category, sensitive: f.sensitive, tags: ['privacy', 'pii'] },
    })),
    ...GAP_RULES.map((r) => ({ id: r.id, name: r.id, shortDescription: { text: r.text }, defaultConfiguration: { level: 'error' } })),
  ];
  const run = JSON.stringify({ tool: { driver: { name: 'PISA scan', semanticVersion: version, rules } }, columnKind: 'utf16CodeUnits' });
  return `{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[${run.slice(0, -1)},"results":[`;
}

function gapResults(report: AgainstReport): string[] {
  const base = DETECTOR_FACTS.length;
  const results = [
    ...report.undeclared.map((u) => ({
      ruleId: GAP_RULES[0].id,
      ruleIndex: base,
      level: 'error',
      message: { text: `${u.category} found (${u.items} distinct items) but not declared (${formatCitation(report.citations.undeclared, 'en')})` },
      locations: u.files.map((f) => ({ physicalLocation: { artifactLocation: { uri: f } } })),
      properties: { category: u.category, detectors: u.detectors, items: u.items },
    })),
    ...report.sensitive_without_separate_consent.map((g) => ({
      ruleId: GAP_RULES[1].id,
      ruleIndex: base + 1,
      level: 'error',
      message: {
        text: `${g.category} is sensitive; activities ${g.activities.join(', ')} lack separate consent (${formatCitation(report.citations.sensitive_without_separate_consent, 'en')})`,
      },
      properties: { category: g.category, activities: g.activities },
    })),
  ];
  return results.map((r) => `,\n${JSON.stringify(r)}`);
}

/** Closes the log: declaration gaps as results, then the summary and assessment as run properties. */
export function formatSarifTail(files: readonly FileSummary[], assessment: CriminalAssessment, against: AgainstReport | null): string {
  const properties = { files, assessment, ...(against === null ? {} : { against }) };
  const gaps = against === null ? '' : gapResults(against).join('');
  return `${gaps}\n],"properties":${JSON.stringify(properties)}}]}\n`;
}
