import { CONSENT_ACTIONS, type ConsentAction } from '../../../../src/core/consent/types.js';
import type { StatsCount } from './api/types';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A chart of more days than this is unreadable; the range picker keeps within it. */
export const MAX_DAYS = 366;

const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Every UTC day from the day of `from` to the day of `to`, as YYYY-MM-DD (the API's `day`). */
export function daysOf(from: string, to: string): string[] {
  const start = Date.parse(`${dayOf(Date.parse(from))}T00:00:00.000Z`);
  const end = Date.parse(to);
  const days: string[] = [];
  for (let ms = start; ms <= end && days.length < MAX_DAYS; ms += DAY_MS) days.push(dayOf(ms));
  return days;
}

export type StatsSeries = { readonly purpose: string; readonly action: ConsentAction; readonly counts: readonly number[] };

/** One series per purpose and action with a count for every day (0 when none), purposes sorted, actions grant-refuse-withdraw. */
export function statsSeries(counts: readonly StatsCount[], days: readonly string[]): StatsSeries[] {
  const index = new Map(days.map((d, i) => [d, i]));
  const series = new Map<string, { purpose: string; action: ConsentAction; counts: number[] }>();
  for (const c of counts) {
    const at = index.get(c.day);
    if (at === undefined) continue;
    const key = `${c.purpose_id}\u0000${c.action}`;
    const entry = series.get(key) ?? { purpose: c.purpose_id, action: c.action, counts: days.map(() => 0) };
    entry.counts[at] = (entry.counts[at] ?? 0) + c.count;
    series.set(key, entry);
  }
  return [...series.values()].sort((a, b) =>
    a.purpose < b.purpose ? -1 : a.purpose > b.purpose ? 1 : CONSENT_ACTIONS.indexOf(a.action) - CONSENT_ACTIONS.indexOf(b.action),
  );
}

/** Totals per action over the range. */
export function totalsByAction(counts: readonly StatsCount[]): Record<ConsentAction, number> {
  const totals = { grant: 0, refuse: 0, withdraw: 0 };
  for (const c of counts) totals[c.action] += c.count;
  return totals;
}

/** The last `days` days up to `now`. */
export function lastDays(days: number, now: Date): { from: string; to: string } {
  return { from: new Date(now.getTime() - days * DAY_MS).toISOString(), to: now.toISOString() };
}

/** A range of whole UTC days from two dates (YYYY-MM-DD), or null when either is not a date, they are reversed, or too far apart. */
export function dayRange(fromDay: string, toDay: string): { from: string; to: string } | null {
  const from = Date.parse(`${fromDay}T00:00:00.000Z`);
  const to = Date.parse(`${toDay}T23:59:59.999Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fromDay) || !/^\d{4}-\d{2}-\d{2}$/.test(toDay) || Number.isNaN(from) || Number.isNaN(to) || from > to) return null;
  if ((to - from) / DAY_MS > MAX_DAYS) return null;
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}
