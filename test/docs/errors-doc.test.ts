import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/core/errors/codes.js';
import { MESSAGES_EN } from '../../src/core/errors/messages.en.js';
import { MESSAGES_ZH } from '../../src/core/errors/messages.zh-CN.js';

const doc = readFileSync(fileURLToPath(new URL('../../docs/errors.md', import.meta.url)), 'utf8');
const rows = new Map(
  [...doc.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \| ([^|]+) \|/gm)].map((m) => [m[1] ?? '', { en: (m[2] ?? '').trim(), zh: (m[3] ?? '').trim() }]),
);

describe('docs/errors.md', () => {
  it('documents exactly the error codes the code has', () => {
    expect([...rows.keys()].sort()).toEqual([...ERROR_CODES].sort());
  });

  it.each(ERROR_CODES.map((c) => [c]))('gives %s the messages of both catalogs', (code) => {
    expect(rows.get(code)).toEqual({ en: MESSAGES_EN[code], zh: MESSAGES_ZH[code] });
  });
});
