import type { LegalBasis } from '../declaration/enums.js';
import { PisaError } from '../errors/pisa-error.js';
import type { Purpose, SeparateItem, SeparateKind } from '../notice/types.js';
import { type ConsentState, type ConsentStatus, consentStatusOf } from './fold.js';
import type { ConsentEvent } from './types.js';

export type MayProcessReason = 'NOT_CONSENT_BASED' | 'GRANTED' | 'NOT_ASKED' | 'REFUSED' | 'WITHDRAWN' | 'SUPERSEDED' | 'SEPARATE_CONSENT_MISSING';

export type ItemAnswer = {
  readonly id: string;
  readonly kind: SeparateKind;
  readonly mode: SeparateItem['mode'];
  readonly status: ConsentStatus;
  readonly allowed: boolean;
};

export type MayProcessAnswer = {
  readonly purposeId: string;
  readonly asOf: string;
  readonly allowed: boolean;
  readonly reason: MayProcessReason;
  readonly basis: LegalBasis;
  /** Opt-in ids (the purpose, separate items it depends on) without a live grant. */
  readonly missing: readonly string[];
  /** CCPA choices in force that narrow the purpose without stopping it: no sale/sharing, limited sensitive use. */
  readonly restrictions: readonly string[];
  readonly items: readonly ItemAnswer[];
  /** The event that decided the purpose itself, null when never asked. */
  readonly deciding: ConsentEvent | null;
};

/** PIPL separate consents are part of the purpose; the CCPA choices govern the sale or the sensitive use only. */
const isBlocking = (item: SeparateItem): boolean => item.mode === 'opt_in' && item.kind !== 'sale-share' && item.kind !== 'limit-sensitive';

const itemAllowed = (item: SeparateItem, status: ConsentStatus): boolean =>
  item.mode === 'opt_in' ? status === 'granted' : status !== 'refused' && status !== 'withdrawn';

const REASON: Readonly<Record<Exclude<ConsentStatus, 'granted'>, MayProcessReason>> = {
  not_asked: 'NOT_ASKED',
  refused: 'REFUSED',
  withdrawn: 'WITHDRAWN',
  superseded: 'SUPERSEDED',
};

function scopeOf(state: ConsentState, scope: { subject: string; processorId: string } | undefined): { subject: string; processorId: string } {
  if (scope !== undefined) return scope;
  const pairs = new Set(state.entries.map((e) => JSON.stringify([e.subject, e.processorId])));
  if (pairs.size > 1) throw new PisaError('ARGUMENT_INVALID', { argument: 'scope', detail: 'the consent state holds several subjects or processors' });
  const first = state.entries[0];
  return { subject: first?.subject ?? '', processorId: first?.processorId ?? '' };
}

/**
 * "May the processor use this person's data for this purpose now?" A purpose on a legal basis
 * other than consent is allowed without it (PIPL art. 13(2)); a consent-based purpose needs a
 * live grant of the purpose and of every PIPL separate-consent item it carries (arts. 23, 25, 29,
 * 39). CCPA opt-outs (sale/share, limit) are reported as `restrictions`, and each item's own
 * answer is in `items`. Only this purpose's own decisions count: deciding other, optional
 * purposes never changes the answer (art. 16).
 */
export function mayProcess(state: ConsentState, purpose: Purpose, asOf: string, scope?: { subject: string; processorId: string }): MayProcessAnswer {
  if (Date.parse(state.asOf) > Date.parse(asOf)) {
    throw new PisaError('ARGUMENT_INVALID', { argument: 'asOf', detail: `the consent state is as of ${state.asOf}, later than ${asOf}` });
  }
  const who = scopeOf(state, scope);
  const main = consentStatusOf(state, who, purpose.id);
  const items = purpose.separate.map((item): ItemAnswer => {
    const status = consentStatusOf(state, who, item.id).status;
    return { id: item.id, kind: item.kind, mode: item.mode, status, allowed: itemAllowed(item, status) };
  });
  const restrictions = purpose.separate.filter((item, i) => !isBlocking(item) && items[i]?.allowed === false).map((item) => item.id);
  const base = { purposeId: purpose.id, asOf, basis: purpose.legal_basis, restrictions, items, deciding: main.event };
  if (!purpose.consent_required) return { ...base, allowed: true, reason: 'NOT_CONSENT_BASED', missing: [] };
  const missingItems = purpose.separate.filter((item, i) => isBlocking(item) && items[i]?.allowed === false).map((item) => item.id);
  if (main.status !== 'granted') return { ...base, allowed: false, reason: REASON[main.status], missing: [purpose.id, ...missingItems] };
  if (missingItems.length > 0) return { ...base, allowed: false, reason: 'SEPARATE_CONSENT_MISSING', missing: missingItems };
  return { ...base, allowed: true, reason: 'GRANTED', missing: [] };
}
