import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TAXONOMY } from '../../src/core/taxonomy/entries.js';
import { taxonomyToMarkdown } from '../../src/core/taxonomy/to-markdown.js';

const DOC = new URL('../../docs/taxonomy.md', import.meta.url);

describe('taxonomyToMarkdown', () => {
  it('has one table row per entry, in contract order', () => {
    const rows = taxonomyToMarkdown()
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    expect(rows.map((row) => row.split('`')[1])).toEqual(TAXONOMY.map((e) => e.id));
  });

  it('writes the DPV match sign before the concept', () => {
    expect(taxonomyToMarkdown()).toContain('| `email` | E-mail address | 电子邮件地址 | contact |  |  | 5000 | = pd:EmailAddress |');
  });

  it('is what docs/taxonomy.md holds (regenerate with UPDATE_DOCS=1)', () => {
    const markdown = taxonomyToMarkdown();
    const { UPDATE_DOCS } = process.env;
    if (UPDATE_DOCS === '1') writeFileSync(DOC, markdown);
    expect(readFileSync(DOC, 'utf8')).toBe(markdown);
  });
});
