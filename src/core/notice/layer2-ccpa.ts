import type { TaxonomyId } from '../taxonomy/taxonomy.js';
import { durationInWords, listWords } from './plain-words.js';
import type { Layer2Item, Layer2Section, NoticeCitation, NoticeContext, NoticeProcessor, Purpose } from './types.js';
import { type Lang, labelsOf, pick, purposeTitle } from './wording.js';

const CCPA = (section: string): NoticeCitation => ({ law: 'CCPA', article: section });

const union = (lists: readonly (readonly TaxonomyId[])[]): TaxonomyId[] => [...new Set(lists.flat())];

function categoriesItem(purposes: readonly Purpose[], lang: Lang): Layer2Item {
  const all = listWords(labelsOf(union(purposes.map((p) => p.data)), lang), lang);
  const sensitive = union(purposes.map((p) => p.sensitive_us_ca));
  const spi = sensitive.length === 0 ? pick(lang, 'none', '无') : listWords(labelsOf(sensitive, lang), lang);
  return {
    id: 'ccpa.categories',
    text: pick(
      lang,
      `Categories of personal information we collect: ${all}. Sensitive personal information: ${spi}.`,
      `我们收集的个人信息类别：${all}。敏感个人信息：${spi}。`,
    ),
    citations: [CCPA('1798.100')],
  };
}

function purposesItem(purposes: readonly Purpose[], context: NoticeContext, lang: Lang): Layer2Item {
  const lines = purposes.map((p) =>
    pick(
      lang,
      `${purposeTitle(p, context, 'en')} (${listWords(labelsOf(p.data, 'en'), 'en')})`,
      `${purposeTitle(p, context, 'zh')}（${listWords(labelsOf(p.data, 'zh'), 'zh')}）`,
    ),
  );
  return {
    id: 'ccpa.purposes',
    text: pick(lang, `Why we collect it: ${lines.join('; ')}.`, `收集目的：${lines.join('；')}。`),
    citations: [CCPA('1798.100')],
  };
}

function saleItem(purposes: readonly Purpose[], processor: NoticeProcessor, lang: Lang): Layer2Item[] {
  const sold = purposes.filter((p) => p.sale_or_share);
  if (sold.length === 0) {
    return [
      {
        id: 'ccpa.sale-share',
        text: pick(lang, 'We do not sell or share your personal information.', '我们不出售或共享您的个人信息。'),
        citations: [CCPA('1798.100'), CCPA('1798.120')],
      },
    ];
  }
  const categories = listWords(labelsOf(union(sold.map((p) => p.data)), lang), lang);
  const items: Layer2Item[] = [
    {
      id: 'ccpa.sale-share',
      text: pick(lang, `We sell or share these categories: ${categories}.`, `我们出售或共享以下类别的个人信息：${categories}。`),
      citations: [CCPA('1798.100'), CCPA('1798.115')],
    },
    {
      id: 'ccpa.opt-out',
      text: pick(
        lang,
        `Do Not Sell or Share My Personal Information: ${processor.opt_out_url}. We treat a Global Privacy Control signal (Sec-GPC: 1) from your browser as a request to opt out.`,
        `请勿出售或共享我的个人信息：${processor.opt_out_url}。我们将浏览器发出的全球隐私控制信号（Sec-GPC: 1）视为选择退出的请求。`,
      ),
      citations: [CCPA('1798.120'), CCPA('1798.135'), { law: 'CCPA_REGS', article: '7025' }],
    },
  ];
  if (sold.some((p) => p.minors === 'under_13' || p.minors === 'under_14')) {
    items.push({
      id: 'ccpa.minors',
      text: pick(
        lang,
        'We do not sell or share the information of consumers under 16 without opt-in: their own at 13 to 15, a parent’s or guardian’s under 13.',
        '未经选择加入，我们不出售或共享未满16周岁消费者的个人信息：13至15周岁由本人同意，未满13周岁由父母或监护人同意。',
      ),
      citations: [CCPA('1798.120')],
    });
  }
  return items;
}

function retentionItem(purposes: readonly Purpose[], context: NoticeContext, lang: Lang): Layer2Item {
  const lines = purposes.map((p) => {
    const words = p.retention === null ? null : durationInWords(p.retention);
    const period = words === null ? pick(lang, 'as long as the purpose needs', '实现目的所必需的期间') : words[lang];
    return pick(lang, `${purposeTitle(p, context, lang)}: ${period}`, `${purposeTitle(p, context, lang)}：${period}`);
  });
  return {
    id: 'ccpa.retention',
    text: pick(lang, `How long we keep it: ${lines.join('; ')}.`, `保存期限：${lines.join('；')}。`),
    citations: [CCPA('1798.100')],
  };
}

/**
 * The CCPA notice at collection (Cal. Civ. Code § 1798.100(a)): categories and sensitive
 * categories, purposes, whether sold or shared, retention, the opt-out link and GPC (§§ 1798.120,
 * 1798.135; 11 CCR § 7025), and the limit link for sensitive PI (§ 1798.121).
 */
export function ccpaSection(purposes: readonly Purpose[], context: NoticeContext, processor: NoticeProcessor, lang: Lang): Layer2Section {
  const items = [
    categoriesItem(purposes, lang),
    purposesItem(purposes, context, lang),
    ...saleItem(purposes, processor, lang),
    retentionItem(purposes, context, lang),
  ];
  if (purposes.some((p) => p.sensitive_us_ca.length > 0)) {
    items.push({
      id: 'ccpa.limit-sensitive',
      text: pick(lang, `Limit the Use of My Sensitive Personal Information: ${processor.limit_url}`, `限制使用我的敏感个人信息：${processor.limit_url}`),
      citations: [CCPA('1798.121'), CCPA('1798.135')],
    });
  }
  return { id: 'ccpa', heading: pick(lang, 'California residents: notice at collection', '加州居民：收集时告知'), items };
}
