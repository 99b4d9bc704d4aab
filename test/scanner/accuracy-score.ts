// Scores the scanner against labelled cases (format of ../shared/testdata/pii/README.md):
// precision and recall per detector, structured types pooled. Used by accuracy.test.ts.
import type { DetectorId, Match, Scanner } from '../../src/core/scanner/types.js';

export type LabelledEntity = { readonly type: string; readonly value: string; readonly alt_types?: readonly string[] };
export type LabelledCase = {
  readonly id: string;
  readonly text: string;
  readonly entities: readonly LabelledEntity[];
  readonly types_in_scope: readonly string[];
  /** PISA corpus only: the column the text sits in (CSV header or JSON path). */
  readonly column?: string | null;
};

export type Tally = { tp: number; fp: number; fn: number; cases: number };
export type Miss = { readonly id: string; readonly kind: 'fp' | 'fn'; readonly type: string; readonly value: string; readonly text: string };

/** Names and addresses are reported, not gated (README: "names/addresses" family). */
export const WEAK_TYPES: ReadonlySet<string> = new Set(['PERSON_NAME', 'ADDRESS']);

type Span = { start: number; end: number };

/** Offsets of each expected value; a value that occurs twice is located left to right. */
function locate(text: string, entities: readonly LabelledEntity[]): Span[] {
  const used: Span[] = [];
  return entities.map((e) => {
    let from = 0;
    for (;;) {
      const at = text.indexOf(e.value, from);
      if (at < 0) return { start: -1, end: -1 };
      const span = { start: at, end: at + e.value.length };
      if (!used.some((u) => u.start === span.start && u.end === span.end)) {
        used.push(span);
        return span;
      }
      from = at + 1;
    }
  });
}

function spansMatch(type: string, found: Match, expected: Span): boolean {
  if (WEAK_TYPES.has(type)) return found.start < expected.end && expected.start < found.end;
  return found.start === expected.start && found.end === expected.end;
}

export type Score = { readonly perType: Map<string, Tally>; readonly misses: Miss[]; readonly cases: number };

/** Runs every case through the scanner and tallies TP/FP/FN per type. */
export function scoreCases(scanner: Scanner, cases: readonly LabelledCase[]): Score {
  const perType = new Map<string, Tally>();
  const misses: Miss[] = [];
  const tally = (type: string): Tally => {
    let t = perType.get(type);
    if (t === undefined) {
      t = { tp: 0, fp: 0, fn: 0, cases: 0 };
      perType.set(type, t);
    }
    return t;
  };
  for (const c of cases) {
    for (const type of c.types_in_scope) tally(type).cases++;
    const scope = new Set(c.types_in_scope);
    const found = scanner.scanLine(c.text, { column: c.column ?? null }).filter((m) => scope.has(m.detector));
    const spans = locate(c.text, c.entities);
    const claimed = new Set<number>();
    c.entities.forEach((e, k) => {
      const span = spans[k] as Span;
      const types = new Set([e.type, ...(e.alt_types ?? [])]);
      const hit = found.findIndex((m, i) => !claimed.has(i) && types.has(m.detector) && spansMatch(e.type, m, span));
      if (hit >= 0) {
        claimed.add(hit);
        tally(e.type).tp++;
      } else {
        tally(e.type).fn++;
        misses.push({ id: c.id, kind: 'fn', type: e.type, value: e.value, text: c.text });
      }
    });
    found.forEach((m, i) => {
      if (claimed.has(i)) return;
      tally(m.detector).fp++;
      misses.push({ id: c.id, kind: 'fp', type: m.detector, value: c.text.slice(m.start, m.end), text: c.text });
    });
  }
  return { perType, misses, cases: cases.length };
}

export function precision(t: Tally): number {
  return t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
}

export function recall(t: Tally): number {
  return t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
}

/** Sum of the tallies of the structured (gated) types. */
export function pooledStructured(perType: ReadonlyMap<string, Tally>): Tally {
  const pooled = { tp: 0, fp: 0, fn: 0, cases: 0 };
  for (const [type, t] of perType) {
    if (WEAK_TYPES.has(type)) continue;
    pooled.tp += t.tp;
    pooled.fp += t.fp;
    pooled.fn += t.fn;
    pooled.cases += t.cases;
  }
  return pooled;
}

/** Markdown table: one row per detector, pooled structured row last. */
export function toMarkdownTable(perType: ReadonlyMap<string, Tally>, order: readonly DetectorId[]): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const rows = ['| detector | cases in scope | expected | TP | FP | FN | precision | recall |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const id of order) {
    const t = perType.get(id);
    if (t === undefined) continue;
    rows.push(
      `| ${id}${WEAK_TYPES.has(id) ? ' (reported)' : ''} | ${t.cases} | ${t.tp + t.fn} | ${t.tp} | ${t.fp} | ${t.fn} | ${pct(precision(t))} | ${pct(recall(t))} |`,
    );
  }
  const p = pooledStructured(perType);
  rows.push(`| **structured, pooled** | ${p.cases} | ${p.tp + p.fn} | ${p.tp} | ${p.fp} | ${p.fn} | **${pct(precision(p))}** | **${pct(recall(p))}** |`);
  return rows.join('\n');
}
