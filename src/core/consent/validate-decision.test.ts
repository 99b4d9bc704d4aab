import { describe, expect, it } from 'vitest';
import { activity, declarationOf } from '../../../test/support/notice-fixtures.js';
import { derivePurposes } from '../notice/purposes.js';
import { toConsentEvents } from './to-events.js';
import type { ConsentActor, ConsentRequest, SubjectContext } from './types.js';
import { type CurrentNotice, validateConsentDecision } from './validate-decision.js';

const HASH = `sha256:${'a'.repeat(64)}`;

const NOTICE: CurrentNotice = {
  hash: HASH,
  purposes: derivePurposes(
    declarationOf(
      [
        activity('orders', { legal_basis: 'contract', data: ['shipping_address'], sale_or_share: true }),
        activity('ads', { data: ['device_id', 'face_image'], recipients: [{ name: 'AdNet', role: 'third_party' }] }),
        activity('newsletter', { data: ['email'] }),
      ],
      { jurisdictions: ['CN', 'US-CA'] },
    ),
  ),
};

const ADULT: SubjectContext = { age: 30, jurisdictions: ['CN', 'US-CA'] };

const request = (extra: Partial<ConsentRequest>): ConsentRequest => ({
  subject: 's1',
  processorId: 'shop',
  noticeHash: HASH,
  method: 'portal',
  actor: { kind: 'self' },
  decisions: [],
  ...extra,
});

const codes = (req: Partial<ConsentRequest>, subject: SubjectContext = ADULT) =>
  validateConsentDecision(request(req), NOTICE, subject).map((i) =>
    `${i.code} ${i.path.join('.')} ${String(i.params['value'] ?? i.params['age'] ?? '')}`.trim(),
  );

describe('validateConsentDecision', () => {
  it('accepts per-purpose decisions with each separate item decided on its own', () => {
    const decisions = [
      { purposeId: 'ads', action: 'grant' },
      { purposeId: 'ads#sensitive', action: 'grant' },
      { purposeId: 'ads#provision:adnet', action: 'refuse' },
      { purposeId: 'newsletter', action: 'refuse' },
      { purposeId: 'orders#sale-share', action: 'refuse' },
    ] as const;
    expect(codes({ decisions: [...decisions] })).toEqual([]);
  });

  it.each<[string, Partial<ConsentRequest>, string[]]>([
    [
      'PIPL art. 14: the notice shown must be the current one',
      { noticeHash: `sha256:${'b'.repeat(64)}` },
      [`CONSENT_NOTICE_OUTDATED noticeHash sha256:${'b'.repeat(64)}`],
    ],
    ['an unknown purpose id', { decisions: [{ purposeId: 'adz', action: 'grant' }] }, ['CONSENT_PURPOSE_UNKNOWN decisions.0.purposeId adz']],
    [
      'a purpose decided twice',
      {
        decisions: [
          { purposeId: 'newsletter', action: 'grant' },
          { purposeId: 'newsletter', action: 'refuse' },
        ],
      },
      ['CONSENT_DECISION_DUPLICATE decisions.1.purposeId newsletter'],
    ],
    [
      'PIPL art. 13(2): no consent for a contract purpose',
      { decisions: [{ purposeId: 'orders', action: 'refuse' }] },
      ['CONSENT_NOT_REQUIRED decisions.0.purposeId orders'],
    ],
    [
      'PIPL arts. 23, 29: "accept all" cannot grant separate items',
      { all: 'grant' },
      ['CONSENT_BUNDLED all ads#sensitive', 'CONSENT_BUNDLED all ads#provision:adnet'],
    ],
    [
      'accept all with one separate item listed still bundles the other',
      { all: 'grant', decisions: [{ purposeId: 'ads#sensitive', action: 'grant' }] },
      ['CONSENT_BUNDLED all ads#provision:adnet'],
    ],
    [
      '11 CCR § 7025: a GPC signal cannot grant',
      { method: 'gpc', decisions: [{ purposeId: 'orders#sale-share', action: 'grant' }] },
      ['VALUE_INVALID decisions.0.action grant'],
    ],
  ])('%s', (_, req, expected) => expect(codes(req)).toEqual(expected));

  it('suggests the near miss of an unknown id', () => {
    const [issue] = validateConsentDecision(request({ decisions: [{ purposeId: 'ads#sensitiv', action: 'grant' }] }), NOTICE, ADULT);
    expect(issue?.params).toEqual({ value: 'ads#sensitiv', suggestion: 'ads#sensitive' });
  });

  describe('near misses that are fine', () => {
    it('accept all with every separate item listed explicitly', () => {
      const decisions = [
        { purposeId: 'ads#sensitive', action: 'grant' },
        { purposeId: 'ads#provision:adnet', action: 'refuse' },
      ] as const;
      expect(codes({ all: 'grant', decisions: [...decisions] })).toEqual([]);
    });
    it('accept all when the purpose with separate items is refused explicitly', () => {
      expect(codes({ all: 'grant', decisions: [{ purposeId: 'ads', action: 'refuse' }] })).toEqual([]);
    });
    it('refuse all and withdraw all, which reach separate items too', () => {
      expect(codes({ all: 'refuse' })).toEqual([]);
      expect(codes({ all: 'withdraw' })).toEqual([]);
    });
    it('an opt-out of sale on a contract purpose (CCPA § 1798.120)', () => {
      expect(codes({ method: 'gpc', decisions: [{ purposeId: 'orders#sale-share', action: 'refuse' }] })).toEqual([]);
    });
  });
});

describe('validateConsentDecision: children', () => {
  const grant = { decisions: [{ purposeId: 'newsletter', action: 'grant' as const }] };
  const guardian: ConsentActor = { kind: 'guardian', verification: 'id_card_check' };
  const parent: ConsentActor = { kind: 'parent', verification: 'payment_card' };

  it.each<[string, SubjectContext, ConsentActor, string[]]>([
    ['PIPL art. 31: a child of 13 in China needs a guardian', { age: 13, jurisdictions: ['CN'] }, { kind: 'self' }, ['CONSENT_GUARDIAN_REQUIRED actor 14']],
    [
      'PIPL art. 31: a guardian must say how they were verified',
      { age: 13, jurisdictions: ['CN'] },
      { kind: 'guardian', verification: ' ' },
      ['CONSENT_GUARDIAN_REQUIRED actor 14'],
    ],
    [
      '16 CFR 312.5: a child of 12 in the US needs verifiable parental consent',
      { age: 12, jurisdictions: ['US-CA'] },
      { kind: 'self' },
      ['CONSENT_PARENTAL_REQUIRED actor 13'],
    ],
    ['16 CFR 312.5(b): the method must be a VPC method', { age: 12, jurisdictions: ['US'] }, guardian, ['CONSENT_PARENTAL_REQUIRED actor 13']],
    [
      'both laws for a child of 10 in CN and US',
      { age: 10, jurisdictions: ['CN', 'US-CA'] },
      { kind: 'self' },
      ['CONSENT_GUARDIAN_REQUIRED actor 14', 'CONSENT_PARENTAL_REQUIRED actor 13'],
    ],
  ])('%s', (_, subject, actor, expected) => expect(codes({ ...grant, actor }, subject)).toEqual(expected));

  it.each<[string, SubjectContext, ConsentActor]>([
    ['a person of 14 in China decides alone', { age: 14, jurisdictions: ['CN'] }, { kind: 'self' }],
    ['a person of 13 in the US decides alone', { age: 13, jurisdictions: ['US-CA'] }, { kind: 'self' }],
    ['a verified guardian for a child in China', { age: 9, jurisdictions: ['CN'] }, guardian],
    ['a parent with a VPC method satisfies both laws', { age: 9, jurisdictions: ['CN', 'US-CA'] }, parent],
    ['a child of 12 in Europe: neither law applies', { age: 12, jurisdictions: ['DE'] }, { kind: 'self' }],
  ])('near miss: %s', (_, subject, actor) => expect(codes({ ...grant, actor }, subject)).toEqual([]));

  it('accepts a refusal or withdrawal from the child: it only reduces processing', () => {
    expect(codes({ decisions: [{ purposeId: 'newsletter', action: 'withdraw' }] }, { age: 10, jurisdictions: ['CN', 'US'] })).toEqual([]);
  });

  it('takes a purpose declared for children to reach children when the age is unknown', () => {
    const kids: CurrentNotice = {
      hash: HASH,
      purposes: derivePurposes(declarationOf([activity('lessons', { minors: 'under_13' })], { jurisdictions: ['CN', 'US'] })),
    };
    const req = request({
      decisions: [
        { purposeId: 'lessons', action: 'grant' },
        { purposeId: 'lessons#sensitive', action: 'grant' },
      ],
    });
    const issues = validateConsentDecision(req, kids, { age: null, jurisdictions: ['CN', 'US'] }).map((i) => i.code);
    expect(issues).toEqual(['CONSENT_GUARDIAN_REQUIRED', 'CONSENT_PARENTAL_REQUIRED']);
  });
});

describe('toConsentEvents', () => {
  it('records one event per decided id; accept all reaches purposes but never separate items', () => {
    let n = 0;
    const events = toConsentEvents(request({ all: 'grant', decisions: [{ purposeId: 'ads#sensitive', action: 'grant' }] }), NOTICE.purposes, {
      time: '2026-03-01T10:00:00Z',
      newId: () => `e${++n}`,
    });
    expect(events.map((e) => [e.id, e.purposeId, e.action])).toEqual([
      ['e1', 'ads#sensitive', 'grant'],
      ['e2', 'ads', 'grant'],
      ['e3', 'newsletter', 'grant'],
    ]);
    expect(events[0]).toMatchObject({
      subject: 's1',
      processorId: 'shop',
      time: '2026-03-01T10:00:00Z',
      noticeHash: HASH,
      method: 'portal',
      actor: { kind: 'self' },
    });
  });

  it('lets refuse all reach every separate item, CCPA opt-outs included', () => {
    const events = toConsentEvents(request({ all: 'refuse' }), NOTICE.purposes, { time: '2026-03-01T10:00:00Z', newId: () => 'e' });
    expect(events.map((e) => e.purposeId)).toEqual(['orders#sale-share', 'ads', 'ads#sensitive', 'ads#provision:adnet', 'ads#limit-sensitive', 'newsletter']);
  });
});
