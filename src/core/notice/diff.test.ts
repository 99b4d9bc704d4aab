import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activity, CONTEXT, declarationOf } from '../../../test/support/notice-fixtures.js';
import { buildNotice } from './build-notice.js';
import { consentImpact } from './consent-impact.js';
import { diffNotices } from './diff.js';
import { diffLines, diffNoticeText } from './line-diff.js';
import type { Notice } from './types.js';

type ActivityInput = Parameters<typeof activity>[1];

const BASE: ActivityInput = {
  purpose: 'Recommend products',
  data: ['app_usage', 'device_id'],
  recipients: [{ name: 'Svc', role: 'entrusted' }],
  retention: 'P1Y',
};

const noticeOf = (extra: ActivityInput, others: ReturnType<typeof activity>[] = []): Notice =>
  buildNotice(declarationOf([activity('ads', { ...BASE, ...extra }), ...others]), CONTEXT);

/** The consent impact of changing the `ads` activity from BASE to BASE + `extra`: fresh ids and notice-only reasons. */
function impactOf(extra: ActivityInput, before: ActivityInput = {}) {
  const impact = consentImpact(diffNotices(noticeOf(before), noticeOf(extra)));
  return {
    fresh: impact.fresh.map((f) => `${f.id} ${f.reasons.join('+')} [${f.citations.map((c) => `${c.law} ${c.article}`).join(', ')}]`),
    notice: impact.notice_only.flatMap((n) => n.reasons),
  };
}

describe('diffNotices', () => {
  it('reports purposes added and removed, and per purpose what changed', () => {
    const before = noticeOf({}, [activity('old')]);
    const after = noticeOf({ data: ['app_usage', 'email'], retention: 'P2Y', cross_border: { destination: 'SG' } }, [activity('new')]);
    const diff = diffNotices(before, after);
    expect(diff.purposes_added.map((p) => p.id)).toEqual(['new']);
    expect(diff.purposes_removed.map((p) => p.id)).toEqual(['old']);
    const [ads] = diff.purposes_changed;
    expect(ads?.data_added).toEqual(['email']);
    expect(ads?.data_removed).toEqual(['device_id']);
    expect(ads?.retention).toEqual({ from: 'P1Y', to: 'P2Y' });
    expect(ads?.methods_added).toEqual(['transfer_abroad']);
    expect(ads?.cross_border).toEqual({ from: null, to: { destination: 'SG', mechanism: 'none' } });
    expect(ads?.separate_added.map((s) => s.id)).toEqual(['ads#cross-border']);
  });

  it('finds nothing between a notice and itself', () => {
    const notice = noticeOf({});
    expect(diffNotices(notice, notice)).toEqual({ purposes_added: [], purposes_removed: [], purposes_changed: [], processor_changed: [], jurisdictions: null });
  });

  it('reports processor details that changed', () => {
    const before = noticeOf({});
    const after = buildNotice(declarationOf([activity('ads', BASE)]), { ...CONTEXT, email: 'new@example.test', withdraw_url: 'https://example.test/w' });
    expect(diffNotices(before, after).processor_changed).toEqual(['email', 'limit_url', 'opt_out_url', 'withdraw_url']);
  });
});

describe('consentImpact: fresh consent (PIPL art. 14(2))', () => {
  it.each<[string, ActivityInput, ActivityInput, string[]]>([
    ['a change of purpose', { purpose: 'Sell ads' }, {}, ['ads purpose_changed [PIPL 14]']],
    ['a new PI category', { data: ['app_usage', 'device_id', 'email'] }, {}, ['ads data_added [PIPL 14]']],
    [
      'a new sensitive category: the purpose and its new sensitive item',
      { data: ['app_usage', 'device_id', 'face_image'] },
      {},
      ['ads data_added [PIPL 14]', 'ads#sensitive data_added [PIPL 14, PIPL 29]'],
    ],
    ['a new processing method', { automated_decision: { used: true } }, {}, ['ads method_added [PIPL 14]']],
    ['consent becoming the legal basis', {}, { legal_basis: 'contract' }, ['ads legal_basis_now_consent [PIPL 14]']],
    [
      'children entering the audience (art. 31)',
      { minors: 'under_14' },
      {},
      ['ads minors_now_children [PIPL 14]', 'ads#sensitive minors_now_children [PIPL 14, PIPL 29, PIPL 31]'],
    ],
    [
      'a new recipient that is another processor (art. 23)',
      { recipients: [...(BASE.recipients ?? []), { name: 'AdNet', role: 'third_party' }] },
      {},
      ['ads method_added [PIPL 14]', 'ads#provision:adnet method_added [PIPL 14, PIPL 23]'],
    ],
    [
      'a second third party: only its own item is asked',
      {
        recipients: [
          { name: 'A', role: 'third_party' },
          { name: 'B', role: 'third_party' },
        ],
      },
      { recipients: [{ name: 'A', role: 'third_party' }] },
      ['ads#provision:b separate_item_added [PIPL 14, PIPL 23]'],
    ],
    [
      'a new cross-border destination (art. 39)',
      { cross_border: { destination: 'SG' } },
      { cross_border: { destination: 'US' } },
      ['ads#cross-border separate_item_added [PIPL 14, PIPL 39]'],
    ],
  ])('%s', (_, after, before, fresh) => expect(impactOf(after, before).fresh).toEqual(fresh));
});

describe('consentImpact: notice only (PIPL art. 17(2))', () => {
  it.each<[string, ActivityInput, ActivityInput, string[]]>([
    ['a longer retention', { retention: 'P2Y' }, {}, ['retention_changed']],
    ['fewer categories', { data: ['app_usage'] }, {}, ['data_removed']],
    ['a method dropped', {}, { automated_decision: { used: true } }, ['method_removed']],
    [
      'a new entrusted party (art. 21 needs no consent)',
      {
        recipients: [
          { name: 'Svc', role: 'entrusted' },
          { name: 'Svc2', role: 'entrusted' },
        ],
      },
      {},
      ['recipients_changed'],
    ],
    [
      'a change of cross-border mechanism',
      { cross_border: { destination: 'SG', mechanism: 'standard_contract' } },
      { cross_border: { destination: 'SG' } },
      ['cross_border_changed'],
    ],
    ['leaving consent for another basis', { legal_basis: 'contract' }, {}, ['legal_basis_changed', 'necessary_changed']],
  ])('%s', (_, after, before, reasons) => {
    const impact = impactOf(after, before);
    expect(impact.fresh).toEqual([]);
    expect(impact.notice).toEqual(reasons);
  });

  it('never asks again for a purpose that does not rest on consent (art. 13(2))', () => {
    const impact = impactOf({ legal_basis: 'contract', purpose: 'Other', data: ['email'] }, { legal_basis: 'contract' });
    expect(impact.fresh).toEqual([]);
    expect(impact.notice).toEqual(['purpose_changed', 'data_added', 'data_removed']);
  });

  it('asks for new consent-based purposes and tells about removed ones and processor changes', () => {
    const before = buildNotice(declarationOf([activity('a'), activity('b', { legal_basis: 'contract' })]), CONTEXT);
    const after = buildNotice(declarationOf([activity('c', { data: ['face_image'] }), activity('d', { legal_basis: 'contract' })]), {
      ...CONTEXT,
      legal_name: 'New Co.',
    });
    const impact = consentImpact(diffNotices(before, after));
    expect(impact.fresh.map((f) => f.id)).toEqual(['c', 'c#sensitive']);
    expect(impact.notice_only.map((n) => [n.purpose_id, ...n.reasons])).toEqual([
      ['d', 'purpose_added'],
      ['a', 'purpose_removed'],
      ['b', 'purpose_removed'],
      [null, 'processor_changed'],
    ]);
  });
});

describe('diffLines', () => {
  it('keeps common lines and shows removals before additions', () => {
    expect(diffLines('a\nb\nc', 'a\nx\nc\nd')).toEqual([
      { op: 'equal', line: 'a' },
      { op: 'remove', line: 'b' },
      { op: 'add', line: 'x' },
      { op: 'equal', line: 'c' },
      { op: 'add', line: 'd' },
    ]);
    expect(diffLines('', '')).toEqual([]);
  });

  it('rebuilds both texts and keeps a longest common subsequence', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 12 });
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const diff = diffLines(a.join('\n'), b.join('\n'));
        expect(diff.filter((d) => d.op !== 'add').map((d) => d.line)).toEqual(a);
        expect(diff.filter((d) => d.op !== 'remove').map((d) => d.line)).toEqual(b);
        // Nothing is both removed and added when a longer match was possible: equal lines = LCS length.
        const lcs = (x: string[], y: string[]): number => {
          const t = new Map<string, number>();
          const at = (i: number, j: number) => t.get(`${i},${j}`) ?? 0;
          for (let i = x.length - 1; i >= 0; i--) {
            for (let j = y.length - 1; j >= 0; j--) t.set(`${i},${j}`, x[i] === y[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1)));
          }
          return at(0, 0);
        };
        expect(diff.filter((d) => d.op === 'equal').length).toBe(lcs(a, b));
      }),
    );
  });

  it('shows a changed notice line by line in either language', () => {
    const diff = diffNoticeText(noticeOf({}), noticeOf({ retention: 'P2Y' }), 'zh-CN', 1);
    expect(diff.filter((d) => d.op !== 'equal')).toEqual([
      { op: 'remove', line: '保存期限：1年，到期后删除。' },
      { op: 'add', line: '保存期限：2年，到期后删除。' },
    ]);
  });
});
