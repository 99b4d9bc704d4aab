import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTEXT, SHOP } from '../../../test/support/notice-fixtures.js';
import { buildNotice } from '../notice/build-notice.js';
import { noticeContentHash } from '../notice/content-hash.js';
import { commitReceipt } from './commitment.js';
import { buildReceipt, canonicalReceiptBytes, type ReceiptParty } from './receipt.js';
import type { ConsentEvent } from './types.js';

const NOTICE = buildNotice(SHOP, CONTEXT);
const PARTY: ReceiptParty = { id: 'shop', name: 'Example Co. Ltd.', address: CONTEXT.address, contact: CONTEXT.email, email: CONTEXT.email };

const event = (purposeId: string, extra: Partial<ConsentEvent> = {}): ConsentEvent => ({
  id: 'rcpt_7f3a9c',
  subject: 'sub_1a2b',
  processorId: 'shop',
  purposeId,
  action: 'grant',
  time: '2026-05-01T08:30:00Z',
  noticeHash: noticeContentHash(NOTICE),
  method: 'widget',
  actor: { kind: 'self' },
  ...extra,
});

describe('buildReceipt (users-and-standards.md d.3)', () => {
  it('maps a grant to the pisa-receipt/1 fields', () => {
    const receipt = buildReceipt(event('marketing'), NOTICE, PARTY, null, { lang: 'en' });
    expect(receipt).toEqual({
      schema: 'pisa-receipt/1',
      receipt_id: 'rcpt_7f3a9c',
      subject: 'sub_1a2b',
      processor: {
        id: 'shop',
        name: 'Example Co. Ltd.',
        address: CONTEXT.address,
        contact: CONTEXT.email,
        email: CONTEXT.email,
        phone: null,
        url: null,
        role: 'controller',
      },
      notice_hash: noticeContentHash(NOTICE),
      notice_lang: 'en',
      purposes: [{ id: 'marketing', data: ['purchase_history', 'device_id', 'precise_location'], necessary: false, separate: false }],
      sensitive: ['precise_location', 'purchase_history'],
      recipients: [{ name: 'AdNet Inc.', role: 'third_party', country: 'US' }],
      cross_border: null,
      retention: 'P1Y',
      jurisdiction: ['CN', 'US-CA'],
      event: { type: 'explicit', state: 'given', time: '2026-05-01T08:30:00Z', method: 'widget', by: { kind: 'self' } },
      withdraw_url: CONTEXT.withdraw_url,
      log: null,
    });
  });

  it('narrows a separate item to what it is about', () => {
    const provision = buildReceipt(event('marketing#provision:adnet-inc'), NOTICE, PARTY, null);
    expect(provision.purposes).toEqual([
      { id: 'marketing#provision:adnet-inc', data: ['purchase_history', 'device_id', 'precise_location'], necessary: false, separate: true },
    ]);
    expect(provision.recipients.map((r) => r.name)).toEqual(['AdNet Inc.']);
    const sensitive = buildReceipt(event('marketing#sensitive'), NOTICE, PARTY, null);
    expect(sensitive.purposes[0]?.data).toEqual(['precise_location', 'purchase_history']);
    expect(sensitive.notice_lang).toBe('zh-CN');
  });

  it.each([
    ['refuse', 'portal', 'refused', 'explicit'],
    ['withdraw', 'api', 'withdrawn', 'explicit'],
    ['refuse', 'gpc', 'refused', 'signal'],
  ] as const)('records %s by %s as state %s, type %s', (action, method, state, type) => {
    const receipt = buildReceipt(event('marketing#sale-share', { action, method }), NOTICE, PARTY, null);
    expect(receipt.event).toMatchObject({ state, type, method });
  });

  it('refuses an event for another processor or an id the notice does not have', () => {
    expect(() => buildReceipt(event('marketing', { processorId: 'other' }), NOTICE, PARTY, null)).toThrow(/ARGUMENT_INVALID/);
    expect(() => buildReceipt(event('nope'), NOTICE, PARTY, null)).toThrow(/CONSENT_PURPOSE_UNKNOWN/);
  });
});

describe('canonicalReceiptBytes and commitReceipt', () => {
  const receipt = buildReceipt(event('marketing'), NOTICE, PARTY, null);
  const salt = new Uint8Array(32).fill(7);

  it('commits to SHA-256("pisa-receipt/1\\0" || salt || canonical bytes)', () => {
    const bytes = canonicalReceiptBytes(receipt);
    const expected = sha256(concatBytes(utf8ToBytes('pisa-receipt/1\0'), salt, bytes));
    expect(bytesToHex(commitReceipt(salt, bytes))).toBe(bytesToHex(expected));
    expect(commitReceipt(salt, bytes)).toHaveLength(32);
  });

  it('leaves out the envelope (log, salt, sig), so sequencing does not change the commitment', () => {
    const sequenced = { ...receipt, log: { index: '42', checkpoint: 'cp', inclusion_proof: ['aa'] }, salt: 'c2FsdA', sig: 'eyJ...' };
    expect(canonicalReceiptBytes(sequenced)).toEqual(canonicalReceiptBytes(receipt));
    expect(new TextDecoder().decode(canonicalReceiptBytes(receipt))).not.toContain('"log"');
  });

  it('changes with any field of the body, and with any salt', () => {
    const base = bytesToHex(commitReceipt(salt, canonicalReceiptBytes(receipt)));
    expect(bytesToHex(commitReceipt(salt, canonicalReceiptBytes({ ...receipt, subject: 'sub_other' })))).not.toBe(base);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (other) => {
        fc.pre(bytesToHex(other) !== bytesToHex(salt));
        expect(bytesToHex(commitReceipt(other, canonicalReceiptBytes(receipt)))).not.toBe(base);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps every member of a parsed receipt, "__proto__" and integer-like keys too', () => {
    const parsed = JSON.parse('{"__proto__":{"x":1},"7":"seven","b":2,"a":1,"sig":"s.i.g","salt":"x","log":null}') as object;
    expect(new TextDecoder().decode(canonicalReceiptBytes(parsed))).toBe('{"7":"seven","__proto__":{"x":1},"a":1,"b":2}');
  });

  it('does not depend on key order', () => {
    const reversed = Object.fromEntries(Object.entries(receipt).reverse());
    expect(canonicalReceiptBytes(reversed)).toEqual(canonicalReceiptBytes(receipt));
  });

  it.each([31, 33, 0])('refuses a salt of %i bytes', (length) => {
    expect(() => commitReceipt(new Uint8Array(length), canonicalReceiptBytes(receipt))).toThrow(/ARGUMENT_INVALID/);
  });

  it('refuses a receipt that is not a JSON object', () => {
    expect(() => canonicalReceiptBytes([] as unknown as object)).toThrow(/ARGUMENT_INVALID/);
    expect(() => canonicalReceiptBytes({ x: Number.NaN })).toThrow();
  });
});
