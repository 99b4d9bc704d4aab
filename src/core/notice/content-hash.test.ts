import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTEXT, SHOP } from '../../../test/support/notice-fixtures.js';
import { canonicalJson } from '../audit/canonical-json.js';
import { buildNotice } from './build-notice.js';
import { NOTICE_HASH_PATTERN, noticeContentHash } from './content-hash.js';
import type { Notice } from './types.js';

/** The same value with object keys in an order chosen by `flip` at every depth. */
function reorder(value: unknown, flip: () => boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => reorder(v, flip));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, reorder(v, flip)] as const);
    return Object.fromEntries(flip() ? entries.reverse() : entries);
  }
  return value;
}

describe('noticeContentHash', () => {
  const notice = buildNotice(SHOP, CONTEXT);

  it('is sha256: and the hex SHA-256 of the canonical JSON in UTF-8', () => {
    const hash = noticeContentHash(notice);
    expect(hash).toMatch(NOTICE_HASH_PATTERN);
    expect(hash).toBe(`sha256:${bytesToHex(sha256(new TextEncoder().encode(canonicalJson(notice))))}`);
  });

  it('is the same for the same declaration and context, built twice', () => {
    expect(noticeContentHash(buildNotice(SHOP, CONTEXT))).toBe(noticeContentHash(notice));
  });

  it('does not depend on the order of object keys at any depth', () => {
    fc.assert(
      fc.property(fc.infiniteStream(fc.boolean()), (flips) => {
        const iterator = flips[Symbol.iterator]();
        const shuffled = reorder(notice, () => iterator.next().value === true) as Notice;
        expect(noticeContentHash(shuffled)).toBe(noticeContentHash(notice));
      }),
      { numRuns: 50 },
    );
  });

  it.each([
    ['the version label', { ...CONTEXT, version: '2026-02' }],
    ['the contact address', { ...CONTEXT, email: 'dpo@example.test' }],
    ['a translation', { ...CONTEXT, purpose_text: { marketing: { zh: '推荐商品' } } }],
  ])('changes with %s', (_, context) => {
    expect(noticeContentHash(buildNotice(SHOP, context))).not.toBe(noticeContentHash(notice));
  });
});
