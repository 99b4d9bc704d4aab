import { describe, expect, it } from 'vitest';
import { activity, declarationOf } from '../../../test/support/notice-fixtures.js';
import { derivePurposes } from '../notice/purposes.js';
import { foldConsentState } from './fold.js';
import { applyGlobalPrivacyControl, type GpcSignal } from './gpc.js';
import type { ConsentEvent } from './types.js';

const purposes = (jurisdictions: string[]) =>
  derivePurposes(
    declarationOf(
      [
        activity('orders', { legal_basis: 'contract', data: ['shipping_address'] }),
        activity('ads', { data: ['device_id'], sale_or_share: true }),
        activity('kids-ads', { data: ['device_id'], sale_or_share: true, minors: 'under_13' }),
      ],
      { jurisdictions },
    ),
  );

const signal = (): GpcSignal => {
  let n = 0;
  return { subject: 's1', processorId: 'shop', time: '2026-05-01T00:00:00Z', noticeHash: 'sha256:v1', newId: () => `gpc${++n}` };
};

describe('applyGlobalPrivacyControl (Cal. Civ. Code § 1798.120; 11 CCR § 7025)', () => {
  it('records an opt-out of every sale/share item in California, by the gpc method', () => {
    const events = applyGlobalPrivacyControl(purposes(['CN', 'US-CA']), ['US-CA'], signal());
    expect(events.map((e) => [e.id, e.purposeId, e.action, e.method])).toEqual([
      ['gpc1', 'ads#sale-share', 'refuse', 'gpc'],
      ['gpc2', 'kids-ads#sale-share', 'refuse', 'gpc'],
    ]);
    expect(events[0]).toMatchObject({ subject: 's1', processorId: 'shop', time: '2026-05-01T00:00:00Z', noticeHash: 'sha256:v1', actor: { kind: 'self' } });
  });

  it('withdraws an earlier opt-in and skips items already opted out', () => {
    const earlier: ConsentEvent[] = [
      {
        id: 'e1',
        subject: 's1',
        processorId: 'shop',
        purposeId: 'kids-ads#sale-share',
        action: 'grant',
        time: '2026-04-01T00:00:00Z',
        noticeHash: 'sha256:v1',
        method: 'portal',
        actor: { kind: 'parent', verification: 'payment_card' },
      },
      {
        id: 'e2',
        subject: 's1',
        processorId: 'shop',
        purposeId: 'ads#sale-share',
        action: 'refuse',
        time: '2026-04-01T00:00:00Z',
        noticeHash: 'sha256:v1',
        method: 'gpc',
        actor: { kind: 'self' },
      },
    ];
    const current = foldConsentState(earlier, '2026-05-01T00:00:00Z');
    const events = applyGlobalPrivacyControl(purposes(['US-CA']), ['US-CA'], signal(), current);
    expect(events.map((e) => [e.purposeId, e.action])).toEqual([['kids-ads#sale-share', 'withdraw']]);
  });

  it.each([
    ['the request comes from outside California', ['CN', 'US-CA'], ['CN', 'US-NY']],
    ['the processor has no California purposes', ['CN'], ['US-CA']],
  ])('records nothing when %s', (_, declared, requestJurisdictions) => {
    expect(applyGlobalPrivacyControl(purposes(declared), requestJurisdictions, signal())).toEqual([]);
  });
});
