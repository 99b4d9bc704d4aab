import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan-line.js';

const scanner = createScanner();
const found = (text: string) =>
  scanner
    .scanLine(text, { column: null })
    .filter((m) => m.detector === 'CN_LICENSE_PLATE')
    .map((m) => text.slice(m.start, m.end));

describe('CN_LICENSE_PLATE', () => {
  it.each([
    ['京A12345', ['京A12345']],
    ['京A00599', ['京A00599']],
    ['粤B·8K888', ['粤B·8K888']],
    ['京AD92035', ['京AD92035']],
    ['京A12345D', ['京A12345D']],
    ['甘G23459F', ['甘G23459F']],
    ['车牌沪C1234挂被拖走', ['沪C1234挂']],
    ['苏E5G8T6 和 浙A88888', ['苏E5G8T6', '浙A88888']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['宁AD1234555555', 'more characters follow'],
    ['京I12345', 'I is not used'],
    ['京A1234', 'too short'],
    ['京AABC12', 'three letters'],
    ['京AA12345', 'new-energy plates carry D or F'],
    ['北京A12345', '北 is no province abbreviation: 京A12345 inside is still a plate'],
  ])('%s (%s)', (text) => {
    const expected = text === '北京A12345' ? ['京A12345'] : [];
    expect(found(text)).toEqual(expected);
  });
});
