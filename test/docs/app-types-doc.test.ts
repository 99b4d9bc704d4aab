import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_TYPES } from '../../src/core/app-types/app-types.js';
import { appTypesToMarkdown } from '../../src/core/app-types/to-markdown.js';

const DOC = new URL('../../docs/app-types.md', import.meta.url);

describe('appTypesToMarkdown', () => {
  it('has one table row per app type, in item order', () => {
    const rows = appTypesToMarkdown()
      .split('\n')
      .filter((line) => line.startsWith('| 5('));
    expect(rows.map((row) => row.split('`')[1])).toEqual(APP_TYPES.map((t) => t.id));
  });

  it('writes "none" for types that need no PI', () => {
    expect(appTypesToMarkdown()).toMatch(/\| 5\(32\) \| `browser` \|.*\| none \|/);
  });

  it('is what docs/app-types.md holds (regenerate with UPDATE_DOCS=1)', () => {
    const markdown = appTypesToMarkdown();
    const { UPDATE_DOCS } = process.env;
    if (UPDATE_DOCS === '1') writeFileSync(DOC, markdown);
    expect(readFileSync(DOC, 'utf8')).toBe(markdown);
  });
});
