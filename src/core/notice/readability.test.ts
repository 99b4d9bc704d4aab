import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activity, CONTEXT, declarationOf, SHOP } from '../../../test/support/notice-fixtures.js';
import { buildNotice } from './build-notice.js';
import { findTerms } from './find-terms.js';
import { GLOSSARY } from './glossary.js';
import { LAYER1_BUDGET, READING_SPEED, readability } from './readability.js';
import { layer1Lines } from './render.js';

describe('the glossary', () => {
  it('has about 40 terms, each with spellings and a plain explanation in both languages', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(40);
    expect(new Set(GLOSSARY.map((t) => t.id)).size).toBe(GLOSSARY.length);
    for (const t of GLOSSARY) {
      expect(t.en.length * t.zh.length).toBeGreaterThan(0);
      expect(t.explanation.en.length).toBeGreaterThan(10);
      expect(t.explanation.zh.length).toBeGreaterThan(5);
    }
  });

  it('covers the terms named in the issue', () => {
    const zh = GLOSSARY.flatMap((t) => t.zh);
    for (const word of ['去标识化', '匿名化', '敏感个人信息']) expect(zh).toContain(word);
    const en = GLOSSARY.flatMap((t) => t.en.map((s) => s.toLowerCase()));
    for (const word of ['pseudonymisation', 'cookie', 'sdk', 'device identifier', 'profiling', 'automated decision-making', 'cross-border'])
      expect(en).toContain(word);
  });
});

describe('findTerms', () => {
  it.each([
    [
      'Your separate consent to use sensitive personal information.',
      'en',
      [
        ['separate_consent', 'separate consent', 5],
        ['sensitive_pi', 'sensitive personal information', 29],
      ],
    ],
    [
      'We use cookies and an SDK.',
      'en',
      [
        ['cookie', 'cookies', 7],
        ['sdk', 'SDK', 22],
      ],
    ],
    [
      '经去标识化处理后向境外提供',
      'zh-CN',
      [
        ['deidentification', '去标识化', 1],
        ['cross_border', '向境外提供', 8],
      ],
    ],
    [
      '单独同意处理敏感个人信息',
      'zh-CN',
      [
        ['separate_consent', '单独同意', 0],
        ['sensitive_pi', '敏感个人信息', 6],
      ],
    ],
  ] as const)('finds the terms of "%s" at their offsets', (text, locale, expected) => {
    const found = findTerms(text, locale).map((m) => [m.term, m.text, m.start]);
    expect(found).toEqual(expected);
  });

  it.each([
    ['cookiejar and cookied are other words', 'en'],
    ['Our GPCs are not the signal', 'en'],
    ['敏感信息不是术语全称', 'zh-CN'],
  ] as const)('finds nothing in the near miss "%s"', (text, locale) => expect(findTerms(text, locale)).toEqual([]));

  it('gives offsets that slice back to the matched text, never overlapping', () => {
    const words = GLOSSARY.flatMap((t) => [...t.en, ...t.zh]);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', '的', ', ', 'and', '。')), { maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        for (const locale of ['en', 'zh-CN'] as const) {
          let end = 0;
          for (const m of findTerms(text, locale)) {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(m.start).toBeGreaterThanOrEqual(end);
            end = m.end;
          }
        }
      }),
    );
  });
});

describe('readability', () => {
  const notice = buildNotice(SHOP, CONTEXT);

  it('counts characters, words and reading time with the documented speeds', () => {
    const en = readability(notice, 'en');
    const text = layer1Lines(notice.layer1.en)
      .map((l) => l.text)
      .join('\n');
    // The two links and the e-mail address count as one character and one word each.
    const links = ['https://example.test/rights', 'https://example.test/withdraw', 'privacy@example.test'];
    expect(en.layer1.characters).toBe(text.replace(/\s/g, '').length - links.reduce((n, link) => n + link.length - 1, 0));
    expect(en.layer1.han_characters).toBe(0);
    expect(en.layer1.reading_seconds).toBe(Math.ceil((en.layer1.words / READING_SPEED.words_per_minute) * 60));
    const zh = readability(notice, 'zh-CN');
    expect(zh.layer1.reading_seconds).toBe(Math.ceil((zh.layer1.han_characters / 400 + zh.layer1.words / 230) * 60));
    expect(zh.layer2.han_characters).toBeGreaterThan(zh.layer1.han_characters);
  });

  it.each([
    ['Kept for 3 years.', 4],
    ['Write to privacy@example.test or https://example.test/a-b?c=d today', 6],
    ["The person's data", 3],
  ])('counts "%s" as %i words', (text, words) => {
    const one = buildNotice(declarationOf([activity('a', { purpose: text })]), CONTEXT);
    const title = readability(one, 'en').layer1;
    const without = readability(buildNotice(declarationOf([activity('a', { purpose: 'x' })]), CONTEXT), 'en').layer1;
    expect(title.words - without.words).toBe(words - 1);
  });

  it('locates glossary terms by the path of the string they are in, with offsets into it', () => {
    const zh = readability(notice, 'zh-CN');
    const term = zh.layer2.terms.find((t) => t.term === 'sensitive_pi');
    expect(term?.path).toEqual(['sections', 1, 'items', 5, 'text']);
    const text = notice.layer2.zh.sections[1]?.items[5]?.text ?? '';
    expect(text.slice(term?.start, term?.end)).toBe('敏感个人信息');
    expect(zh.layer1.terms.map((t) => t.term)).toContain('separate_consent');
  });

  it('has no warnings when layer 1 fits one screen', () => {
    expect(readability(notice, 'en').warnings).toEqual([]);
    expect(readability(notice, 'zh-CN').warnings).toEqual([]);
  });

  it('warns when layer 1 outgrows the budget in either language or lists too many purposes', () => {
    const many = Array.from({ length: LAYER1_BUDGET.purposes + 1 }, (_, i) =>
      activity(`p${i}`, {
        data: ['person_name', 'mobile_phone', 'face_image', 'precise_location', 'bank_account'],
        recipients: [{ name: `Partner ${i}`, role: 'third_party' }],
      }),
    );
    const big = buildNotice(declarationOf(many), CONTEXT);
    const en = readability(big, 'en').warnings.map((w) => [w.code, w.measure, w.budget]);
    expect(en).toEqual([
      ['LAYER1_TOO_LONG', 'words', LAYER1_BUDGET.en_words],
      ['LAYER1_TOO_MANY_PURPOSES', 'purposes', LAYER1_BUDGET.purposes],
    ]);
    const zh = readability(big, 'zh-CN').warnings;
    expect(zh[0]?.measure).toBe('han_characters');
    expect(zh[0]?.value).toBeGreaterThan(LAYER1_BUDGET.han_characters);
    expect(zh[0]?.message.zh).toContain(String(LAYER1_BUDGET.han_characters));
  });
});
