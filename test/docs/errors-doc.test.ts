import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/core/errors/codes.js';
import { errorsToMarkdown } from '../../src/core/errors/to-markdown.js';

const path = fileURLToPath(new URL('../../docs/errors.md', import.meta.url));

describe('docs/errors.md', () => {
  it('is generated from the codes and both catalogs (UPDATE_DOCS=1 rewrites it)', () => {
    if (process.env['UPDATE_DOCS'] === '1') writeFileSync(path, errorsToMarkdown());
    expect(readFileSync(path, 'utf8')).toBe(errorsToMarkdown());
  });

  it('documents every code exactly once', () => {
    const documented = [...readFileSync(path, 'utf8').matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented).toEqual([...ERROR_CODES]);
  });
});
