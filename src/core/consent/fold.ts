import { PisaError } from '../errors/pisa-error.js';
import type { ConsentAction, ConsentEvent } from './types.js';

export type ConsentStatus = 'granted' | 'refused' | 'withdrawn' | 'not_asked' | 'superseded';

/** The current state of one (subject, processor, purpose or item) and the event that decided it. */
export type ConsentStateEntry = {
  readonly subject: string;
  readonly processorId: string;
  readonly purposeId: string;
  readonly status: ConsentStatus;
  readonly event: ConsentEvent | null;
};

export type ConsentState = { readonly asOf: string; readonly entries: readonly ConsentStateEntry[] };

/**
 * The notice versions of a processor, oldest first, each with the ids `consentImpact` said need
 * fresh consent when it replaced the one before (the first version lists none).
 */
export type NoticeHistory = readonly { readonly hash: string; readonly fresh: readonly string[] }[];

const STATUS: Readonly<Record<ConsentAction, ConsentStatus>> = { grant: 'granted', refuse: 'refused', withdraw: 'withdrawn' };

function instant(value: string, argument: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new PisaError('ARGUMENT_INVALID', { argument, detail: `"${value}" is not an ISO 8601 time` });
  return ms;
}

/** For each id, the newest history position that asked for it afresh. */
function lastFreshIndex(history: NoticeHistory): Map<string, number> {
  const out = new Map<string, number>();
  history.forEach((version, index) => {
    for (const id of version.fresh) out.set(id, index);
  });
  return out;
}

const byKey = (a: ConsentStateEntry, b: ConsentStateEntry): number => {
  const ka = [a.subject, a.processorId, a.purposeId];
  const kb = [b.subject, b.processorId, b.purposeId];
  for (let i = 0; i < 3; i++) {
    const x = ka[i] ?? '';
    const y = kb[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
};

/**
 * The state per (subject, processor, purpose or item) as of an instant: the last event at or
 * before `asOf` decides (events at the same instant in the order given). A grant made on a notice
 * version that a later version replaced with a fresh-consent requirement for that id is
 * `superseded` (PIPL art. 14(2)); a grant on a notice the history does not know counts as older
 * than every version. Ids without events are `not_asked` (see `consentStatusOf`).
 */
export function foldConsentState(events: readonly ConsentEvent[], asOf: string, history: NoticeHistory = []): ConsentState {
  const cutoff = instant(asOf, 'asOf');
  const position = new Map(history.map((version, index) => [version.hash, index]));
  const freshAt = lastFreshIndex(history);
  const timed = events.map((event, index) => ({ event, at: instant(event.time, `events[${index}].time`), index }));
  timed.sort((a, b) => a.at - b.at || a.index - b.index);
  const last = new Map<string, ConsentEvent>();
  for (const { event, at } of timed) {
    if (at > cutoff) break;
    last.set(JSON.stringify([event.subject, event.processorId, event.purposeId]), event);
  }
  const entries = [...last.values()].map((event): ConsentStateEntry => {
    const stale = (freshAt.get(event.purposeId) ?? -1) > (position.get(event.noticeHash) ?? -1);
    const status = event.action === 'grant' && stale ? 'superseded' : STATUS[event.action];
    return { subject: event.subject, processorId: event.processorId, purposeId: event.purposeId, status, event };
  });
  return { asOf, entries: entries.sort(byKey) };
}

/** The entry of one id, or `not_asked` when no event decided it. */
export function consentStatusOf(state: ConsentState, scope: { readonly subject: string; readonly processorId: string }, purposeId: string): ConsentStateEntry {
  const found = state.entries.find((e) => e.subject === scope.subject && e.processorId === scope.processorId && e.purposeId === purposeId);
  return found ?? { subject: scope.subject, processorId: scope.processorId, purposeId, status: 'not_asked', event: null };
}
