import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan-line.js';

const scanner = createScanner();
const found = (text: string, column: string | null = null) =>
  scanner
    .scanLine(text, { column })
    .filter((m) => m.detector === 'ADDRESS')
    .map((m) => text.slice(m.start, m.end));

describe('ADDRESS (Chinese)', () => {
  it.each([
    ['地址：北京市朝阳区朝外大街吉祥里208号民建中央239室', ['北京市朝阳区朝外大街吉祥里208号民建中央239室']],
    ['收货地址上海市浦东新区世纪大道88号3栋1201室，请尽快发货', ['上海市浦东新区世纪大道88号3栋1201室']],
    ['位于朝阳区望京南湖南路10号', ['朝阳区望京南湖南路10号']],
    ['在北京金融大街17号韩亚银行', ['北京金融大街17号']],
    ['郑州市须水镇西岗村原本', ['郑州市须水镇西岗村']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['这个思路很好', 'one component'],
    ['道路上车很多', 'one component'],
    ['走了一段路', 'one component'],
    ['手机号13812345678', 'no street'],
  ])('%s is not an address (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('takes the whole cell in an address column', () => {
    expect(found('广东省深圳市南山区科技园', '详细地址')).toEqual(['广东省深圳市南山区科技园']);
    expect(found('ip-10-0-0-1', 'ip_address')).toEqual([]);
  });
});
