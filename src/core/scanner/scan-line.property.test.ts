import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gb11643CheckChar } from './checksums/gb11643.js';
import { ibanCheckDigits } from './checksums/iban.js';
import { luhnCheckDigit } from './checksums/luhn.js';
import { BBAN_DIGIT, BBAN_LETTER, IBAN_BBAN_FORMATS } from './data/iban-registry.js';
import { createScanner } from './scan-line.js';
import { DETECTOR_IDS, type Match } from './types.js';

const scanner = createScanner();
const RUNS = { numRuns: 300 };

// Text around an identifier: words, Han, punctuation; no digits, so nothing else joins the value.
const filler = fc.string({ unit: fc.constantFrom(...'abc XYZ 用户的身份证号码：，。;()\t-'.split('')), maxLength: 24 });
const leftEdge = fc.constantFrom(' ', '：', '，', '=', '(', '\t', '号');
const rightEdge = fc.constantFrom(' ', '，', ';', ')', '。', '');

function embed(value: string) {
  return fc.tuple(filler, leftEdge, rightEdge, filler).map(([before, left, right, after]) => {
    const text = `${before}${left}${value}${right}${right === '' ? '' : after}`;
    return { text, start: before.length + left.length, end: before.length + left.length + value.length };
  });
}

const at = (matches: Match[], start: number, end: number) => matches.filter((m) => m.start === start && m.end === end).map((m) => m.detector);

// Resident id: a region from a small list, a real date, a sequence, the computed check character.
const REGIONS = ['110101', '310104', '440305', '510104', '650102', '412723', '130181', '230102'];
const residentId = fc
  .tuple(
    fc.constantFrom(...REGIONS),
    fc.date({ min: new Date('1900-01-01'), max: new Date('2024-12-31'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([region, date, seq]) => {
    const body = `${region}${date.toISOString().slice(0, 10).replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
    return body + gb11643CheckChar(body);
  });

/** The id with one character changed to another digit (or X for the check). */
function changeOne(id: string, position: number, delta: number): string {
  const ch = id.charAt(position);
  const digit = ch === 'X' ? 10 : Number(ch);
  const changed = position === 17 ? (digit + delta) % 11 : (digit + delta) % 10;
  const replacement = changed === 10 ? 'X' : String(changed);
  return id.slice(0, position) + replacement + id.slice(position + 1);
}

describe('CN_RESIDENT_ID properties', () => {
  it('finds a generated valid id at its offsets in any surrounding text', () => {
    fc.assert(
      fc.property(
        residentId.chain((id) => embed(id)),
        ({ text, start, end }) => {
          expect(at(scanner.scanLine(text, { column: null }), start, end)).toContain('CN_RESIDENT_ID');
        },
      ),
      RUNS,
    );
  });

  it('never reports the id after one digit changed', () => {
    fc.assert(
      fc.property(residentId, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 9 }), (id, position, delta) => {
        const changed = changeOne(id, position, position === 17 ? delta : delta);
        fc.pre(changed !== id);
        const detectors = scanner.scanLine(changed, { column: null }).map((m) => m.detector);
        expect(detectors).not.toContain('CN_RESIDENT_ID');
      }),
      RUNS,
    );
  });
});

// Payment cards: network prefix, random body, Luhn check digit.
const card = fc
  .tuple(
    fc.constantFrom(
      ['4', 16],
      ['4', 13],
      ['51', 16],
      ['55', 16],
      ['2221', 16],
      ['34', 15],
      ['37', 15],
      ['6011', 16],
      ['65', 16],
      ['3530', 16],
      ['62', 16],
      ['62', 19],
    ),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 18, maxLength: 18 }),
  )
  .map(([[prefix, length], digits]) => {
    const body = prefix + digits.slice(0, Number(length) - String(prefix).length - 1).join('');
    return body + luhnCheckDigit(body);
  });

describe('payment card properties', () => {
  it('finds a generated Luhn-valid card at its offsets', () => {
    fc.assert(
      fc.property(
        card.chain((number) => embed(number)),
        ({ text, start, end }) => {
          const found = at(scanner.scanLine(text, { column: null }), start, end);
          expect(found.some((d) => d === 'CREDIT_CARD' || d === 'CN_BANK_CARD')).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('never reports a card after one digit changed', () => {
    fc.assert(
      fc.property(card, fc.nat(), fc.integer({ min: 1, max: 9 }), (number, p, delta) => {
        const position = p % number.length;
        const changed = number.slice(0, position) + ((Number(number.charAt(position)) + delta) % 10) + number.slice(position + 1);
        const detectors = scanner.scanLine(changed, { column: null }).map((m) => m.detector);
        expect(detectors.filter((d) => d === 'CREDIT_CARD' || d === 'CN_BANK_CARD')).toEqual([]);
      }),
      RUNS,
    );
  });
});

// IBANs: a registry country, a BBAN of its structure, computed check digits.
const COUNTRIES = [...IBAN_BBAN_FORMATS.keys()].map((key) => String.fromCharCode(key >> 8, key & 255));
const iban = fc.tuple(fc.constantFrom(...COUNTRIES), fc.array(fc.nat({ max: 35 }), { minLength: 30, maxLength: 30 })).map(([country, picks]) => {
  const format = IBAN_BBAN_FORMATS.get(country.charCodeAt(0) * 256 + country.charCodeAt(1)) as Uint8Array;
  const bban = [...format]
    .map((kind, i) => {
      const r = picks[i] ?? 0;
      if (kind === BBAN_DIGIT) return String(r % 10);
      if (kind === BBAN_LETTER) return String.fromCharCode(65 + (r % 26));
      return r < 10 ? String(r) : String.fromCharCode(55 + r);
    })
    .join('');
  return `${country}${ibanCheckDigits(country, bban)}${bban}`;
});

describe('IBAN properties', () => {
  it('finds a generated valid IBAN at its offsets', () => {
    fc.assert(
      fc.property(
        iban.chain((value) => embed(value)),
        ({ text, start, end }) => {
          expect(at(scanner.scanLine(text, { column: null }), start, end)).toContain('IBAN');
        },
      ),
      RUNS,
    );
  });

  it('never reports the IBAN after one BBAN character changed', () => {
    fc.assert(
      fc.property(iban, fc.nat(), fc.integer({ min: 1, max: 8 }), (value, p, delta) => {
        const position = 4 + (p % (value.length - 4));
        const ch = value.charCodeAt(position);
        const replacement = ch <= 57 ? String.fromCharCode(48 + ((ch - 48 + delta) % 10)) : String.fromCharCode(65 + ((ch - 65 + delta) % 26));
        const changed = value.slice(0, position) + replacement + value.slice(position + 1);
        expect(scanner.scanLine(changed, { column: null }).map((m) => m.detector)).not.toContain('IBAN');
      }),
      RUNS,
    );
  });
});

describe('scanLine on arbitrary text', () => {
  it('returns sorted, non-overlapping, in-bounds matches and counts the same', () => {
    const counts = new Int32Array(DETECTOR_IDS.length);
    fc.assert(
      fc.property(
        fc.string({ maxLength: 120, unit: 'grapheme' }),
        fc.option(fc.constantFrom('phone', '姓名', 'address', 'ssn', 'lat'), { nil: null }),
        (text, column) => {
          const matches = scanner.scanLine(text, { column });
          let last = 0;
          for (const m of matches) {
            expect(m.start).toBeGreaterThanOrEqual(last);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.end).toBeLessThanOrEqual(text.length);
            last = m.end;
          }
          expect(scanner.countLine(text, { column }, counts)).toBe(matches.length);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on digit-heavy text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 -.:/()+X@abcDEF'.split('')), maxLength: 80 }), (text) => {
        expect(() => scanner.scanLine(text, { column: null })).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});
