import { APP_TYPES } from './app-types.js';
import type { AppType } from './types.js';

function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

/**
 * The app types as a Markdown document (docs/app-types.md is this output, checked by a test).
 * Pure and deterministic: rows follow the item order of APP_TYPES.
 */
export function appTypesToMarkdown(): string {
  const header = [
    '# App types and necessary PI',
    '',
    '<!-- Generated from src/core/app-types/app-types.ts by appTypesToMarkdown(); do not edit by hand.',
    '     Regenerate: UPDATE_DOCS=1 npx vitest run src/core/app-types/to-markdown.test.ts -->',
    '',
    `The ${APP_TYPES.length} app types of the CAC 2021 Provisions on the Scope of Necessary PI for Common`,
    'Types of Mobile Internet Applications (常见类型移动互联网应用程序必要个人信息范围规定), art. 5.',
    'Cite item n as `{"law": "CAC_NECESSARY_PI_2021", "article": "5(n)"}`. "Necessary PI" lists',
    "PISA's taxonomy ids for the PI without which the basic function cannot run (art. 3); an app may",
    'not refuse the basic function to users who decline anything else (art. 4). Where the',
    'provisions say "ID document", every alternative document id is listed: any one satisfies it.',
    '',
    '| item | id | English | 中文 | basic function | necessary PI |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  const types: readonly AppType[] = APP_TYPES;
  const rows = types.map((type) => {
    const necessary = type.necessary;
    const cells = [
      `5(${type.item})`,
      `\`${type.id}\``,
      cell(type.label.en),
      cell(type.label.zh),
      cell(`${type.basic_function.en} (${type.basic_function.zh})`),
      necessary.length === 0 ? 'none' : necessary.map((id) => `\`${id}\``).join(', '),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  const notes = types.flatMap((type) => (type.note === undefined ? [] : [`- 5(${type.item}) \`${type.id}\`: ${type.note.en} ${type.note.zh}`]));
  return `${[...header, ...rows, '', '## Notes', '', ...notes].join('\n')}\n`;
}
