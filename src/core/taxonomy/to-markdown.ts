import { TAXONOMY } from './entries.js';
import type { TaxonomyEntry } from './types.js';

const DPV_MATCH_SIGN = { exact: '=', closest: '~', broader: '^' } as const;

function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

function mark(flag: boolean): string {
  return flag ? 'yes' : '';
}

/**
 * The taxonomy as a Markdown document (docs/taxonomy.md is this output, checked by a test).
 * Pure and deterministic: rows follow the contract order of TAXONOMY.
 */
export function taxonomyToMarkdown(): string {
  const header = [
    '# PI taxonomy',
    '',
    '<!-- Generated from src/core/taxonomy/entries.ts by taxonomyToMarkdown(); do not edit by hand.',
    '     Regenerate: UPDATE_DOCS=1 npx vitest run src/core/taxonomy/to-markdown.test.ts -->',
    '',
    `${TAXONOMY.length} categories. Ids are a public contract: entries are added, never renamed.`,
    '',
    '- **CN sensitive**: sensitive PI under PIPL art. 28 and GB/T 35273-2020 Table B.1 (all PI of',
    '  minors under 14 is sensitive as well, whatever the category).',
    '- **US-CA sensitive**: sensitive PI under Cal. Civ. Code § 1798.140(ae).',
    '- **Criminal class**: the number of items (50, 500 or 5,000) at which illegally obtaining,',
    '  selling or providing this PI is "serious" under Criminal Law art. 253-1 and the 2017',
    '  SPC/SPP interpretation art. 5(1).',
    '- **DPV**: closest W3C Data Privacy Vocabulary concept; `=` exact, `~` closest, `^` broader.',
    '',
    '| id | English | 中文 | group | CN sensitive | US-CA sensitive | criminal class | DPV |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const entries: readonly TaxonomyEntry[] = TAXONOMY;
  const rows = entries.map((entry) => {
    const sign = entry.dpv_match === null ? '' : `${DPV_MATCH_SIGN[entry.dpv_match]} `;
    const dpv = entry.dpv === null ? '' : `${sign}${entry.dpv}`;
    const cells = [
      `\`${entry.id}\``,
      cell(entry.label.en),
      cell(entry.label.zh),
      entry.group,
      mark(entry.cn_sensitive),
      mark(entry.us_ca_sensitive),
      String(entry.criminal_class),
      cell(dpv),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return `${[...header, ...rows].join('\n')}\n`;
}
