import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScanner, createUnitScanner } from './scan-line.js';
import { DETECTOR_IDS } from './types.js';

// The file pipeline scans lines, cells and values where they lie inside a decoded block; a
// detector that looked past its window (at the delimiter, the next cell, the previous line)
// would find something else than in the text alone. Whatever surrounds it, a text must give
// exactly the matches `scanLine` gives for it.

const pieces = [
  ...['13812345678', '+86 138-1234-5678', '110101199003077475', '11010519491231002X', '6222020552623784', '4111 1111 1111 1111'],
  ...['wang.wei@example.com', '203.0.113.7', '2001:db8::8a2e:370:7334', '00:1A:2B:3C:4D:5E', '490154203237518', '39.90421, 116.40739'],
  ...['GB82 WEST 1234 5698 7654 32', '(415) 555-0132', '+44 20 7946 0958', '123-45-6789', '912-70-1234', 'E12345678', '京A12345'],
  ...['Ms. Roefs', 'Lisa Wirtz', '14 Crown Street', 'Rua Diadema 1903', '北京市朝阳区建国路88号', '联系人：王芳', '张伟先生'],
  ...['SSN ', 'ssn:', 'passport ', '护照', "driver's license ", 'DL# ', 'card ', 'tel ', 'IMEI ', 'lat ', '身份证', 'session=', 'order_id='],
  ...[' ', ',', '-', '.', ':', '/', '"', "'", '(', ')', '+', '@', '_', '#', '=', '\t', '，', '：', '号', '2024-01-05 12:30:45', 'ORD2024', 'x', 'N', 'E', '°'],
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join(''));
const edge = fc.array(fc.constantFrom(...pieces, '\n', '1', 'a', 'A', '王'), { maxLength: 3 }).map((parts) => parts.join(''));
const column = fc.constantFrom(null, 'phone', 'ssn', 'name', 'address', 'passport', 'dl', 'lat', '身份证号', 'card_no', 'imei');

describe('UnitScanner', () => {
  const alone = createScanner();
  const units = createUnitScanner();

  it('finds in a window of a block exactly what scanLine finds in the text alone', () => {
    fc.assert(
      fc.property(text, edge, edge, column, (value, before, after, name) => {
        const block = before + value + after;
        const t = Uint16Array.from({ length: block.length }, (_, i) => block.charCodeAt(i));
        units.useBlock(t, () => block);
        const n = units.scan(before.length, before.length + value.length, units.hintsOf(name));
        const m = units.matches;
        const found = Array.from({ length: n }, (_, k) => {
          const i = m.kept[k] as number;
          return [DETECTOR_IDS[m.detector[i] as number], (m.start[i] as number) - before.length, (m.end[i] as number) - before.length, m.confidence[i]];
        });
        const expected = alone.scanLine(value, { column: name }).map((x) => [x.detector, x.start, x.end, x.confidence]);
        expect(found).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
