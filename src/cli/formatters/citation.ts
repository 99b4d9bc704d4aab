import type { Citation } from '../../core/rules/pack-schema.js';

const US_SECTION = new Set(['CCPA', 'CCPA_REGS', 'COPPA']);

/** "PIPL art. 29", "CCPA § 1798.120", "COPPA 16 CFR § 312.5". */
export function formatCitation(citation: Citation, lang: 'en' | 'zh'): string {
  const doc = citation.document ? `${citation.document[lang]} ` : '';
  if (citation.law === 'COPPA') return `COPPA 16 CFR § ${citation.article}`;
  if (citation.law === 'CCPA_REGS') return `11 CCR § ${citation.article}`;
  if (US_SECTION.has(citation.law)) return `${citation.law} § ${citation.article}`;
  if (lang === 'zh' && /^\d/.test(citation.article)) return `${doc}${citation.law} 第 ${citation.article} 条`;
  return `${doc}${citation.law} art. ${citation.article}`;
}
