import type { Purpose } from '../../../../src/core/notice/types.js';
import type { ConsentAnswer, ConsentEventRow, Decision, ReceiptSummary } from './api/types';

/**
 * The switches of a consent form, by id (purpose or separate item): true means "allowed" — a
 * grant for a purpose or an opt-in item, "not opted out" for an opt-out item (CCPA sale/share,
 * limit the use of sensitive PI).
 */
export type Choices = Readonly<Record<string, boolean>>;

/** The processors I have decided for, from my receipts: the most recent decision first. */
export function processorsFromReceipts(receipts: readonly ReceiptSummary[]): { id: string; name: string; last: string }[] {
  const byId = new Map<string, { id: string; name: string; last: string }>();
  for (const r of receipts) {
    const known = byId.get(r.processor.id);
    if (known === undefined || r.event.time > known.last) byId.set(r.processor.id, { id: r.processor.id, name: r.processor.name, last: r.event.time });
  }
  return [...byId.values()].sort((a, b) => (a.last > b.last ? -1 : a.last < b.last ? 1 : a.id < b.id ? -1 : 1));
}

/** Whether the purpose itself was granted and that grant still counts (a separate item may still be missing). */
const purposeGranted = (answer: ConsentAnswer | undefined): boolean => answer?.reason === 'GRANTED' || answer?.reason === 'SEPARATE_CONSENT_MISSING';

/**
 * The switches as the form opens: what I decided before, where it still counts. Nothing is
 * pre-ticked that I did not grant (PIPL art. 14: consent is an affirmative act); an opt-out
 * item stays allowed until I opt out, as the law frames it (Cal. Civ. Code § 1798.120).
 */
export function initialChoices(purposes: readonly Purpose[], answers: readonly ConsentAnswer[]): Choices {
  const choices: Record<string, boolean> = {};
  for (const purpose of purposes) {
    const answer = answers.find((a) => a.purposeId === purpose.id);
    if (purpose.consent_required) choices[purpose.id] = purposeGranted(answer);
    for (const item of purpose.separate) {
      const itemAnswer = answer?.items.find((i) => i.id === item.id);
      choices[item.id] = item.mode === 'opt_in' ? itemAnswer?.status === 'granted' : (itemAnswer?.allowed ?? true);
    }
  }
  return choices;
}

/**
 * The decisions to send for the switches, each explicit (never "accept all"): every purpose that
 * needs consent and every opt-in item is granted or refused on its own (PIPL arts. 14, 29, 23,
 * 39); an opt-in item of a refused purpose is refused with it; an opt-out item is sent only when
 * I changed it. Purposes on another legal basis are never decided (art. 13(2)).
 */
export function decisionsFrom(purposes: readonly Purpose[], choices: Choices, initial: Choices): Decision[] {
  const decisions: Decision[] = [];
  const action = (allowed: boolean) => (allowed ? 'grant' : 'refuse');
  for (const purpose of purposes) {
    const purposeOn = !purpose.consent_required || choices[purpose.id] === true;
    if (purpose.consent_required) decisions.push({ purpose: purpose.id, action: action(purposeOn) });
    for (const item of purpose.separate) {
      const on = choices[item.id] === true;
      if (item.mode === 'opt_in') decisions.push({ purpose: item.id, action: action(purposeOn && on) });
      else if (on !== (initial[item.id] === true)) decisions.push({ purpose: item.id, action: action(on) });
    }
  }
  return decisions;
}

/** What one click can withdraw for a purpose: the purpose itself while granted, and each granted item. */
export function withdrawable(answer: ConsentAnswer): string[] {
  const ids = purposeGranted(answer) ? [answer.purposeId] : [];
  return [...ids, ...answer.items.filter((i) => i.status === 'granted').map((i) => i.id)];
}

/** The purpose an id belongs to: `pickup-points#sensitive` -> `pickup-points`. */
export const purposeOf = (id: string): string => id.split('#')[0] ?? id;

/** The history of one purpose (its separate items included), newest first. */
export function historyOf(events: readonly ConsentEventRow[], purposeId: string): ConsentEventRow[] {
  return events.filter((e) => purposeOf(e.purpose_id) === purposeId).sort((a, b) => b.seq - a.seq);
}
