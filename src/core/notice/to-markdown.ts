import { GLOSSARY } from './glossary.js';

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** The glossary table of docs/notices.md, generated from GLOSSARY so the two cannot disagree. */
export function glossaryToMarkdown(): string {
  const rows = GLOSSARY.map(
    (t) => `| \`${t.id}\` | ${cell(t.en.join(', '))} | ${cell(t.zh.join('、'))} | ${cell(t.explanation.en)} | ${cell(t.explanation.zh)} |`,
  );
  return ['| Id | English spellings | 中文 | Explanation | 解释 |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
