import { getTaxonomyEntry, type TaxonomyId } from '../taxonomy/taxonomy.js';
import type { Localized } from '../taxonomy/types.js';
import { regionName } from './plain-words.js';
import type { NoticeContext, Purpose, SeparateItem } from './types.js';

/** The language key every text builder of the notice receives. */
export type Lang = keyof Localized;

export const pick = (lang: Lang, en: string, zh: string): string => (lang === 'en' ? en : zh);

/** Sentence end: en ". ", zh "。" — without doubling the mark the text already ends with. */
export function sentence(text: string, lang: Lang): string {
  const trimmed = text.trim();
  if (/[.!?。！？]$/.test(trimmed)) return trimmed;
  return `${trimmed}${lang === 'en' ? '.' : '。'}`;
}

const stripEnd = (text: string): string => text.trim().replace(/[.!?。！？]+$/, '');

export const labelsOf = (ids: readonly TaxonomyId[], lang: Lang): string[] => ids.map((id) => getTaxonomyEntry(id).label[lang]);

/** The purpose in the reader's language: the context's translation, else the declaration's text. */
export function purposeTitle(purpose: Purpose, context: NoticeContext, lang: Lang): string {
  return stripEnd(context.purpose_text?.[purpose.id]?.[lang] ?? purpose.purpose);
}

/** PIPL art. 30: why the sensitive PI is necessary — the context's text, else the purpose itself. */
export function sensitiveWhy(purpose: Purpose, context: NoticeContext, lang: Lang): string {
  const given = context.sensitive_text?.[purpose.id]?.why?.[lang];
  return sentence(given ?? purposeTitle(purpose, context, lang), lang);
}

/** How a separate-consent item is named on the screen that asks for it (a short toggle label). */
export function choiceText(item: SeparateItem, lang: Lang): string {
  switch (item.kind) {
    case 'sensitive':
      return pick(lang, 'Separate consent: using your sensitive information', '单独同意：处理您的敏感个人信息');
    case 'provision':
      return pick(lang, `Separate consent: giving it to ${item.recipient ?? ''}`, `单独同意：向${item.recipient ?? ''}提供`);
    case 'public':
      return pick(lang, 'Separate consent: making it public', '单独同意：公开');
    case 'cross-border': {
      const region = regionName(item.destination ?? '')[lang];
      return pick(lang, `Separate consent: sending it to ${region}`, `单独同意：向境外（${region}）提供`);
    }
    case 'sale-share':
      return item.mode === 'opt_out'
        ? pick(lang, 'Do Not Sell or Share My Personal Information', '请勿出售或共享我的个人信息')
        : pick(lang, 'Opt-in: selling or sharing it (under 16)', '选择加入：出售或共享（未满16周岁）');
    case 'limit-sensitive':
      return pick(lang, 'Limit the Use of My Sensitive Personal Information', '限制使用我的敏感个人信息');
  }
}
