import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskValue } from '../scanner/mask-value.js';
import { DETECTOR_IDS } from '../scanner/types.js';
import { encodeFindingLine, FindingWriter } from './encode-finding.js';

/** The bytes FindingWriter writes for one finding, as text. */
function written(
  writer: FindingWriter,
  line: number,
  columnJson: string,
  detector: number,
  start: number,
  end: number,
  value: string,
  confidence: number,
  show: boolean,
): string {
  const src = Uint16Array.from({ length: value.length }, (_, i) => value.charCodeAt(i));
  const out = Buffer.alloc(writer.bound(columnJson, value.length, show) + 8);
  const view = new DataView(out.buffer, out.byteOffset, out.length);
  const n = writer.write(out, view, 4, line, columnJson, detector, start, end, src, 0, src.length, confidence, show);
  return out.toString('utf8', 4, n);
}

describe('FindingWriter', () => {
  it('writes encodeFindingLine’s line as UTF-8, value masked, for any finding', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.option(fc.string({ maxLength: 20 }), { nil: null }),
        fc.integer({ min: 0, max: DETECTOR_IDS.length - 1 }),
        fc.nat(),
        fc.nat(100_000),
        fc.string({ unit: 'grapheme', maxLength: 16 }).chain((v) => fc.constantFrom(v, `${v}\u0001"\\\ud800`)),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (file, column, detector, line, start, value, confidence, show) => {
          const writer = new FindingWriter();
          const fileJson = JSON.stringify(file);
          const columnJson = column === null ? 'null' : JSON.stringify(column);
          writer.setFile(fileJson);
          const masked = maskValue(DETECTOR_IDS[detector] as (typeof DETECTOR_IDS)[number], value);
          const expected = encodeFindingLine(fileJson, line, columnJson, detector, start, start + value.length, masked, confidence, show ? value : null);
          expect(written(writer, line, columnJson, detector, start, start + value.length, value, confidence, show)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
