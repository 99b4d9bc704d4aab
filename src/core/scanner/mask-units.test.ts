import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskUnits } from './mask-units.js';
import { maskValue } from './mask-value.js';
import { DETECTOR_IDS } from './types.js';

const units = (text: string) => Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
const masked = (detector: number, text: string, before = '', after = '') => {
  const src = units(before + text + after);
  const out = new Uint16Array(2 * text.length + 16);
  const n = maskUnits(detector, src, before.length, before.length + text.length, out);
  return String.fromCharCode(...out.subarray(0, n));
};

// Values as detectors report them, and strings no detector would report (the fallback rule).
const pieces = fc.constantFrom(...'0123456789abcXYZ@.:-_ \'"″′°·王伟京A+()/\\\u00e9\ud83d\ude00\ud800'.split(''), '13812345678', 'a@b.com', '192.168.1.1');
const value = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(''));

describe('maskUnits', () => {
  it.each([
    ['CN_RESIDENT_ID', '110101199003077475'],
    ['CN_MOBILE', '+86 138-1234-5678'],
    ['EMAIL', 'john.smith@example.com'],
    ['IP_ADDRESS', '2001:db8::1'],
    ['GEO_COORDINATE', '(39.90421, 116.40739)'],
    ['PERSON_NAME', 'Lisa Wirtz'],
    ['ADDRESS', '北京市朝阳区建国路88号'],
  ] as const)('masks %s like maskValue', (id, text) => {
    expect(masked(DETECTOR_IDS.indexOf(id), text)).toBe(maskValue(id, text));
  });

  it('gives maskValue’s text for any detector and any value, wherever the value sits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: DETECTOR_IDS.length - 1 }),
        value,
        fc.string({ maxLength: 3 }),
        fc.string({ maxLength: 3 }),
        (detector, text, before, after) => {
          expect(masked(detector, text, before, after)).toBe(maskValue(DETECTOR_IDS[detector] as (typeof DETECTOR_IDS)[number], text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
