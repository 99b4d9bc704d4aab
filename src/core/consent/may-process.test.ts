import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activity, declarationOf } from '../../../test/support/notice-fixtures.js';
import { derivePurposes } from '../notice/purposes.js';
import type { Purpose } from '../notice/types.js';
import { foldConsentState } from './fold.js';
import { applyGlobalPrivacyControl } from './gpc.js';
import { mayProcess } from './may-process.js';
import type { ConsentAction, ConsentEvent } from './types.js';

const SCOPE = { subject: 's1', processorId: 'shop' };
const NOW = '2026-06-01T00:00:00Z';

const PURPOSES = derivePurposes(
  declarationOf(
    [
      activity('orders', { legal_basis: 'contract', data: ['shipping_address', 'precise_location'], sale_or_share: true }),
      activity('lessons', { data: ['voiceprint'], necessary: true }),
      activity('ads', { data: ['device_id', 'face_image'], recipients: [{ name: 'AdNet', role: 'third_party' }], sale_or_share: true }),
      activity('newsletter', { data: ['email'] }),
    ],
    { jurisdictions: ['CN', 'US-CA'] },
  ),
);
const purpose = (id: string): Purpose => {
  const found = PURPOSES.find((p) => p.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};

let n = 0;
const decide = (purposeId: string, action: ConsentAction, time = '2026-05-01T00:00:00Z'): ConsentEvent => ({
  id: `e${++n}`,
  ...SCOPE,
  purposeId,
  action,
  time,
  noticeHash: 'sha256:v1',
  method: 'portal',
  actor: { kind: 'self' },
});
const answer = (id: string, events: ConsentEvent[]) => mayProcess(foldConsentState(events, NOW), purpose(id), NOW, SCOPE);

describe('mayProcess', () => {
  it('allows a purpose on another legal basis without consent (PIPL art. 13(2))', () => {
    expect(answer('orders', [])).toMatchObject({ allowed: true, reason: 'NOT_CONSENT_BASED', basis: 'contract', missing: [] });
  });

  it.each<[string, ConsentEvent[], boolean, string, string[]]>([
    ['never asked', [], false, 'NOT_ASKED', ['ads', 'ads#sensitive', 'ads#provision:adnet']],
    ['refused', [decide('ads', 'refuse')], false, 'REFUSED', ['ads', 'ads#sensitive', 'ads#provision:adnet']],
    [
      'granted, separate items missing (arts. 23, 29)',
      [decide('ads', 'grant'), decide('ads#sensitive', 'grant')],
      false,
      'SEPARATE_CONSENT_MISSING',
      ['ads#provision:adnet'],
    ],
    [
      'granted with every separate item',
      [decide('ads', 'grant'), decide('ads#sensitive', 'grant'), decide('ads#provision:adnet', 'grant')],
      true,
      'GRANTED',
      [],
    ],
    [
      'withdrawn after the grant (art. 15)',
      [decide('ads', 'grant'), decide('ads#sensitive', 'grant'), decide('ads#provision:adnet', 'grant'), decide('ads', 'withdraw', '2026-05-02T00:00:00Z')],
      false,
      'WITHDRAWN',
      ['ads'],
    ],
  ])('a consent-based purpose %s', (_, events, allowed, reason, missing) => {
    expect(answer('ads', events)).toMatchObject({ allowed, reason, missing });
  });

  it('reports CCPA opt-outs as restrictions that do not stop the purpose', () => {
    const events = applyGlobalPrivacyControl(PURPOSES, ['US-CA'], { ...SCOPE, time: '2026-05-01T00:00:00Z', noticeHash: 'sha256:v1', newId: () => `g${++n}` });
    const orders = answer('orders', [...events, decide('orders#limit-sensitive', 'refuse')]);
    expect(orders).toMatchObject({ allowed: true, restrictions: ['orders#sale-share', 'orders#limit-sensitive'] });
    expect(orders.items.map((i) => [i.id, i.allowed])).toEqual([
      ['orders#sale-share', false],
      ['orders#limit-sensitive', false],
    ]);
  });

  it('refuses a state with several subjects unless the scope is given', () => {
    const state = foldConsentState([decide('ads', 'grant'), { ...decide('ads', 'grant'), subject: 's2' }], NOW);
    expect(() => mayProcess(state, purpose('ads'), NOW)).toThrow(/scope/);
    expect(mayProcess(state, purpose('ads'), NOW, { ...SCOPE, subject: 's2' }).deciding?.subject).toBe('s2');
  });

  it('refuses a state folded later than the question', () => {
    expect(() => mayProcess(foldConsentState([], NOW), purpose('ads'), '2026-01-01T00:00:00Z')).toThrow(/asOf/);
  });

  it('never lets decisions on optional purposes change the answer for necessary ones (PIPL art. 16)', () => {
    const optional = PURPOSES.filter((p) => !p.necessary).flatMap((p) => [p.id, ...p.separate.map((s) => s.id)]);
    const necessary = PURPOSES.filter((p) => p.necessary);
    const necessaryIds = necessary.flatMap((p) => [p.id, ...p.separate.map((s) => s.id)]);
    const step = (ids: string[]) => fc.tuple(fc.constantFrom(...ids), fc.constantFrom<ConsentAction>('grant', 'refuse', 'withdraw'));
    fc.assert(
      fc.property(fc.array(step(necessaryIds), { maxLength: 8 }), fc.array(step(optional), { maxLength: 12 }), (own, others) => {
        const events = own.map(([id, action], i) => decide(id, action, new Date(Date.parse('2026-05-01T00:00:00Z') + i * 2000).toISOString()));
        const noise = others.map(([id, action], i) => decide(id, action, new Date(Date.parse('2026-05-01T00:00:00Z') + i * 2000 + 1000).toISOString()));
        for (const p of necessary) {
          const alone = mayProcess(foldConsentState(events, NOW), p, NOW, SCOPE);
          const mixed = mayProcess(foldConsentState([...events, ...noise], NOW), p, NOW, SCOPE);
          expect({ allowed: mixed.allowed, reason: mixed.reason, missing: mixed.missing }).toEqual({
            allowed: alone.allowed,
            reason: alone.reason,
            missing: alone.missing,
          });
        }
      }),
    );
  });
});
