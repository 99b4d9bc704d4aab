import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LAYER1_BUDGET, READING_SPEED } from '../../src/core/notice/readability.js';
import { glossaryToMarkdown } from '../../src/core/notice/to-markdown.js';

const path = fileURLToPath(new URL('../../docs/notices.md', import.meta.url));
const START = '<!-- glossary:start -->\n';
const END = '<!-- glossary:end -->';

describe('docs/notices.md', () => {
  it('holds the glossary table generated from src/core/notice/glossary.ts (UPDATE_DOCS=1 rewrites it)', () => {
    const text = readFileSync(path, 'utf8');
    const [head, rest] = [text.slice(0, text.indexOf(START) + START.length), text.slice(text.indexOf(END))];
    const expected = `${head}${glossaryToMarkdown()}\n${rest}`;
    if (process.env['UPDATE_DOCS'] === '1') writeFileSync(path, expected);
    expect(readFileSync(path, 'utf8')).toBe(expected);
  });

  it('states the reading speeds and the layer-1 budget the code uses', () => {
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(
      `| Reading speed (\`READING_SPEED\`) | ${READING_SPEED.han_characters_per_minute} Chinese characters a minute | ${READING_SPEED.words_per_minute} words a minute |`,
    );
    expect(text).toContain(`| Layer 1 budget (\`LAYER1_BUDGET\`) | ${LAYER1_BUDGET.han_characters} Chinese characters | ${LAYER1_BUDGET.en_words} words |`);
    expect(text).toContain(`| Purposes on layer 1 | at most ${LAYER1_BUDGET.purposes} | at most ${LAYER1_BUDGET.purposes} |`);
  });
});
