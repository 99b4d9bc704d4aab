import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan-line.js';

const scanner = createScanner();
const found = (text: string, column: string | null = null) =>
  scanner
    .scanLine(text, { column })
    .filter((m) => m.detector === 'US_PASSPORT')
    .map((m) => text.slice(m.start, m.end));

describe('US_PASSPORT', () => {
  it.each([
    ['my travel passport is A12803456', ['A12803456']],
    ['Passport No: 912803456', ['912803456']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['A12803456', 'no context'],
    ['order 912803456', 'no context'],
    ['passport a12803456', 'lower case'],
    ['passport A1280345', 'too short'],
  ])('%s is not found (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('takes the shape in a passport column', () => {
    expect(found('C03005988', 'passport_number')).toEqual(['C03005988']);
  });
});
