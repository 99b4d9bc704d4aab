import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validDeclarationArb } from '../../../test/support/arbitraries.js';
import { activity, declarationOf } from '../../../test/support/notice-fixtures.js';
import { parseDeclaration } from '../declaration/parse.js';
import { derivePurposes, recipientSlug } from './purposes.js';

type ActivityInput = Parameters<typeof activity>[1];

/** The separate items of a single activity: id, mode and citations. */
function itemsOf(extra: ActivityInput, jurisdictions: string[] = ['CN']) {
  const [purpose] = derivePurposes(declarationOf([activity('a', extra)], { jurisdictions }));
  return (purpose?.separate ?? []).map((s) => ({ id: s.id, mode: s.mode, cite: s.citations.map((c) => `${c.law} ${c.article}`) }));
}

describe('derivePurposes: separate-consent items', () => {
  const cases: { rule: string; extra: ActivityInput; jurisdictions?: string[]; expected: { id: string; mode: string; cite: string[] }[] }[] = [
    {
      rule: 'PIPL art. 29: sensitive PI',
      extra: { data: ['person_name', 'face_image'] },
      expected: [{ id: 'a#sensitive', mode: 'opt_in', cite: ['PIPL 29'] }],
    },
    {
      rule: 'PIPL arts. 28, 31: every category of a child under 14 is sensitive',
      extra: { data: ['person_name'], minors: 'under_14' },
      expected: [{ id: 'a#sensitive', mode: 'opt_in', cite: ['PIPL 29', 'PIPL 31'] }],
    },
    {
      rule: 'PIPL art. 23: provision to another processor',
      extra: { recipients: [{ name: 'AdNet Inc.', role: 'third_party' }] },
      expected: [{ id: 'a#provision:adnet-inc', mode: 'opt_in', cite: ['PIPL 23'] }],
    },
    { rule: 'PIPL art. 25: public disclosure', extra: { public_disclosure: true }, expected: [{ id: 'a#public', mode: 'opt_in', cite: ['PIPL 25'] }] },
    {
      rule: 'PIPL art. 39: cross-border provision',
      extra: { cross_border: { destination: 'SG', mechanism: 'standard_contract' } },
      expected: [{ id: 'a#cross-border', mode: 'opt_in', cite: ['PIPL 39'] }],
    },
    {
      rule: 'CCPA § 1798.120: sale/share is an opt-out',
      extra: { sale_or_share: true },
      jurisdictions: ['US-CA'],
      expected: [{ id: 'a#sale-share', mode: 'opt_out', cite: ['CCPA 1798.120', 'CCPA_REGS 7025'] }],
    },
    {
      rule: 'CCPA § 1798.120(c): sale/share of a child needs opt-in',
      extra: { sale_or_share: true, minors: 'under_13' },
      jurisdictions: ['US-CA'],
      expected: [{ id: 'a#sale-share', mode: 'opt_in', cite: ['CCPA 1798.120', 'COPPA 312.5'] }],
    },
    {
      rule: 'CCPA § 1798.121: limit the use of sensitive PI',
      extra: { data: ['precise_location'] },
      jurisdictions: ['US-CA'],
      expected: [{ id: 'a#limit-sensitive', mode: 'opt_out', cite: ['CCPA 1798.121'] }],
    },
  ];
  for (const { rule, extra, jurisdictions, expected } of cases) {
    it(rule, () => expect(itemsOf(extra, jurisdictions)).toEqual(expected));
  }

  describe('near misses', () => {
    it('asks nothing separately when the legal basis is not consent (PIPL art. 13(2))', () => {
      expect(itemsOf({ legal_basis: 'contract', data: ['face_image'], public_disclosure: true, recipients: [{ name: 'B', role: 'third_party' }] })).toEqual([]);
    });
    it('asks nothing for an entrusted party or a joint processor (arts. 20, 21 need no consent)', () => {
      expect(
        itemsOf({
          recipients: [
            { name: 'B', role: 'entrusted' },
            { name: 'C', role: 'joint' },
          ],
        }),
      ).toEqual([]);
    });
    it('has no PIPL items where China is not a jurisdiction', () => {
      expect(itemsOf({ data: ['face_image'], public_disclosure: true }, ['US-NY'])).toEqual([]);
    });
    it('has no CCPA items outside California', () => {
      expect(itemsOf({ legal_basis: 'contract', data: ['precise_location'], sale_or_share: true }, ['CN', 'US-NY'])).toEqual([]);
    });
    it('treats a category sensitive only in China as no reason for the CCPA limit', () => {
      expect(itemsOf({ legal_basis: 'contract', data: ['marital_status'] }, ['US-CA'])).toEqual([]);
    });
  });

  it('keeps two recipients with the same slug apart', () => {
    const ids = itemsOf({
      recipients: [
        { name: 'Ad Net', role: 'third_party' },
        { name: 'ad-net', role: 'third_party' },
      ],
    }).map((i) => i.id);
    expect(ids).toEqual(['a#provision:ad-net', 'a#provision:ad-net-2']);
  });
});

describe('derivePurposes: the purpose itself', () => {
  it.each([
    ['contract', false, true, false],
    ['legal_duty', false, true, false],
    ['consent', true, true, true],
    ['consent', false, false, true],
  ] as const)('legal basis %s with necessary: %s -> necessary %s, consent required %s', (legal_basis, necessary, isNecessary, needsConsent) => {
    const [purpose] = derivePurposes(declarationOf([activity('a', { legal_basis, necessary })]));
    expect(purpose?.necessary).toBe(isNecessary);
    expect(purpose?.consent_required).toBe(needsConsent);
  });

  it('lists sensitive categories per jurisdiction and the methods the activity uses', () => {
    const extra: ActivityInput = {
      data: ['nationality', 'marital_status', 'email'],
      recipients: [{ name: 'Svc', role: 'entrusted' }],
      cross_border: { destination: 'US' },
      automated_decision: { used: true },
    };
    const [purpose] = derivePurposes(declarationOf([activity('a', extra)], { jurisdictions: ['CN', 'US-CA'] }));
    expect(purpose?.sensitive_cn).toEqual(['marital_status']);
    expect(purpose?.sensitive_us_ca).toEqual(['nationality']);
    expect(purpose?.sensitive).toEqual(['marital_status', 'nationality']);
    expect(purpose?.methods).toEqual(['collect', 'store', 'use', 'entrust', 'transfer_abroad', 'automated_decision']);
  });

  it('gives every separate item a unique id that names its purpose, for any declaration', () => {
    fc.assert(
      fc.property(validDeclarationArb, (input) => {
        const parsed = parseDeclaration(input);
        if (!parsed.ok) return;
        const purposes = derivePurposes(parsed.declaration);
        const ids = purposes.flatMap((p) => [p.id, ...p.separate.map((s) => s.id)]);
        expect(new Set(ids).size).toBe(ids.length);
        for (const p of purposes) for (const s of p.separate) expect(s.id.startsWith(`${p.id}#`)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('recipientSlug', () => {
  it.each([
    ['AdNet Inc.', 'adnet-inc'],
    ['  X   Logistics ', 'x-logistics'],
    ['某某物流有限公司', '某某物流有限公司'],
    ['ＡＢＣ', 'abc'],
    ['...', 'recipient'],
  ])('%s -> %s', (name, slug) => expect(recipientSlug(name)).toBe(slug));
});
