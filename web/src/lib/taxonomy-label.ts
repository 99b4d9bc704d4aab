import { getTaxonomyEntry, isTaxonomyId } from '../../../src/core/taxonomy/taxonomy.js';
import type { ContentLang } from './i18n';

/** The label of a PI category in `lang` ("Precise location", "精确位置"); an unknown id is shown as it is. */
export function taxonomyLabel(id: string, lang: ContentLang): string {
  return isTaxonomyId(id) ? getTaxonomyEntry(id).label[lang] : id;
}
