import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan-line.js';

const scanner = createScanner();
const found = (text: string, column: string | null = null) =>
  scanner
    .scanLine(text, { column })
    .filter((m) => m.detector === 'CN_RESIDENT_ID')
    .map((m) => text.slice(m.start, m.end));

describe('CN_RESIDENT_ID', () => {
  describe('when the number is a valid 18-character id', () => {
    it.each([
      ['110101199003077475', ['110101199003077475']],
      ['11010519491231002X', ['11010519491231002X']],
      ['44011320141005001x', ['44011320141005001x']],
      ['身份证号110101199003077475，谢谢', ['110101199003077475']],
      ['身份证号 1101 0119 9003 0774 75', ['1101 0119 9003 0774 75']],
      ['110101-19900307-7475', ['110101-19900307-7475']],
      ['a=110101199003077475;b=11010519491231002X', ['110101199003077475', '11010519491231002X']],
      ['412723199010050012', ['412723199010050012']], // 4127: 周口地区, abandoned 1980s code
    ])('%s is found', (text, expected) => {
      expect(found(text)).toEqual(expected);
    });
  });

  describe('when a part does not validate', () => {
    it.each([
      ['110101199003077476', 'wrong check digit'],
      ['110101199002307474', 'February 30'],
      ['110101199013077475', 'month 13'],
      ['160323197806058856', 'province 16 does not exist'],
      ['235407195106112742', 'prefecture 2354 does not exist'],
      ['110101289003077470', 'birth year 2890'],
      ['1101011990030774751', '19 digits'],
      ['ORD110101199003077475', 'glued to letters: an order id'],
      ['1101 0119 9003 0774 76', 'spaced, wrong check'],
    ])('%s is not found (%s)', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  it('refuses birth years after maxBirthYear', () => {
    const strict = createScanner({ maxBirthYear: 2013 });
    expect(strict.scanLine('44011320141005001x', { column: null })).toEqual([]);
  });

  describe('the first-generation 15-digit form', () => {
    it('is found with a real yymmdd date and a known region', () => {
      expect(found('110101900307747')).toEqual(['110101900307747']);
    });
    it('is not found with an impossible date', () => {
      expect(found('110101901307747')).toEqual([]);
    });
  });

  it('is more confident in an id column', () => {
    const [plain] = scanner.scanLine('110101199003077475', { column: null });
    const [column] = scanner.scanLine('110101199003077475', { column: '身份证号' });
    expect(column?.confidence).toBeGreaterThan(plain?.confidence ?? 1);
  });
});
