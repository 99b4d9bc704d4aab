import type { LocatedTerm } from '../../../../src/core/notice/readability.js';

/** A glossary term found in one notice string: offsets are UTF-16 indices into that string. */
export type TermSpan = Pick<LocatedTerm, 'term' | 'text' | 'start' | 'end' | 'explanation'>;

/** A run of a notice string: plain text, or a glossary term to explain inline. */
export type Segment = { readonly text: string; readonly term: TermSpan | null };

const samePath = (a: readonly (string | number)[], b: readonly (string | number)[]): boolean => a.length === b.length && a.every((part, i) => part === b[i]);

/** The terms readability found in the string at `path` of a layer (`['purposes', 0, 'data']`). */
export function termsAt(terms: readonly LocatedTerm[], path: readonly (string | number)[]): LocatedTerm[] {
  return terms.filter((term) => samePath(term.path, path));
}

/**
 * Cuts a string into plain runs and term runs, left to right. A term whose offsets do not name
 * its own text in this string (another version, another language) or that overlaps an earlier
 * one is left as plain text: the explanation must never sit on the wrong words.
 * @example splitByTerms('Data: Precise location.', [{ start: 6, end: 22, text: 'Precise location', ... }])
 *   // [{ text: 'Data: ', term: null }, { text: 'Precise location', term }, { text: '.', term: null }]
 */
export function splitByTerms(text: string, terms: readonly TermSpan[]): Segment[] {
  const sorted = [...terms].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const term of sorted) {
    if (term.start < at || term.end > text.length || term.end <= term.start || text.slice(term.start, term.end) !== term.text) continue;
    if (term.start > at) segments.push({ text: text.slice(at, term.start), term: null });
    segments.push({ text: term.text, term });
    at = term.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), term: null });
  return segments;
}
