import { describe, expect, it } from 'vitest';
import { dayRange, daysOf, lastDays, statsSeries, totalsByAction } from './stats-series';

describe('daysOf', () => {
  it('lists every UTC day of the range, both ends included', () => {
    expect(daysOf('2026-02-27T10:00:00.000Z', '2026-03-02T01:00:00.000Z')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('is one day for a range within a day, and empty for a reversed one', () => {
    expect(daysOf('2026-01-01T01:00:00.000Z', '2026-01-01T02:00:00.000Z')).toEqual(['2026-01-01']);
    expect(daysOf('2026-01-02T00:00:00.000Z', '2026-01-01T00:00:00.000Z')).toEqual([]);
  });
});

describe('statsSeries', () => {
  const days = ['2026-01-01', '2026-01-02', '2026-01-03'];
  it('gives each purpose and action a count per day, zero on days without decisions', () => {
    const series = statsSeries(
      [
        { day: '2026-01-03', purpose_id: 'newsletter', action: 'withdraw', count: 1 },
        { day: '2026-01-01', purpose_id: 'newsletter', action: 'grant', count: 4 },
        { day: '2026-01-03', purpose_id: 'newsletter', action: 'grant', count: 2 },
        { day: '2026-01-02', purpose_id: 'ads', action: 'refuse', count: 3 },
        { day: '2025-12-31', purpose_id: 'ads', action: 'grant', count: 9 },
      ],
      days,
    );
    expect(series).toEqual([
      { purpose: 'ads', action: 'refuse', counts: [0, 3, 0] },
      { purpose: 'newsletter', action: 'grant', counts: [4, 0, 2] },
      { purpose: 'newsletter', action: 'withdraw', counts: [0, 0, 1] },
    ]);
  });
});

describe('totalsByAction', () => {
  it('adds the counts per action', () => {
    expect(
      totalsByAction([
        { day: 'd', purpose_id: 'a', action: 'grant', count: 2 },
        { day: 'd', purpose_id: 'b', action: 'grant', count: 3 },
        { day: 'd', purpose_id: 'a', action: 'withdraw', count: 1 },
      ]),
    ).toEqual({ grant: 5, refuse: 0, withdraw: 1 });
  });
});

describe('ranges', () => {
  it('takes the last n days up to now', () => {
    expect(lastDays(7, new Date('2026-01-08T12:00:00.000Z'))).toEqual({ from: '2026-01-01T12:00:00.000Z', to: '2026-01-08T12:00:00.000Z' });
  });

  it('turns two dates into whole UTC days, and refuses reversed, invalid or too long ranges', () => {
    expect(dayRange('2026-01-01', '2026-01-31')).toEqual({ from: '2026-01-01T00:00:00.000Z', to: '2026-01-31T23:59:59.999Z' });
    expect(dayRange('2026-02-01', '2026-01-01')).toBeNull();
    expect(dayRange('2026-13-01', '2026-12-01')).toBeNull();
    expect(dayRange('', '2026-01-01')).toBeNull();
    expect(dayRange('2020-01-01', '2026-01-01')).toBeNull();
  });
});
