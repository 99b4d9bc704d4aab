import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan-line.js';

const scanner = createScanner();
const found = (text: string) =>
  scanner
    .scanLine(text, { column: null })
    .filter((m) => m.detector === 'EMAIL')
    .map((m) => text.slice(m.start, m.end));

describe('EMAIL', () => {
  it.each([
    ['my email is info@presidio.site', ['info@presidio.site']],
    ['邮箱test@example.com和test@163.com', ['test@example.com', 'test@163.com']],
    ['foo+bar@bar.com.au.', ['foo+bar@bar.com.au']],
    ['user@xn--80ak6aa92e.com', ['user@xn--80ak6aa92e.com']],
    ['a@xn--d1acufc.xn--p1ai', ['a@xn--d1acufc.xn--p1ai']],
    ['13812345678@163.com', ['13812345678@163.com']],
    ["hackers' SueDHague@armyspy.com", ['SueDHague@armyspy.com']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['my email is info@presidio.', 'single-label domain'],
    ['z@co.c', 'one-letter TLD'],
    ['foo@_bar.com', 'domain starts with _'],
    ['gmail...ignores...dots...@gmail.com', 'consecutive dots'],
    ['ends.with.dot.@gmail.com', 'local part ends with a dot'],
    ['wrong()[]",:;<>@@gmail.com', 'no local part'],
    ['somename@ｇｍａｉｌ.com', 'full-width domain'],
    ['invalidemail@', 'no domain'],
    ['user@example.123', 'numeric TLD'],
  ])('%s is not found (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reports a phone inside an address once, as the address', () => {
    expect(scanner.scanLine('13812345678@163.com', { column: null }).map((m) => m.detector)).toEqual(['EMAIL']);
  });
});
