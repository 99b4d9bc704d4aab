import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan-line.js';

const scanner = createScanner();
const found = (text: string, column: string | null = null) =>
  scanner
    .scanLine(text, { column })
    .filter((m) => m.detector === 'PHONE_NUMBER')
    .map((m) => text.slice(m.start, m.end));

describe('PHONE_NUMBER', () => {
  describe('international numbers', () => {
    it.each([
      ['+44 (20) 7123 4567', ['+44 (20) 7123 4567']],
      ['call +1 415 555 0132, thanks', ['+1 415 555 0132']],
      ['+55 11 98456 5666', ['+55 11 98456 5666']],
      ['+33 1 42 68 53 00', ['+33 1 42 68 53 00']],
      ['+688 90 1234', ['+688 90 1234']],
      ['+15673628910', ['+15673628910']],
      ['+1(567) 362-8910', ['+1(567) 362-8910']],
    ])('%s', (text, expected) => {
      expect(found(text)).toEqual(expected);
    });
    it.each([
      ['+10345672645', 'no such area code'],
      ['+3365520145', 'one digit short for France'],
      ['+8613812345678', 'a mainland mobile: CN_MOBILE'],
      ['+86 10 6552 9988', 'a mainland landline: no detector'],
      ['+1 800 555 0199', 'toll-free: a business'],
    ])('%s is not found (%s)', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  describe('North American numbers written nationally', () => {
    it.each([
      ['My US number is (415) 555-0132.', ['(415) 555-0132']],
      ['US: 415-555-0132', ['415-555-0132']],
      ['415.555.0132', ['415.555.0132']],
      ['1(567)362-8910', ['1(567)362-8910']],
      ['Phone: (71) 4233-6306', ['(71) 4233-6306']],
    ])('%s', (text, expected) => {
      expect(found(text)).toEqual(expected);
    });
    it.each([
      ['0123456789', 'starts with 0'],
      ['1437439210', 'area code starts with 1'],
      ['4155550132', 'ten bare digits without context'],
      ['2024-01-05 12:30', 'a timestamp'],
      ['22.120.130.140', 'four dotted groups'],
      ['1(067)362-8910', 'area code 067'],
    ])('%s is not found (%s)', (text) => {
      expect(found(text)).toEqual([]);
    });
    it('takes ten bare digits in a phone column or after "tel"', () => {
      expect(found('4155550132', 'phone')).toEqual(['4155550132']);
      expect(found('tel 4155550132')).toEqual(['4155550132']);
    });
  });
});
