import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan-line.js';

const scanner = createScanner();
const found = (text: string, column: string | null = null) =>
  scanner
    .scanLine(text, { column })
    .filter((m) => m.detector === 'US_SSN')
    .map((m) => text.slice(m.start, m.end));

describe('US_SSN', () => {
  it.each([
    ["Here's my SSN: 514-69-0360", ['514-69-0360']],
    ['078-05-1123', ['078-05-1123']],
    ['abc 078 05 1123 abc', ['078 05 1123']],
    ['078.05.1123', ['078.05.1123']],
    ['SSN 536904399', ['536904399']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['000-12-3456', 'area 000'],
    ['666-12-3456', 'area 666'],
    ['912-70-1234', 'area 9xx is an ITIN'],
    ['078 00 1123', 'group 00'],
    ['078-05-0000', 'serial 0000'],
    ['078-05-1120', 'the Woolworth wallet card'],
    ['123-45-6789', 'advertising number'],
    ['536904399', 'nine bare digits without context'],
    ['1078-05-1123', 'area of four digits'],
    ['078-05-1123-7', 'continues'],
  ])('%s is not found (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('takes nine bare digits in an ssn column', () => {
    expect(found('536904399', 'customer_ssn')).toEqual(['536904399']);
  });

  it("leaves a driver's licence that looks like an SSN to the licence detector", () => {
    expect(found("driver's license 536-90-4399")).toEqual([]);
  });
});
