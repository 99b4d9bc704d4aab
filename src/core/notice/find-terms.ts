import { GLOSSARY, type GlossaryTerm } from './glossary.js';
import { langKey, type NoticeLocale } from './types.js';

/** One glossary term found in a string: `start`/`end` are UTF-16 offsets (JavaScript string indices). */
export type TermMatch = { readonly term: string; readonly text: string; readonly start: number; readonly end: number; readonly explanation: string };

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Matcher = { pattern: RegExp; byText: Map<string, GlossaryTerm> };

function matcher(lang: 'en' | 'zh'): Matcher {
  const byText = new Map<string, GlossaryTerm>();
  for (const entry of GLOSSARY) for (const spelling of entry[lang]) byText.set(spelling.toLowerCase(), entry);
  // Longest spelling first, so the alternation takes "sensitive personal information" over "sensitive information".
  const spellings = [...byText.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegExp);
  const body = `(?:${spellings.join('|')})`;
  // English terms match whole words only; Chinese has no spaces, so substrings.
  const source = lang === 'en' ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : body;
  return { pattern: new RegExp(source, 'giu'), byText };
}

const MATCHERS = { en: matcher('en'), zh: matcher('zh') } as const;

/**
 * The glossary terms in a text, left to right, never overlapping (the longest spelling wins).
 * @example findTerms('需要您的单独同意', 'zh-CN')[0] // { term: 'separate_consent', text: '单独同意', start: 4, end: 8, ... }
 */
export function findTerms(text: string, locale: NoticeLocale): TermMatch[] {
  const lang = langKey(locale);
  const { pattern, byText } = MATCHERS[lang];
  const out: TermMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    const entry = byText.get(match[0].toLowerCase());
    if (entry === undefined) continue;
    out.push({ term: entry.id, text: match[0], start: match.index, end: match.index + match[0].length, explanation: entry.explanation[lang] });
  }
  return out;
}
