import { describe, expect, it } from 'vitest';
import { acceptAllDecisions, decide, initialDecisions, refuseAllDecisions, toPurposeViews, undecidedOptIn } from './state.js';
import { WIDGET_SHOP } from './widget-shop.fixture.js';

describe('toPurposeViews', () => {
  const views = toPurposeViews(WIDGET_SHOP);

  it('gives consent-based purposes a toggle and shows the others for information only', () => {
    expect(views.map((v) => [v.id, v.kind])).toEqual([
      ['orders', 'necessary'],
      ['marketing', 'optional'],
      ['location', 'optional'],
      ['ads', 'optional'],
    ]);
  });

  it('lists each separate-consent item of a purpose on its own, with its mode', () => {
    expect(views.find((v) => v.id === 'location')?.separate).toContainEqual({ id: 'location#sensitive', kind: 'sensitive', mode: 'opt_in' });
    const ads = views.find((v) => v.id === 'ads')?.separate ?? [];
    expect(ads).toContainEqual({ id: 'ads#provision:adnet', kind: 'provision', mode: 'opt_in' });
    expect(ads).toContainEqual({ id: 'ads#sale-share', kind: 'sale-share', mode: 'opt_out' });
  });
});

describe('initialDecisions', () => {
  const views = toPurposeViews(WIDGET_SHOP);
  const initial = initialDecisions(views);

  it('pre-ticks nothing: every optional purpose starts refused, every separate item unanswered', () => {
    expect(initial['marketing']).toBe('refuse');
    expect(initial['location#sensitive']).toBeNull();
    expect(initial['ads#sale-share']).toBeNull();
    expect(Object.values(initial)).not.toContain('grant');
  });

  it('asks nothing about a purpose on another legal basis (PIPL art. 13(2))', () => {
    expect('orders' in initial).toBe(false);
  });
});

describe('decide', () => {
  const views = toPurposeViews(WIDGET_SHOP);

  it('changes one answer and leaves the rest', () => {
    const next = decide(initialDecisions(views), 'marketing', 'grant');
    expect(next['marketing']).toBe('grant');
    expect(next['location']).toBe('refuse');
  });

  it('ignores ids the notice does not ask about', () => {
    const initial = initialDecisions(views);
    expect(decide(initial, 'orders', 'grant')).toBe(initial);
    expect(decide(initial, 'nope#sensitive', 'grant')).toBe(initial);
  });
});

describe('undecidedOptIn', () => {
  const views = toPurposeViews(WIDGET_SHOP);

  it('names the opt-in items not answered yet, and never the opt-out ones', () => {
    const initial = initialDecisions(views);
    expect(undecidedOptIn(views, initial).sort()).toEqual(['ads#provision:adnet', 'location#sensitive']);
    const one = decide(initial, 'location#sensitive', 'refuse');
    expect(undecidedOptIn(views, one)).toEqual(['ads#provision:adnet']);
    expect(undecidedOptIn(views, decide(one, 'ads#provision:adnet', 'grant'))).toEqual([]);
  });
});

describe('acceptAllDecisions and refuseAllDecisions', () => {
  const views = toPurposeViews(WIDGET_SHOP);

  it('accept all turns every optional purpose on and leaves the separate items as answered', () => {
    const answered = decide(initialDecisions(views), 'location#sensitive', 'refuse');
    const accepted = acceptAllDecisions(views, answered);
    expect([accepted['marketing'], accepted['location'], accepted['ads']]).toEqual(['grant', 'grant', 'grant']);
    expect(accepted['location#sensitive']).toBe('refuse');
    expect(accepted['ads#provision:adnet']).toBeNull();
  });

  it('refuse all refuses every purpose and every separate item', () => {
    const refused = refuseAllDecisions(views);
    expect(Object.values(refused).every((choice) => choice === 'refuse')).toBe(true);
    expect(Object.keys(refused).sort()).toEqual(Object.keys(initialDecisions(views)).sort());
  });
});
