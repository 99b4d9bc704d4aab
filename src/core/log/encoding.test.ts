import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64.js';
import { fromHex, toHex } from './bytes.js';
import { bundlePrefix, decodeEntryBundle, encodeEntryBundle } from './entry-bundle.js';
import { decodeLogEntry, encodeLogEntry, LOG_ENTRY_SIZE } from './log-entry.js';
import { formatTileIndex, parseTileIndex } from './tile-path.js';

describe('base64 (RFC 4648 §4, strict)', () => {
  it('round-trips any bytes and matches Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(decodeBase64(text)).toEqual(bytes);
      }),
    );
  });

  it('decodes exactly the texts Node writes for some bytes, and nothing else', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ é'.split('');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        const bytes = decodeBase64(text);
        const canonical = /^[A-Za-z0-9+/=]*$/.test(text) && Buffer.from(text, 'base64').toString('base64') === text;
        expect(bytes !== null).toBe(canonical);
        if (bytes !== null) expect(Buffer.from(bytes).equals(Buffer.from(text, 'base64'))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it.each(['A', 'AB', 'ABC', 'AB=', 'A===', 'AB==C', 'AB=A', 'AQ== ', ' AQ==', 'AQ-_', 'AR==', 'AQI=AQI=', '47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU='])(
    'refuses the non-canonical or non-standard %j',
    (text) => {
      expect(decodeBase64(text)).toBeNull();
    },
  );
});

describe('hex', () => {
  it('round-trips and refuses upper case, odd lengths and other characters', () => {
    expect(toHex(fromHex('00ff7a') as Uint8Array)).toBe('00ff7a');
    expect(fromHex('00FF')).toBeNull();
    expect(fromHex('abc')).toBeNull();
    expect(fromHex('zz')).toBeNull();
  });
});

describe('log entries', () => {
  const commitment = Uint8Array.from({ length: 32 }, (_, i) => i);

  it('are one type byte and the 32-byte commitment', () => {
    const consent = encodeLogEntry({ kind: 'consent-receipt', commitment });
    const audit = encodeLogEntry({ kind: 'audit-entry', commitment });
    expect(consent).toHaveLength(LOG_ENTRY_SIZE);
    expect([consent[0], audit[0]]).toEqual([0x01, 0x02]);
    expect(decodeLogEntry(consent)).toEqual({ kind: 'consent-receipt', commitment });
    expect(decodeLogEntry(audit)).toEqual({ kind: 'audit-entry', commitment });
  });

  it('refuse other lengths and unknown types, on both sides', () => {
    expect(() => encodeLogEntry({ kind: 'consent-receipt', commitment: commitment.subarray(1) })).toThrow(RangeError);
    expect(() => encodeLogEntry({ kind: 'other' as 'audit-entry', commitment })).toThrow(RangeError);
    expect(decodeLogEntry(Uint8Array.of(0x03, ...commitment))).toBeNull();
    expect(decodeLogEntry(Uint8Array.of(0x01, ...commitment, 0))).toBeNull();
    expect(decodeLogEntry(new Uint8Array(0))).toBeNull();
  });
});

describe('entry bundles', () => {
  it('round-trip any entries with big-endian uint16 lengths, and prefixes are narrower bundles', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 20 }), fc.nat(20), (entries, cut) => {
        const bundle = encodeEntryBundle(entries);
        expect(decodeEntryBundle(bundle, entries.length)).toEqual(entries);
        const count = Math.min(cut, entries.length);
        expect(bundlePrefix(bundle, count)).toEqual(encodeEntryBundle(entries.slice(0, count)));
      }),
    );
    expect(encodeEntryBundle([Uint8Array.of(7), new Uint8Array(258)]).subarray(0, 5)).toEqual(Uint8Array.of(0, 1, 7, 1, 2));
  });

  it('refuse truncation, trailing bytes, a wrong count, and entries over 65,535 bytes', () => {
    const bundle = encodeEntryBundle([Uint8Array.of(1, 2), Uint8Array.of(3)]);
    expect(decodeEntryBundle(bundle.subarray(0, bundle.length - 1))).toBeNull();
    expect(decodeEntryBundle(Uint8Array.of(...bundle, 0))).toBeNull();
    expect(decodeEntryBundle(bundle, 3)).toBeNull();
    expect(bundlePrefix(bundle, 3)).toBeNull();
    expect(() => encodeEntryBundle([new Uint8Array(65_536)])).toThrow(RangeError);
  });
});

describe('tile indices', () => {
  it('round-trip every index and width through the x-grouped path form', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 999_999_999_999_999_999n }), fc.integer({ min: 1, max: 256 }), (index, width) => {
        expect(parseTileIndex(formatTileIndex(index, width))).toEqual({ index, width });
      }),
    );
  });

  it('accepts one spelling per tile only', () => {
    expect(formatTileIndex(1000)).toBe('x001/000');
    expect(formatTileIndex(5, 3)).toBe('005.p/3');
    expect(parseTileIndex('x000/005')).toBeNull();
    expect(parseTileIndex('5')).toBeNull();
    expect(parseTileIndex('005.p/03')).toBeNull();
    expect(parseTileIndex('005.p/0')).toBeNull();
  });
});
