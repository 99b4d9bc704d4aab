// Accuracy gate (issue 4): precision and recall per detector over the shared peer corpus
// (../shared/testdata/pii, read in place, never copied) and PISA's own labelled corpus
// (test/scanner/corpus). Structured types are gated; names and addresses are reported.
// UPDATE_DOCS=1 writes the table into docs/scanner-detectors.md.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/core/scanner/scan-line.js';
import { DETECTOR_IDS } from '../../src/core/scanner/types.js';
import { type LabelledCase, pooledStructured, precision, recall, type Score, scoreCases, toMarkdownTable, WEAK_TYPES } from './accuracy-score.js';

const SHARED = new URL('../../../shared/testdata/pii/', import.meta.url);
const OWN = new URL('./corpus/', import.meta.url);
const DOCS = new URL('../../docs/scanner-detectors.md', import.meta.url);
const POOLED_MIN = 0.97;
const PER_DETECTOR_MIN = 0.95;
const PER_DETECTOR_CASES = 20;

function readCases(dir: URL, what: string): LabelledCase[] {
  const path = fileURLToPath(dir);
  if (!existsSync(path)) {
    throw new Error(`${what} not found at ${path}: the accuracy test reads it in place (the repo sits beside ../shared).`);
  }
  const files = readdirSync(path).filter((f) => f.endsWith('.jsonl'));
  if (files.length === 0) throw new Error(`${what} at ${path} holds no *.jsonl files.`);
  return files.flatMap((file) =>
    readFileSync(new URL(file, dir), 'utf8')
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => JSON.parse(line) as LabelledCase),
  );
}

function replaceSection(doc: string, marker: string, body: string): string {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/scanner-detectors.md lacks the ${start} ... ${end} markers`);
  return `${doc.slice(0, from + start.length)}\n${body}\n${doc.slice(to)}`;
}

describe('scanner accuracy', () => {
  const scanner = createScanner();
  const shared = readCases(SHARED, 'The shared PII corpus (../shared/testdata/pii)');
  const own = readCases(OWN, "PISA's labelled corpus (test/scanner/corpus)");
  const all: Score = scoreCases(scanner, [...shared, ...own]);

  it('reads both corpora', () => {
    expect(shared.length).toBeGreaterThan(1000);
    expect(own.length).toBeGreaterThanOrEqual(300);
  });

  it(`reaches ${POOLED_MIN} precision and recall on structured types, pooled`, () => {
    const pooled = pooledStructured(all.perType);
    expect(precision(pooled), toMarkdownTable(all.perType, DETECTOR_IDS)).toBeGreaterThanOrEqual(POOLED_MIN);
    expect(recall(pooled), toMarkdownTable(all.perType, DETECTOR_IDS)).toBeGreaterThanOrEqual(POOLED_MIN);
  });

  it(`reaches ${PER_DETECTOR_MIN} per structured detector with ${PER_DETECTOR_CASES} or more cases`, () => {
    const below = [...all.perType.entries()]
      .filter(([type, t]) => !WEAK_TYPES.has(type) && t.cases >= PER_DETECTOR_CASES)
      .filter(([, t]) => precision(t) < PER_DETECTOR_MIN || recall(t) < PER_DETECTOR_MIN)
      .map(([type, t]) => `${type}: precision ${precision(t).toFixed(3)}, recall ${recall(t).toFixed(3)}`);
    expect(below).toEqual([]);
  });

  it('reports names and addresses (not gated)', () => {
    for (const type of WEAK_TYPES) expect(all.perType.get(type)?.cases ?? 0).toBeGreaterThan(0);
  });

  it('is what docs/scanner-detectors.md reports (UPDATE_DOCS=1 rewrites it)', () => {
    const sharedScore = scoreCases(scanner, shared);
    const ownScore = scoreCases(scanner, own);
    const body = [
      `Shared peer corpus (../shared/testdata/pii, ${shared.length} cases) and PISA's corpus (test/scanner/corpus, ${own.length} cases), together:`,
      '',
      toMarkdownTable(all.perType, DETECTOR_IDS),
      '',
      `Shared corpus alone: structured precision ${(precision(pooledStructured(sharedScore.perType)) * 100).toFixed(1)}%, recall ${(recall(pooledStructured(sharedScore.perType)) * 100).toFixed(1)}%. ` +
        `PISA corpus alone: precision ${(precision(pooledStructured(ownScore.perType)) * 100).toFixed(1)}%, recall ${(recall(pooledStructured(ownScore.perType)) * 100).toFixed(1)}%.`,
    ].join('\n');
    const path = fileURLToPath(DOCS);
    const updated = replaceSection(readFileSync(path, 'utf8'), 'accuracy', body);
    if (process.env['UPDATE_DOCS'] === '1') writeFileSync(path, updated);
    expect(readFileSync(path, 'utf8')).toBe(updated);
  });
});
