import { describe, expect, it } from 'vitest';
import { formatCitation } from './citation';

describe('formatCitation', () => {
  it('cites Chinese laws by article', () => {
    expect(formatCitation({ law: 'PIPL', article: '29' }, 'en', 'PIPL')).toBe('PIPL art. 29');
    expect(formatCitation({ law: 'PIPL', article: '29' }, 'zh', '个人信息保护法')).toBe('《个人信息保护法》第 29 条');
  });

  it('spells out paragraphs and items in Chinese', () => {
    expect(formatCitation({ law: 'PIPL', article: '13(1)(2)' }, 'zh', '个人信息保护法')).toBe('《个人信息保护法》第 13 条第 1 款第 2 项');
  });

  it('cites US statutes and regulations by section', () => {
    expect(formatCitation({ law: 'CCPA', article: '1798.120' }, 'en', 'CCPA')).toBe('CCPA § 1798.120');
    expect(formatCitation({ law: 'COPPA', article: '312.5' }, 'zh', 'COPPA')).toBe('16 CFR § 312.5');
    expect(formatCitation({ law: 'CCPA_REGS', article: '7025' }, 'en', 'CCPA regulations')).toBe('11 CCR § 7025');
  });

  it('cites standards by clause', () => {
    expect(formatCitation({ law: 'GB_T_35273', article: '8.7' }, 'en', 'GB/T 35273-2020')).toBe('GB/T 35273-2020 § 8.7');
    expect(formatCitation({ law: 'GB_T_35273', article: '8.7' }, 'zh', 'GB/T 35273-2020')).toBe('GB/T 35273-2020 第 8.7 条');
  });

  it('cites the 2019 App method by clause, with book-title marks in Chinese', () => {
    expect(formatCitation({ law: 'CAC_APP_METHOD_2019', article: '3.6' }, 'en', 'App identification method 2019')).toBe('App identification method 2019 § 3.6');
    expect(formatCitation({ law: 'CAC_APP_METHOD_2019', article: '3.6' }, 'zh', 'App违法违规收集使用个人信息行为认定方法')).toBe(
      '《App违法违规收集使用个人信息行为认定方法》第 3.6 条',
    );
  });

  it('names a local document by its own title', () => {
    const document = { en: 'Guangdong PI measures', zh: '广东省个人信息保护办法' };
    expect(formatCitation({ law: 'LOCAL', article: '7', document }, 'en', 'Local normative document')).toBe('Guangdong PI measures art. 7');
    expect(formatCitation({ law: 'LOCAL', article: '7', document }, 'zh', '地方规范性文件')).toBe('《广东省个人信息保护办法》第 7 条');
  });
});
