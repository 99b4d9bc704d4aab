import type { Localized } from '../taxonomy/types.js';
import { findTerms, type TermMatch } from './find-terms.js';
import { layer1Lines, layer2Lines } from './render.js';
import { langKey, type Notice, type NoticeLocale } from './types.js';

/**
 * Reading speeds for silent reading of plain informational text: about 400 Chinese characters
 * and 230 English words a minute. Mixed text adds both (a Chinese notice quoting an English
 * company name, an English one naming a Chinese recipient).
 */
export const READING_SPEED = { han_characters_per_minute: 400, words_per_minute: 230 } as const;

/**
 * What "one screen" means for layer 1: about one minute of reading at READING_SPEED, which is
 * also about what a phone shows in one and a half screens at normal type size — 450 Chinese
 * characters (zh-CN), 250 English words (en) — and at most 5 purposes, beyond which a person
 * stops comparing them.
 */
export const LAYER1_BUDGET = { han_characters: 450, en_words: 250, purposes: 5 } as const;

/** A glossary term found in a notice string; `path` is the JSON path of that string inside the layer. */
export type LocatedTerm = TermMatch & { readonly path: readonly (string | number)[] };

export type LayerFigures = {
  /** Non-whitespace characters (Unicode code points; a link or e-mail address counts as one). */
  readonly characters: number;
  /** Han (Chinese) characters. */
  readonly han_characters: number;
  /** Words written in Latin letters or digits (a link or e-mail address counts as one). */
  readonly words: number;
  readonly reading_seconds: number;
  readonly terms: readonly LocatedTerm[];
};

export type ReadabilityWarning = {
  readonly code: 'LAYER1_TOO_LONG' | 'LAYER1_TOO_MANY_PURPOSES';
  readonly measure: 'han_characters' | 'words' | 'purposes';
  readonly value: number;
  readonly budget: number;
  readonly message: Localized;
};

export type Readability = {
  readonly locale: NoticeLocale;
  readonly layer1: LayerFigures;
  readonly layer2: LayerFigures;
  readonly warnings: readonly ReadabilityWarning[];
};

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/** A link or an e-mail address is read as one unit: it counts as one word and one character. */
const LINK = /https?:\/\/[!-~]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

function figures(lines: readonly { path: (string | number)[]; text: string }[], locale: NoticeLocale): LayerFigures {
  const text = lines
    .map((l) => l.text)
    .join('\n')
    .replace(LINK, 'L');
  const han = count(text, /\p{Script=Han}/gu);
  const words = count(text, /[\p{Script=Latin}\p{N}]+(?:['’.-][\p{Script=Latin}\p{N}]+)*/gu);
  const minutes = han / READING_SPEED.han_characters_per_minute + words / READING_SPEED.words_per_minute;
  return {
    characters: count(text, /\S/gu),
    han_characters: han,
    words,
    reading_seconds: Math.ceil(minutes * 60),
    terms: lines.flatMap((line) => findTerms(line.text, locale).map((m) => ({ ...m, path: line.path }))),
  };
}

function warningsOf(layer1: LayerFigures, purposes: number, locale: NoticeLocale): ReadabilityWarning[] {
  const warnings: ReadabilityWarning[] = [];
  if (locale === 'zh-CN' && layer1.han_characters > LAYER1_BUDGET.han_characters) {
    const [value, budget] = [layer1.han_characters, LAYER1_BUDGET.han_characters];
    warnings.push({
      code: 'LAYER1_TOO_LONG',
      measure: 'han_characters',
      value,
      budget,
      message: { en: `Layer 1 has ${value} Chinese characters; one screen holds about ${budget}.`, zh: `第一层共${value}个汉字，一屏约可容纳${budget}个。` },
    });
  }
  if (locale === 'en' && layer1.words > LAYER1_BUDGET.en_words) {
    const [value, budget] = [layer1.words, LAYER1_BUDGET.en_words];
    warnings.push({
      code: 'LAYER1_TOO_LONG',
      measure: 'words',
      value,
      budget,
      message: { en: `Layer 1 has ${value} words; one screen holds about ${budget}.`, zh: `第一层共${value}个英文单词，一屏约可容纳${budget}个。` },
    });
  }
  if (purposes > LAYER1_BUDGET.purposes) {
    warnings.push({
      code: 'LAYER1_TOO_MANY_PURPOSES',
      measure: 'purposes',
      value: purposes,
      budget: LAYER1_BUDGET.purposes,
      message: {
        en: `Layer 1 lists ${purposes} purposes; more than ${LAYER1_BUDGET.purposes} are hard to compare on one screen — merge or move some.`,
        zh: `第一层列出${purposes}个处理目的，超过${LAYER1_BUDGET.purposes}个时难以在一屏内比较，请合并或精简。`,
      },
    });
  }
  return warnings;
}

/**
 * Readability figures of a notice in one language: characters, words, reading time, the glossary
 * terms found (with the path of the string and offsets in it, for inline explanations) and
 * warnings when layer 1 outgrows one screen (LAYER1_BUDGET).
 */
export function readability(notice: Notice, locale: NoticeLocale): Readability {
  const key = langKey(locale);
  const layer1 = figures(layer1Lines(notice.layer1[key]), locale);
  const layer2 = figures(layer2Lines(notice.layer2[key]), locale);
  return { locale, layer1, layer2, warnings: warningsOf(layer1, notice.purposes.length, locale) };
}
