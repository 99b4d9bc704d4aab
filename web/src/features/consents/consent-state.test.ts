import { describe, expect, it } from 'vitest';
import type { Purpose, SeparateItem } from '../../../../src/core/notice/types.js';
import type { ConsentAnswer, ConsentEventRow, ReceiptSummary } from './api/types';
import { decisionsFrom, historyOf, initialChoices, processorsFromReceipts, purposeOf, withdrawable } from './consent-state';

const item = (id: string, mode: SeparateItem['mode'] = 'opt_in'): SeparateItem => ({
  id,
  kind: mode === 'opt_in' ? 'sensitive' : 'limit-sensitive',
  purpose_id: purposeOf(id),
  mode,
  data: ['precise_location'],
  recipient: null,
  destination: null,
  citations: [],
});

const purpose = (id: string, extra: Partial<Purpose> = {}): Purpose => ({
  id,
  purpose: id,
  legal_basis: 'consent',
  data: ['email'],
  sensitive: [],
  sensitive_cn: [],
  sensitive_us_ca: [],
  necessary: false,
  consent_required: true,
  minors: 'none',
  methods: ['collect'],
  recipients: [],
  cross_border: null,
  retention: null,
  sale_or_share: false,
  separate: [],
  ...extra,
});

const PURPOSES = [
  purpose('orders', { legal_basis: 'contract', necessary: true, consent_required: false }),
  purpose('newsletter'),
  purpose('pickup', { separate: [item('pickup#sensitive'), item('pickup#limit-sensitive', 'opt_out')] }),
];

const answer = (purposeId: string, reason: ConsentAnswer['reason'], items: ConsentAnswer['items'] = []): ConsentAnswer => ({
  purposeId,
  asOf: '2026-01-01T00:00:00.000Z',
  allowed: reason === 'GRANTED' || reason === 'NOT_CONSENT_BASED',
  reason,
  basis: 'consent',
  missing: [],
  restrictions: [],
  items,
  deciding: null,
});

describe('initialChoices', () => {
  it('pre-ticks nothing for a person who never decided, but leaves opt-out items allowed', () => {
    expect(initialChoices(PURPOSES, [])).toEqual({ newsletter: false, pickup: false, 'pickup#sensitive': false, 'pickup#limit-sensitive': true });
  });

  it('starts from what the person decided and what still counts', () => {
    const answers = [
      answer('newsletter', 'GRANTED'),
      answer('pickup', 'SEPARATE_CONSENT_MISSING', [
        { id: 'pickup#sensitive', kind: 'sensitive', mode: 'opt_in', status: 'withdrawn', allowed: false },
        { id: 'pickup#limit-sensitive', kind: 'limit-sensitive', mode: 'opt_out', status: 'refused', allowed: false },
      ]),
    ];
    expect(initialChoices(PURPOSES, answers)).toEqual({ newsletter: true, pickup: true, 'pickup#sensitive': false, 'pickup#limit-sensitive': false });
    // A grant given on an earlier notice that asked again (PIPL art. 14(2)) no longer counts.
    expect(initialChoices(PURPOSES, [answer('newsletter', 'SUPERSEDED')])['newsletter']).toBe(false);
  });
});

describe('decisionsFrom', () => {
  const initial = initialChoices(PURPOSES, []);

  it('decides every consent-based purpose and every opt-in item explicitly, never a purpose on another basis', () => {
    const choices = { ...initial, newsletter: true, pickup: true, 'pickup#sensitive': true };
    expect(decisionsFrom(PURPOSES, choices, initial)).toEqual([
      { purpose: 'newsletter', action: 'grant' },
      { purpose: 'pickup', action: 'grant' },
      { purpose: 'pickup#sensitive', action: 'grant' },
    ]);
  });

  it('refuses the separate item of a refused purpose with it', () => {
    const choices = { ...initial, pickup: false, 'pickup#sensitive': true };
    expect(decisionsFrom(PURPOSES, choices, initial)).toContainEqual({ purpose: 'pickup#sensitive', action: 'refuse' });
  });

  it('sends an opt-out item only when the person changed it', () => {
    expect(decisionsFrom(PURPOSES, initial, initial).map((d) => d.purpose)).not.toContain('pickup#limit-sensitive');
    expect(decisionsFrom(PURPOSES, { ...initial, 'pickup#limit-sensitive': false }, initial)).toContainEqual({
      purpose: 'pickup#limit-sensitive',
      action: 'refuse',
    });
  });
});

describe('withdrawable', () => {
  it('offers the purpose while granted and each granted item', () => {
    const items = [
      { id: 'pickup#sensitive', kind: 'sensitive' as const, mode: 'opt_in' as const, status: 'granted' as const, allowed: true },
      { id: 'pickup#limit-sensitive', kind: 'limit-sensitive' as const, mode: 'opt_out' as const, status: 'not_asked' as const, allowed: true },
    ];
    expect(withdrawable(answer('pickup', 'GRANTED', items))).toEqual(['pickup', 'pickup#sensitive']);
    expect(withdrawable(answer('newsletter', 'WITHDRAWN'))).toEqual([]);
    expect(withdrawable(answer('orders', 'NOT_CONSENT_BASED'))).toEqual([]);
  });
});

describe('processorsFromReceipts', () => {
  const receipt = (id: string, name: string, time: string): ReceiptSummary => ({
    receipt_id: `${id}-${time}`,
    processor: { id, name },
    purposes: [{ id: 'x' }],
    event: { state: 'given', time },
  });

  it('lists each processor once, the most recent decision first', () => {
    const list = processorsFromReceipts([
      receipt('a', 'Shop', '2026-01-01T00:00:00.000Z'),
      receipt('b', 'Rides', '2026-01-02T00:00:00.000Z'),
      receipt('a', 'Shop', '2026-01-03T00:00:00.000Z'),
    ]);
    expect(list).toEqual([
      { id: 'a', name: 'Shop', last: '2026-01-03T00:00:00.000Z' },
      { id: 'b', name: 'Rides', last: '2026-01-02T00:00:00.000Z' },
    ]);
  });
});

describe('historyOf', () => {
  const event = (seq: number, purpose_id: string): ConsentEventRow => ({
    seq,
    receipt_id: `r${seq}`,
    processor_id: 'p',
    purpose_id,
    action: 'grant',
    method: 'portal',
    actor_kind: 'self',
    notice_hash: 'sha256:0',
    occurred_at: '2026-01-01T00:00:00.000Z',
  });

  it('gives a purpose its own and its items’ events, newest first', () => {
    const events = [event(1, 'pickup'), event(2, 'newsletter'), event(3, 'pickup#sensitive')];
    expect(historyOf(events, 'pickup').map((e) => e.seq)).toEqual([3, 1]);
  });
});
