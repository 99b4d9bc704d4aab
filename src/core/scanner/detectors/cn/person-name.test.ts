import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan-line.js';

const scanner = createScanner();
const found = (text: string, column: string | null = null) =>
  scanner
    .scanLine(text, { column })
    .filter((m) => m.detector === 'PERSON_NAME')
    .map((m) => text.slice(m.start, m.end));

describe('PERSON_NAME (Chinese)', () => {
  describe('with a cue', () => {
    it.each([
      ['副总经理王牧天表示，', ['王牧天']],
      ['（记者姜葳）世界上', ['姜葳']],
      ['联系人：王芳，电话', ['王芳']],
      ['收货人张伟', ['张伟']],
      ['。沈力军分析说，', []],
      ['。沈力军说，', ['沈力军']],
      ['许俊杰先生为大家解答', ['许俊杰']],
      ['欧阳娜娜表示', ['欧阳娜娜']],
    ])('%s', (text, expected) => {
      expect(found(text)).toEqual(expected);
    });
  });

  describe('without one', () => {
    it.each([
      ['王府井大街很热闹', 'a place'],
      ['高度重视安全', 'a surname that is a word'],
      ['强烈建议前往', 'no reporting verb'],
      ['向记者透露', 'a role word is no given name'],
    ])('%s is not a name (%s)', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  describe('in a name column', () => {
    it('takes the whole cell', () => {
      expect(found('诸葛亮', '姓名')).toEqual(['诸葛亮']);
      expect(found(' 王伟 ', 'customer_name')).toEqual(['王伟']);
    });
    it('skips placeholders', () => {
      expect(found('未知', '姓名')).toEqual([]);
      expect(found('N/A', 'name')).toEqual([]);
    });
  });
});
