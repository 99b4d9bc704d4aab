import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan-line.js';

const scanner = createScanner();
const found = (text: string) =>
  scanner
    .scanLine(text, { column: null })
    .filter((m) => m.detector === 'IP_ADDRESS')
    .map((m) => text.slice(m.start, m.end));

describe('IP_ADDRESS', () => {
  describe('IPv4', () => {
    it.each([
      ['from 203.0.113.7:8080', ['203.0.113.7']],
      ['IP: 192.168.1.1.', ['192.168.1.1']],
      ['192.168.1.1/32', ['192.168.1.1/32']],
      ['(10.0.0.1), 172.16.0.1', ['10.0.0.1', '172.16.0.1']],
      ['client_ip = ?%//!%20\\|106.31.73.20|%20/', ['106.31.73.20']],
    ])('%s', (text, expected) => {
      expect(found(text)).toEqual(expected);
    });
    it.each([
      ['256.1.1.1', 'octet > 255'],
      ['192.168.1', 'three octets'],
      ['0200.200.200.200', 'leading zero'],
      ['1.2.3.4.5', 'five parts: a version'],
      ['127.0.0.1', 'loopback'],
      ['0.0.0.0', 'unspecified'],
      ['224.0.0.251', 'multicast'],
      ['255.255.255.255', 'broadcast'],
      ['192.168.1.0/24', 'a network'],
      ['Version 1.2.3', 'a version'],
    ])('%s is not found (%s)', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  describe('IPv6', () => {
    it.each([
      ['2001:db8::1', ['2001:db8::1']],
      ['Connect to [2001:db8::1]:8080', ['2001:db8::1']],
      ['fe80::1%eth0/64', ['fe80::1%eth0/64']],
      ['::ffff:192.0.2.1', ['::ffff:192.0.2.1']],
      ['6e40:4041:c617:e898:c11:40d2:c669:2eb4 blocked', ['6e40:4041:c617:e898:c11:40d2:c669:2eb4']],
      ['2001:db8::1.', ['2001:db8::1']],
    ])('%s', (text, expected) => {
      expect(found(text)).toEqual(expected);
    });
    it.each([
      ['2001::db8::1', 'two ::'],
      ['12345:db8::1', 'five hex digits'],
      [':1:1:1::2', 'leading single colon'],
      ['Time 12:34:56', 'a time'],
      ['std::cout and a::b', 'code'],
      ['::1', 'loopback'],
      ['2001:db8::', 'a network prefix'],
      ['ff02::1', 'multicast'],
      ['2001:db8:0000:1:1:1:1::1', ':: standing for no group'],
    ])('%s is not found (%s)', (text) => {
      expect(found(text)).toEqual([]);
    });
  });
});
