import { DETECTOR_FACTS } from './detector-facts.js';

// The per-finding encodings of `pisa scan` (a public contract, docs/scanner.md). They live in the
// core because worker threads render findings where they are found: only text crosses threads.

/** Field order of `--format jsonl` (never reorder; add fields at the end). */
export const FINDING_FIELDS = ['file', 'line', 'column', 'detector', 'category', 'sensitive', 'start', 'end', 'masked', 'confidence'] as const;

const JSONL_MIDDLE = DETECTOR_FACTS.map((f) => `,"detector":"${f.id}","category":"${f.category}","sensitive":${f.sensitive},"start":`);

/** Rounds a 0..1 confidence to 3 decimals so output is short and stable. */
const roundConfidence = (c: number) => Math.round(c * 1000) / 1000;

/**
 * One `--format jsonl` line (with its newline). `fileJson` and `columnJson` are already JSON
 * (`"users.csv"`, `"phone"` or `null`): callers encode them once per file and column.
 */
export function encodeFindingLine(
  fileJson: string,
  line: number,
  columnJson: string,
  detector: number,
  start: number,
  end: number,
  masked: string,
  confidence: number,
  value: string | null,
): string {
  const tail = value === null ? '}\n' : `,"value":${JSON.stringify(value)}}\n`;
  return `{"file":${fileJson},"line":${line},"column":${columnJson}${JSONL_MIDDLE[detector]}${start},"end":${end},"masked":${JSON.stringify(masked)},"confidence":${roundConfidence(confidence)}${tail}`;
}

/** One SARIF 2.1.0 result, written `,\n{...}`: the CLI's envelope drops the first comma. */
export function encodeFindingSarif(
  fileJson: string,
  line: number,
  columnJson: string,
  detector: number,
  start: number,
  end: number,
  masked: string,
  confidence: number,
  value: string | null,
): string {
  const facts = DETECTOR_FACTS[detector] as (typeof DETECTOR_FACTS)[number];
  const level = facts.sensitive ? 'error' : 'warning';
  const message = JSON.stringify(`${facts.id} (${facts.category}${facts.sensitive ? ', sensitive' : ''}): ${masked}`);
  const extra = value === null ? '' : `,"value":${JSON.stringify(value)}`;
  return `,\n{"ruleId":"${facts.id}","ruleIndex":${detector},"level":"${level}","message":{"text":${message}},"locations":[{"physicalLocation":{"artifactLocation":{"uri":${fileJson}},"region":{"startLine":${line},"startColumn":${start + 1},"endColumn":${end + 1}}}}],"properties":{"column":${columnJson},"category":"${facts.category}","sensitive":${facts.sensitive},"masked":${JSON.stringify(masked)},"confidence":${roundConfidence(confidence)}${extra}}}`;
}

/** How findings leave a worker: rendered as jsonl lines, as SARIF results, or not at all (summary). */
export type FindingEncoding = 'jsonl' | 'sarif' | 'none';
