import type { Finding } from '../../core/rules/finding.js';
import type { Report } from '../../core/rules/report.js';
import { formatCitation } from './citation.js';

const LEVEL = { violation: 'error', warning: 'warning', info: 'note' } as const;

/** 1-based line of an activity's `id:` (or of `processor:`) in the declaration source, 1 when not found. */
function lineOf(source: string, activity: string | null): number {
  const lines = source.split('\n');
  const escaped = activity?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = activity === null ? /^\s*"?processor"?\s*:/ : new RegExp(`"?id"?\\s*:\\s*["']?${escaped}["']?\\s*[,}]?\\s*$`);
  const index = lines.findIndex((line) => pattern.test(line));
  return index < 0 ? 1 : index + 1;
}

function ruleDescriptor(f: Finding) {
  return {
    id: f.rule,
    name: f.rule,
    shortDescription: { text: f.title.en },
    fullDescription: { text: `${f.title.en} / ${f.title.zh}` },
    help: { text: `${f.remedy.en}\n${f.remedy.zh}` },
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: { citation: f.citation, layer: f.layer, jurisdiction: f.jurisdiction, pack: f.pack, tags: ['privacy', f.jurisdiction] },
  };
}

/** SARIF 2.1.0, so code-scanning tools show findings against the declaration file. */
export function formatSarif(report: Report, file: string, source: string, version: string): string {
  const rules = new Map<string, ReturnType<typeof ruleDescriptor>>();
  for (const f of report.findings) if (!rules.has(f.rule)) rules.set(f.rule, ruleDescriptor(f));
  const ruleIds = [...rules.keys()].sort();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'PISA', semanticVersion: version, rules: ruleIds.map((id) => rules.get(id)) } },
        results: report.findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: ruleIds.indexOf(f.rule),
          level: LEVEL[f.severity],
          message: { text: `${f.message.en} (${formatCitation(f.citation, 'en')}) / ${f.message.zh}` },
          locations: [{ physicalLocation: { artifactLocation: { uri: file }, region: { startLine: lineOf(source, f.activity) } } }],
          properties: { activity: f.activity, layer: f.layer, jurisdiction: f.jurisdiction },
        })),
        properties: { summary: report.summary },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
