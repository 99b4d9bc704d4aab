import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan-line.js';

const scanner = createScanner();
const found = (text: string, column: string | null = null) =>
  scanner
    .scanLine(text, { column })
    .filter((m) => m.detector === 'CN_MOBILE')
    .map((m) => text.slice(m.start, m.end));

describe('CN_MOBILE', () => {
  it.each([
    ['13812345678', ['13812345678']],
    ['手机：13812345678。', ['13812345678']],
    ['+8613812345678', ['+8613812345678']],
    ['008618812341234', ['008618812341234']],
    ['8613812345678', ['8613812345678']],
    ['+86 138-1234-5678', ['+86 138-1234-5678']],
    ['+86 131 2345 6789', ['+86 131 2345 6789']],
    ['138-1234-5678', ['138-1234-5678']],
    ['138 1234 5678', ['138 1234 5678']],
    ['两个13812345678和13987654321', ['13812345678', '13987654321']],
    ['17269427292 16565600001 19912341234 14599230918', ['17269427292', '16565600001', '19912341234', '14599230918']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['12345678901', 'segment 12x is not allocated'],
    ['14012345678', '140 is not a mobile segment'],
    ['15412345678', '154 is not allocated'],
    ['19412345678', '194 is not allocated'],
    ['1381234567', '10 digits'],
    ['138123456789', '12 digits'],
    ['uid13812345678', 'glued to letters'],
    ['+13812345678', 'a +1 number'],
    ['138-1234-56789', 'last group too long'],
  ])('%s is not found (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('is more confident in a phone column', () => {
    const [match] = scanner.scanLine('13812345678', { column: '手机号' });
    expect(match?.confidence).toBeGreaterThan(0.95);
  });
});
