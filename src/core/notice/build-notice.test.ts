import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validDeclarationArb } from '../../../test/support/arbitraries.js';
import { activity, CONTEXT, declarationOf, SHOP } from '../../../test/support/notice-fixtures.js';
import { parseDeclaration } from '../declaration/parse.js';
import { LAW_CODES } from '../rules/vocabulary.js';
import { buildNotice } from './build-notice.js';
import { durationInWords } from './plain-words.js';
import type { Layer2, Notice } from './types.js';

const itemIds = (layer: Layer2): string[] => layer.sections.flatMap((s) => s.items.map((i) => i.id));
const citationsOf = (notice: Notice, id: string): string[] =>
  notice.layer2.en.sections
    .flatMap((s) => s.items)
    .find((i) => i.id === id)
    ?.citations.map((c) => `${c.law} ${c.article}`) ?? [];

describe('durationInWords', () => {
  it.each([
    ['P3Y', '3 years', '3年'],
    ['P1Y', '1 year', '1年'],
    ['P6M', '6 months', '6个月'],
    ['P1Y6M', '1 year 6 months', '1年6个月'],
    ['P2W', '2 weeks', '2周'],
    ['P90D', '90 days', '90天'],
    ['PT24H', '24 hours', '24小时'],
    ['PT30M', '30 minutes', '30分钟'],
  ])('%s -> "%s" / "%s"', (iso, en, zh) => expect(durationInWords(iso)).toEqual({ en, zh }));

  it.each(['P', 'PT', '3Y', 'P0D', 'P1.5Y', 'forever'])('refuses %s', (iso) => expect(durationInWords(iso)).toBeNull());
});

describe('buildNotice: layer 1', () => {
  const notice = buildNotice(SHOP, CONTEXT);

  it('says who processes, and per purpose which data, in plain labels in both languages', () => {
    expect(notice.layer1.en.who).toBe('Processed by Example Co. Ltd. Contact: privacy@example.test, 400-000-0000.');
    expect(notice.layer1.zh.purposes[0]?.data).toBe('个人信息：手机号码、姓名、收货地址和支付记录。');
    expect(notice.layer1.en.purposes[0]?.data).toBe('Data: Mobile phone number, Name, Shipping address and Payment record.');
  });

  it('flags sensitive PI with why it is needed and the impact per family (PIPL art. 30)', () => {
    const sensitive = notice.layer1.en.purposes[1]?.sensitive;
    expect(sensitive?.why).toBe('Why we need sensitive information: Recommend products.');
    expect(sensitive?.items.map((s) => s.family)).toEqual(['location', 'behaviour']);
    expect(sensitive?.items[0]?.text).toBe('location and whereabouts (Precise location): It shows where you live and go; misuse can endanger you.');
  });

  it('names recipients with their role, where it goes abroad, and retention in words', () => {
    const [order, marketing] = notice.layer1.zh.purposes;
    expect(order?.recipients).toBe('接收方：X Logistics（受我们委托处理）。');
    expect(order?.abroad).toBe('向境外提供：美国。');
    expect(order?.retention).toBe('保存期限：3年，到期后删除。');
    expect(marketing?.recipients).toBe('接收方：AdNet Inc.（作为其他个人信息处理者自行处理）。');
    expect(marketing?.abroad).toBeNull();
  });

  it('tells optional purposes from necessary ones (PIPL art. 16) and lists the separate choices', () => {
    expect(notice.layer1.en.purposes.map((p) => p.basis)).toEqual([
      'Needed for a contract with you; we do not ask for consent.',
      'Optional: only with your consent; saying no does not affect the service.',
    ]);
    expect(notice.layer1.en.purposes[1]?.choices.map((c) => c.id)).toEqual([
      'marketing#sensitive',
      'marketing#provision:adnet-inc',
      'marketing#sale-share',
      'marketing#limit-sensitive',
    ]);
  });

  it('ends with the rights and how to withdraw (PIPL art. 15)', () => {
    expect(notice.layer1.en.withdraw).toContain(CONTEXT.withdraw_url);
    expect(notice.layer1.zh.rights).toContain(CONTEXT.rights_url);
  });

  it('uses the processor’s translation and its own why and impact when the context gives them', () => {
    const context = {
      ...CONTEXT,
      purpose_text: { marketing: { zh: '推荐商品' } },
      sensitive_text: { marketing: { why: { en: 'Nearby offers need your location.' }, impact: { en: 'We could learn where you shop.' } } },
    };
    const custom = buildNotice(SHOP, context);
    expect(custom.layer1.zh.purposes[1]?.title).toBe('推荐商品');
    expect(custom.layer1.en.purposes[1]?.sensitive?.why).toBe('Why we need sensitive information: Nearby offers need your location.');
    expect(custom.layer1.en.purposes[1]?.sensitive?.items).toEqual([
      { family: 'custom', data: ['precise_location', 'purchase_history'], text: 'Precise location and Purchase history: We could learn where you shop.' },
    ]);
  });
});

describe('buildNotice: layer 2', () => {
  const notice = buildNotice(SHOP, {
    ...CONTEXT,
    officer: { name: 'Li Wei', email: 'dpo@example.test' },
    representative: { name: 'Rep Ltd.', contact: 'rep@example.test' },
  });

  it('has every PIPL art. 17(1) item with its citation', () => {
    for (const id of [
      'controller.identity',
      'order-fulfilment.purpose',
      'order-fulfilment.methods',
      'order-fulfilment.data',
      'order-fulfilment.retention',
      'rights.exercise',
    ]) {
      expect(citationsOf(notice, id)).toContain('PIPL 17');
    }
    expect(citationsOf(notice, 'order-fulfilment.retention')).toEqual(['PIPL 17', 'PIPL 19', 'PIPL 47']);
    expect(citationsOf(notice, 'rights.withdraw')).toEqual(['PIPL 15']);
  });

  it('adds the items of arts. 21, 23, 24, 30, 39, 52, 53 where they apply', () => {
    expect(citationsOf(notice, 'order-fulfilment.recipient:x-logistics')).toEqual(['PIPL 21']);
    expect(citationsOf(notice, 'order-fulfilment.cross-border')).toEqual(['PIPL 38', 'PIPL 39']);
    expect(citationsOf(notice, 'marketing.recipient:adnet-inc')).toEqual(['PIPL 23']);
    expect(citationsOf(notice, 'marketing.sensitive')).toEqual(['PIPL 28', 'PIPL 29', 'PIPL 30']);
    expect(citationsOf(notice, 'marketing.automated')).toEqual(['PIPL 24']);
    expect(citationsOf(notice, 'controller.officer')).toEqual(['PIPL 52']);
    expect(citationsOf(notice, 'controller.representative')).toEqual(['PIPL 53']);
    expect(notice.layer2.zh.sections[0]?.items[1]?.text).toBe('个人信息保护负责人：Li Wei，dpo@example.test。');
  });

  it('has the CCPA notice at collection for US-CA, with the opt-out link and GPC', () => {
    const ccpa = notice.layer2.en.sections.find((s) => s.id === 'ccpa');
    expect(ccpa?.items.map((i) => i.id)).toEqual([
      'ccpa.categories',
      'ccpa.purposes',
      'ccpa.sale-share',
      'ccpa.opt-out',
      'ccpa.retention',
      'ccpa.limit-sensitive',
    ]);
    expect(citationsOf(notice, 'ccpa.opt-out')).toEqual(['CCPA 1798.120', 'CCPA 1798.135', 'CCPA_REGS 7025']);
    expect(ccpa?.items[0]?.text).toBe(
      'Categories of personal information we collect: Mobile phone number, Name, Shipping address, Payment record, Purchase history, Device identifier and Precise location. Sensitive personal information: Precise location.',
    );
  });

  it('has no CCPA section and no US items for a China-only processor (near miss)', () => {
    const cnOnly = buildNotice(SHOP, CONTEXT, { jurisdictions: ['CN'] });
    expect(itemIds(cnOnly.layer2.en).filter((id) => id.startsWith('ccpa'))).toEqual([]);
    expect(cnOnly.purposes[1]?.separate.map((s) => s.kind)).toEqual(['sensitive', 'provision']);
  });

  it('adds the guardian (PIPL art. 31) and COPPA items for children', () => {
    const kids = buildNotice(declarationOf([activity('lessons', { minors: 'under_13' })], { jurisdictions: ['CN', 'US'] }), CONTEXT);
    expect(citationsOf(kids, 'lessons.minors-cn')).toEqual(['PIPL 31', 'CAC_CHILDREN_2019 9']);
    expect(citationsOf(kids, 'lessons.minors-us')).toEqual(['COPPA 312.4', 'COPPA 312.5', 'COPPA 312.6']);
  });

  it('is the same in both languages item for item, and every item cites a known law, for any declaration', () => {
    fc.assert(
      fc.property(validDeclarationArb, (input) => {
        const parsed = parseDeclaration(input);
        if (!parsed.ok) return;
        const built = buildNotice(parsed.declaration, CONTEXT);
        expect(itemIds(built.layer2.zh)).toEqual(itemIds(built.layer2.en));
        for (const item of built.layer2.en.sections.flatMap((s) => s.items)) {
          expect(item.citations.length).toBeGreaterThan(0);
          for (const c of item.citations) expect(LAW_CODES).toContain(c.law);
        }
        expect(built.layer1.zh.purposes.map((p) => p.id)).toEqual(parsed.declaration.activities.map((a) => a.id));
      }),
      { numRuns: 150 },
    );
  });
});
