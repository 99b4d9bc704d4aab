import { CN_PLATE_PROVINCES } from '../data/cn-places.js';
import { CN_COMPOUND_SURNAMES, CN_SINGLE_SURNAMES } from '../data/cn-surnames.js';

// What the main loop does on each UTF-16 code unit: one table lookup decides.
export const K_NONE = 0;
export const K_DIGIT = 1;
export const K_UPPER = 2;
export const K_LOWER = 3;
export const K_AT = 4;
export const K_COLON = 5;
/** A Han character that can start a plate, a surname or an address component. */
export const K_HAN = 6;
/** A Latin letter outside ASCII (Ó, ł): part of names only. */
export const K_LATIN = 7;

// Flags of interesting Han characters.
export const H_PLATE = 1;
export const H_SURNAME = 2;
export const H_COMPOUND = 4;
/** 路 街 巷 弄 道 村 号: a component that ends a street or a house number. */
export const H_ADDRESS = 8;

/** Han flags per code unit (0 for everything else). */
export const HAN: Uint8Array = buildHanFlags();
/** Kind per code unit. */
export const KIND: Uint8Array = buildKinds(HAN);

function buildKinds(han: Uint8Array): Uint8Array {
  const kinds = new Uint8Array(65_536);
  for (let c = 48; c <= 57; c++) kinds[c] = K_DIGIT;
  for (let c = 65; c <= 90; c++) kinds[c] = K_UPPER;
  for (let c = 97; c <= 122; c++) kinds[c] = K_LOWER;
  kinds[64] = K_AT;
  kinds[58] = K_COLON;
  for (let c = 0xc0; c <= 0x24f; c++) if (c !== 0xd7 && c !== 0xf7) kinds[c] = K_LATIN;
  for (let c = 0x3400; c < 0xa000; c++) if (han[c] !== 0) kinds[c] = K_HAN;
  return kinds;
}

function buildHanFlags(): Uint8Array {
  const flags = new Uint8Array(65_536);
  const mark = (chars: string, flag: number) => {
    for (let i = 0; i < chars.length; i++) {
      const c = chars.charCodeAt(i);
      flags[c] = (flags[c] as number) | flag;
    }
  };
  mark(CN_PLATE_PROVINCES, H_PLATE);
  mark(CN_SINGLE_SURNAMES, H_SURNAME);
  for (const compound of CN_COMPOUND_SURNAMES) mark(compound.charAt(0), H_COMPOUND);
  mark('路街巷弄道村号栋幢室', H_ADDRESS);
  return flags;
}

/** ASCII letter or digit. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** A Han character in the CJK Unified Ideographs blocks. */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** A letter of a Latin-script name (ASCII or Latin-1/Extended-A/B). */
export function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Upper-case Latin letter (approximation outside ASCII: Latin-1 capitals, even code points of Extended-A). */
export function isLatinUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x100 && c <= 0x17f && c % 2 === 0);
}
