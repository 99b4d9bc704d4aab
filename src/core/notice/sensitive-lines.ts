import { CN_SENSITIVE_IDS, type TaxonomyId } from '../taxonomy/taxonomy.js';
import { listWords } from './plain-words.js';
import { familyOf, sensitiveFamily } from './sensitive-impact.js';
import type { Layer1Sensitive, NoticeContext, Purpose } from './types.js';
import { type Lang, labelsOf, pick, sentence } from './wording.js';

/**
 * The impact lines of a purpose's sensitive PI (PIPL art. 30), one per family ("biometric
 * information (Voiceprint): ..."), or one line with the processor's own text when the context
 * gives one for the activity.
 */
export function sensitiveLines(purpose: Purpose, ids: readonly TaxonomyId[], context: NoticeContext, lang: Lang): Layer1Sensitive[] {
  const impact = context.sensitive_text?.[purpose.id]?.impact?.[lang];
  if (impact !== undefined) return [{ family: 'custom', data: ids, text: `${listWords(labelsOf(ids, lang), lang)}: ${sentence(impact, lang)}` }];
  const byFamily = new Map<string, TaxonomyId[]>();
  for (const id of ids) {
    // Sensitive only because the activity targets children under 14 (PIPL art. 28(1)).
    const family = familyOf(id, !CN_SENSITIVE_IDS.has(id) && !purpose.sensitive_us_ca.includes(id));
    byFamily.set(family, [...(byFamily.get(family) ?? []), id]);
  }
  return [...byFamily].map(([family, data]) => {
    const { label, impact: text } = sensitiveFamily(family);
    const labels = listWords(labelsOf(data, lang), lang);
    return { family, data, text: pick(lang, `${label.en} (${labels}): ${text.en}`, `${label.zh}（${labels}）：${text.zh}`) };
  });
}
