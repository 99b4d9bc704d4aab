import type { Clock } from './ports.js';

/** The clock's calendar day in UTC (YYYY-MM-DD): the default as-of date of checks and evaluations. */
export const todayOf = (clock: Clock): string => clock.now().toISOString().slice(0, 10);
