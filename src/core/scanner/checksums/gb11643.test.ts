import { describe, expect, it } from 'vitest';
import { gb11643CheckChar, isGb11643CheckValid } from './gb11643.js';

const values = (id: string) => Uint8Array.from(id, (ch) => (ch === 'X' || ch === 'x' ? 10 : ch.charCodeAt(0) - 48));

describe('gb11643CheckChar', () => {
  it.each([
    ['11010519491231002', 'X'], // GB 11643-1999 Annex A example
    ['11010119900307747', '5'],
    ['44040119580101000', 'X'],
  ])('%s -> %s', (body, check) => {
    expect(gb11643CheckChar(body)).toBe(check);
  });
});

describe('isGb11643CheckValid', () => {
  it('accepts the right check character, X included', () => {
    expect(isGb11643CheckValid(values('11010519491231002X'), 0)).toBe(true);
    expect(isGb11643CheckValid(values('110101199003077475'), 0)).toBe(true);
  });
  it('rejects any other check character', () => {
    expect(isGb11643CheckValid(values('110105194912310021'), 0)).toBe(false);
    expect(isGb11643CheckValid(values('110101199003077476'), 0)).toBe(false);
  });
  it('rejects an X anywhere but last', () => {
    expect(isGb11643CheckValid(values('1101051949123100X2'), 0)).toBe(false);
  });
});
