import { describe, expect, it } from 'vitest';
import { D } from './engine/detector-index.js';
import { createScanner, DETECTOR_INFO, maskValue } from './scan-line.js';
import { DETECTOR_IDS, type DetectorId } from './types.js';

// Public contract (issue 4): ids are never renamed or reordered; additions append here.
const CONTRACT_IDS = [
  'CN_RESIDENT_ID',
  'CN_MOBILE',
  'CN_BANK_CARD',
  'CN_PASSPORT',
  'CN_LICENSE_PLATE',
  'EMAIL',
  'IP_ADDRESS',
  'MAC_ADDRESS',
  'IMEI',
  'GEO_COORDINATE',
  'CREDIT_CARD',
  'IBAN',
  'PHONE_NUMBER',
  'US_SSN',
  'US_ITIN',
  'US_PASSPORT',
  'US_DRIVER_LICENSE',
  'PERSON_NAME',
  'ADDRESS',
];

const CATEGORIES: Record<DetectorId, string> = {
  CN_RESIDENT_ID: 'resident_id_number',
  CN_MOBILE: 'mobile_phone',
  CN_BANK_CARD: 'bank_account',
  CN_PASSPORT: 'passport_number',
  CN_LICENSE_PLATE: 'license_plate',
  EMAIL: 'email',
  IP_ADDRESS: 'ip_address',
  MAC_ADDRESS: 'device_id',
  IMEI: 'device_id',
  GEO_COORDINATE: 'precise_location',
  CREDIT_CARD: 'credit_card_number',
  IBAN: 'bank_account',
  PHONE_NUMBER: 'mobile_phone',
  US_SSN: 'social_security_number',
  US_ITIN: 'other_government_id',
  US_PASSPORT: 'passport_number',
  US_DRIVER_LICENSE: 'driver_license_number',
  PERSON_NAME: 'person_name',
  ADDRESS: 'postal_address',
};

const LINE = '2024-01-05 12:30:45 用户王伟（身份证110101199003077475，手机+86 138-1234-5678）邮箱wang.wei@example.com 从 203.0.113.7 登录';

describe('the detector contract', () => {
  it('keeps every public id in order', () => {
    expect(DETECTOR_IDS.slice(0, CONTRACT_IDS.length)).toEqual(CONTRACT_IDS);
  });
  it('indexes the hot loop by the same positions', () => {
    for (const [index, id] of DETECTOR_IDS.entries()) expect(D[id]).toBe(index);
  });
  it('maps each detector to its taxonomy category, with the taxonomy flags', () => {
    for (const id of DETECTOR_IDS) expect(DETECTOR_INFO[id].category).toBe(CATEGORIES[id]);
    expect(DETECTOR_INFO.CN_RESIDENT_ID.cn_sensitive).toBe(true);
    expect(DETECTOR_INFO.EMAIL.cn_sensitive).toBe(false);
    expect(DETECTOR_INFO.US_SSN.us_ca_sensitive).toBe(true);
  });
  it('marks the detectors that need context', () => {
    expect(DETECTOR_IDS.filter((id) => DETECTOR_INFO[id].needs_context)).toEqual(['US_PASSPORT', 'US_DRIVER_LICENSE']);
  });
  it('describes every detector in both languages', () => {
    for (const id of DETECTOR_IDS) {
      expect(DETECTOR_INFO[id].description.zh.length).toBeGreaterThan(2);
      expect(DETECTOR_INFO[id].description.en.length).toBeGreaterThan(5);
    }
  });
});

describe('createScanner', () => {
  const scanner = createScanner();

  it('finds every identifier of a mixed line, sorted by start', () => {
    const matches = scanner.scanLine(LINE, { column: null });
    expect(matches.map((m) => [m.detector, LINE.slice(m.start, m.end)])).toEqual([
      ['PERSON_NAME', '王伟'],
      ['CN_RESIDENT_ID', '110101199003077475'],
      ['CN_MOBILE', '+86 138-1234-5678'],
      ['EMAIL', 'wang.wei@example.com'],
      ['IP_ADDRESS', '203.0.113.7'],
    ]);
    for (let i = 1; i < matches.length; i++) expect((matches[i]?.start ?? 0) >= (matches[i - 1]?.end ?? 0)).toBe(true);
  });

  it('gives each match its category and a confidence in (0, 1)', () => {
    for (const m of scanner.scanLine(LINE, { column: null })) {
      expect(m.category).toBe(DETECTOR_INFO[m.detector].category);
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThan(1);
    }
  });

  it('counts the same matches it lists', () => {
    const counts = new Int32Array(DETECTOR_IDS.length);
    const n = scanner.countLine(LINE, { column: null }, counts);
    const listed = scanner.scanLine(LINE, { column: null });
    expect(n).toBe(listed.length);
    for (const m of listed) expect(counts[D[m.detector]]).toBeGreaterThan(0);
    expect([...counts].reduce((a, b) => a + b, 0)).toBe(n);
  });

  it('runs only the detectors asked for', () => {
    const only = createScanner({ detectors: ['EMAIL', 'IP_ADDRESS'] });
    expect(only.detectors).toEqual(['EMAIL', 'IP_ADDRESS']);
    expect(only.scanLine(LINE, { column: null }).map((m) => m.detector)).toEqual(['EMAIL', 'IP_ADDRESS']);
  });

  it('reports an id once, not also as a card or a phone', () => {
    expect(scanner.scanLine('110101199003077475', { column: '卡号' }).map((m) => m.detector)).toEqual(['CN_RESIDENT_ID']);
  });

  it('keeps an identifier over an overlapping name or address', () => {
    const text = '北京市朝阳区建国路88号，电话13812345678';
    expect(scanner.scanLine(text, { column: null }).map((m) => m.detector)).toEqual(['ADDRESS', 'CN_MOBILE']);
    // In an address column the whole cell is the address, unless an identifier overlaps it.
    expect(scanner.scanLine('13812345678', { column: 'address' }).map((m) => m.detector)).toEqual(['CN_MOBILE']);
  });

  it('returns nothing for empty and plain text', () => {
    expect(scanner.scanLine('', { column: null })).toEqual([]);
    expect(scanner.scanLine('nothing to see here, version 1.2.3 build 42', { column: null })).toEqual([]);
  });

  it('does not cut long digit or letter strings into identifiers', () => {
    expect(scanner.scanLine(`${'1'.repeat(500)}110101199003077475${'2'.repeat(500)}`, { column: null })).toEqual([]);
    expect(scanner.scanLine(`${'AB'.repeat(300)}13812345678${'CD'.repeat(300)}`, { column: null })).toEqual([]);
  });

  it('is deterministic line after line (scratch state is reset)', () => {
    const first = scanner.scanLine(LINE, { column: null });
    scanner.scanLine('13812345678 13812345678 13812345678', { column: 'phone' });
    expect(scanner.scanLine(LINE, { column: null })).toEqual(first);
  });
});

describe('maskValue', () => {
  it.each([
    ['CN_RESIDENT_ID', '110101199003077475', '110***********7475'],
    ['CN_MOBILE', '13812345678', '138****5678'],
    ['CN_MOBILE', '+86 138-1234-5678', '+86 138-****-5678'],
    ['EMAIL', 'john@example.com', 'j***@example.com'],
    ['CREDIT_CARD', '4111 1111 1111 1111', '4111 **** **** 1111'],
    ['CN_BANK_CARD', '6222026006705354000', '6222***********4000'],
    ['IBAN', 'GB82 WEST 1234 5698 7654 32', 'GB82 **** **** **** **54 32'],
    ['US_SSN', '514-69-0360', '***-**-0360'],
    ['IP_ADDRESS', '203.0.113.7', '203.0.***.*'],
    ['PHONE_NUMBER', '(415) 555-0132', '(415) ***-0132'],
    ['CN_LICENSE_PLATE', '京A12345', '京A***45'],
    ['PERSON_NAME', '王小明', '王**'],
    ['PERSON_NAME', 'Lisa Wirtz', 'L*** W****'],
    ['GEO_COORDINATE', '39.904211, 116.407395', '39.90****, 116.40****'],
    ['MAC_ADDRESS', '00:1A:2B:3C:4D:5E', '00:1A:2B:**:**:**'],
  ] as const)('%s %s -> %s', (detector, value, masked) => {
    expect(maskValue(detector, value)).toBe(masked);
  });

  it('never returns the raw value for any detector', () => {
    for (const id of DETECTOR_IDS) expect(maskValue(id, 'ABCDEFGH12345678')).not.toBe('ABCDEFGH12345678');
  });
});
