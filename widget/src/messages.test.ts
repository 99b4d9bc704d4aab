import { describe, expect, it } from 'vitest';
import { MESSAGES, pickLang, translate } from './messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message table', () => {
  const en = MESSAGES.en;
  const zh = MESSAGES['zh-CN'];

  it('holds the same keys in Chinese and English', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty string, and the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(zh[key].trim(), key).not.toBe('');
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('is written in Chinese in the zh-CN table (the switch to English names English, as it should)', () => {
    const notChinese = (Object.keys(zh) as (keyof typeof zh)[]).filter((key) => !/\p{Script=Han}/u.test(zh[key]));
    expect(notChinese).toEqual(['switchLang']);
    expect(/\p{Script=Han}/u.test(en.switchLang)).toBe(true);
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'recorded', { n: 3 })).toBe('3 signed receipts were issued.');
    expect(translate('zh-CN', 'recorded', { n: 3 })).toBe('已签发 3 份签名回执。');
    expect(translate('en', 'recorded')).toBe('{n} signed receipts were issued.');
  });
});

describe('pickLang', () => {
  it('follows the lang attribute, then the browser, then English', () => {
    expect(pickLang('zh-CN', 'en-US')).toBe('zh-CN');
    expect(pickLang('zh', 'en-US')).toBe('zh-CN');
    expect(pickLang('zh-Hant-TW', undefined)).toBe('zh-CN');
    expect(pickLang('en', 'zh-CN')).toBe('en');
    expect(pickLang(null, 'zh-CN')).toBe('zh-CN');
    expect(pickLang('fr', 'zh-SG')).toBe('zh-CN');
    expect(pickLang(null, 'de-DE')).toBe('en');
    expect(pickLang(null, undefined)).toBe('en');
  });
});
