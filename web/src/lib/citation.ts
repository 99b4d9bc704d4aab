import { useTranslation } from 'react-i18next';
import { LAW_CODES, type LawCode } from '../../../src/core/rules/vocabulary.js';
import type { LocalizedText } from './api-client';
import { type ContentLang, useLanguage } from './i18n';

export type Citation = { law: string; article: string; document?: LocalizedText };

/** US laws cited by section of the code or regulation they live in. */
const CODE_PREFIX: Partial<Record<LawCode, string>> = { COPPA: '16 CFR', CCPA_REGS: '11 CCR' };
const BY_SECTION = new Set<string>(['CCPA', 'GLBA', 'FERPA', 'FCRA', 'HIPAA']);
/** Standards and the 2019 App method are cited by clause (§ 8.7), laws and rules by article. */
const BY_CLAUSE = new Set<string>(['GB_T_35273', 'GB_T_39335', 'CAC_APP_METHOD_2019']);
const CJK = /[\u4e00-\u9fff]/;

/** "13(1)(1)" -> "第 13 条第 1 款第 1 项"; anything else -> "第 <article> 条". */
function chineseArticle(article: string): string {
  const m = /^(\d+)(?:\((\d+)\))?(?:\((\d+)\))?$/.exec(article);
  if (!m) return `第 ${article} 条`;
  return `第 ${m[1]} 条${m[2] ? `第 ${m[2]} 款` : ''}${m[3] ? `第 ${m[3]} 项` : ''}`;
}

/**
 * A citation as a lawyer writes it: "PIPL art. 29", "CCPA § 1798.120", "16 CFR § 312.5";
 * in Chinese "《个人信息保护法》第 29 条". `lawName` is the short name of the law in `lang`;
 * a local or self-regulatory document is named by its own title.
 */
export function formatCitation(citation: Citation, lang: ContentLang, lawName: string): string {
  const prefix = CODE_PREFIX[citation.law as LawCode];
  if (prefix) return `${prefix} § ${citation.article}`;
  if (BY_SECTION.has(citation.law)) return `${lawName} § ${citation.article}`;
  const source = citation.document ? citation.document[lang] : lawName;
  if (lang === 'zh') {
    // Titles of Chinese laws and documents take book-title marks; standard numbers and acronyms do not.
    const title = CJK.test(source) && !source.startsWith('《') ? `《${source}》` : source;
    return `${title}${title.endsWith('》') ? '' : ' '}${chineseArticle(citation.article)}`;
  }
  return BY_CLAUSE.has(citation.law) ? `${source} § ${citation.article}` : `${source} art. ${citation.article}`;
}

const isLawCode = (law: string): law is LawCode => LAW_CODES.some((code) => code === law);

/** formatCitation in the current UI language, with the law names of the locale files. */
export function useFormatCitation(): (citation: Citation) => string {
  const { t } = useTranslation();
  const { contentLang } = useLanguage();
  return (citation) => formatCitation(citation, contentLang, isLawCode(citation.law) ? t(`law.${citation.law}.short`) : citation.law);
}
