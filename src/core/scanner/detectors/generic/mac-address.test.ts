import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan-line.js';

const scanner = createScanner();
const found = (text: string) =>
  scanner
    .scanLine(text, { column: null })
    .filter((m) => m.detector === 'MAC_ADDRESS')
    .map((m) => text.slice(m.start, m.end));

describe('MAC_ADDRESS', () => {
  it.each([
    ['My MAC address is 00:1A:2B:3C:4D:5E', ['00:1A:2B:3C:4D:5E']],
    ['aa:bb:cc:dd:ee:f0', ['aa:bb:cc:dd:ee:f0']],
    ['00-0C-29-CA-E4-66', ['00-0C-29-CA-E4-66']],
    ['Cisco MAC: 0012.3456.789A', ['0012.3456.789A']],
    ['MACs: 00:11:22:33:44:55 and AA-BB-CC-DD-EE-FA', ['00:11:22:33:44:55', 'AA-BB-CC-DD-EE-FA']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['00:1A:2B:3C:4D', 'five pairs'],
    ['00:1A:2B:3C:4D:5E:6F', 'seven pairs'],
    ['10:2F:33-AC-29-C3', 'mixed separators'],
    ['ZZ:ZZ:ZZ:ZZ:ZZ:ZZ', 'not hex'],
    ['1:2:3:4:5:6', 'single digits'],
    ['00:00:00:00:00:00', 'all zero'],
    ['FF:FF:FF:FF:FF:FF', 'broadcast'],
    ['A9C5 D4 9F EB D3 B6 65', 'spaces'],
  ])('%s is not found (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });
});
