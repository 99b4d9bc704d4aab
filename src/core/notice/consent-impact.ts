import type { NoticeDiff, PurposeDiff } from './diff.js';
import type { NoticeCitation, ProcessingMethod, Purpose, SeparateItem } from './types.js';

export type ImpactReason =
  | 'purpose_added'
  | 'purpose_removed'
  | 'purpose_changed'
  | 'data_added'
  | 'data_removed'
  | 'method_added'
  | 'method_removed'
  | 'legal_basis_now_consent'
  | 'legal_basis_changed'
  | 'minors_now_children'
  | 'minors_changed'
  | 'separate_item_added'
  | 'separate_item_removed'
  | 'recipients_changed'
  | 'cross_border_changed'
  | 'retention_changed'
  | 'necessary_changed'
  | 'processor_changed'
  | 'jurisdictions_changed';

/** A consent id (purpose or separate item) whose earlier grants no longer count: ask again. */
export type FreshConsent = {
  readonly id: string;
  readonly purpose_id: string;
  readonly reasons: readonly ImpactReason[];
  readonly citations: readonly NoticeCitation[];
};

/** A change the person must be told about, without asking for consent again (PIPL art. 17(2)). */
export type NoticeOnlyChange = { readonly purpose_id: string | null; readonly reasons: readonly ImpactReason[]; readonly citations: readonly NoticeCitation[] };

export type ConsentImpact = { readonly fresh: readonly FreshConsent[]; readonly notice_only: readonly NoticeOnlyChange[] };

const PIPL = (article: string): NoticeCitation => ({ law: 'PIPL', article });
const ART_14 = [PIPL('14')];
const ART_17 = [PIPL('17')];

/** Entrusting needs no consent (PIPL art. 21), so a new entrusted party is news, not a new method to consent to. */
const isConsentRelevant = (method: ProcessingMethod): boolean => method !== 'entrust';

/** Every opt-in item of a purpose: its consent was given for the old purpose, method or data too (PIPL arts. 14(2), 23). */
const freshItems = (purpose: Purpose, reasons: ImpactReason[], citations: NoticeCitation[]): FreshConsent[] =>
  purpose.separate.filter((s) => s.mode === 'opt_in').map((s) => ({ id: s.id, purpose_id: purpose.id, reasons, citations: [...citations, ...s.citations] }));

function purposeLevelReasons(d: PurposeDiff, next: Purpose): ImpactReason[] {
  const reasons: ImpactReason[] = [];
  if (d.purpose !== null) reasons.push('purpose_changed');
  if (d.data_added.length > 0) reasons.push('data_added');
  if (d.methods_added.some(isConsentRelevant)) reasons.push('method_added');
  if (d.legal_basis !== null && next.legal_basis === 'consent') reasons.push('legal_basis_now_consent');
  // PIPL art. 31: consent must now come from a guardian.
  if (d.minors !== null && (next.minors === 'under_14' || next.minors === 'under_13')) reasons.push('minors_now_children');
  return reasons;
}

function noticeReasons(d: PurposeDiff, taken: ReadonlySet<ImpactReason>): ImpactReason[] {
  const candidates: [boolean, ImpactReason][] = [
    [d.purpose !== null && !taken.has('purpose_changed'), 'purpose_changed'],
    [d.data_added.length > 0 && !taken.has('data_added'), 'data_added'],
    [d.data_removed.length > 0, 'data_removed'],
    [d.methods_added.length > 0 && !taken.has('method_added'), 'method_added'],
    [d.methods_removed.length > 0, 'method_removed'],
    [d.legal_basis !== null && !taken.has('legal_basis_now_consent'), 'legal_basis_changed'],
    [d.minors !== null && !taken.has('minors_now_children'), 'minors_changed'],
    [d.recipients_added.length > 0 || d.recipients_removed.length > 0, 'recipients_changed'],
    [d.cross_border !== null, 'cross_border_changed'],
    [d.retention !== null, 'retention_changed'],
    [d.necessary !== null, 'necessary_changed'],
    [d.separate_removed.length > 0, 'separate_item_removed'],
  ];
  return candidates.filter(([hit]) => hit).map(([, reason]) => reason);
}

function changedPurpose(d: PurposeDiff): { fresh: FreshConsent[]; notice: NoticeOnlyChange[] } {
  const next = d.next;
  const fresh: FreshConsent[] = [];
  const level = next.consent_required ? purposeLevelReasons(d, next) : [];
  if (level.length > 0) fresh.push({ id: next.id, purpose_id: next.id, reasons: level, citations: ART_14 }, ...freshItems(next, level, ART_14));
  const already = new Set(fresh.map((f) => f.id));
  const newItems = d.separate_added.filter((s: SeparateItem) => s.mode === 'opt_in' && !already.has(s.id));
  for (const s of newItems) fresh.push({ id: s.id, purpose_id: next.id, reasons: ['separate_item_added'], citations: [...ART_14, ...s.citations] });
  const reasons = noticeReasons(d, new Set(level));
  // Opt-out items (CCPA sale/share, limit) are told about, not asked (§ 1798.100(a)).
  if (d.separate_added.some((s) => s.mode === 'opt_out')) reasons.push('separate_item_added');
  const notice = reasons.length > 0 ? [{ purpose_id: next.id, reasons, citations: ART_17 }] : [];
  return { fresh, notice };
}

/**
 * Which consents a notice change invalidates (PIPL art. 14(2): a change of purpose, processing
 * method or PI categories needs consent again; a new separate-consent item needs its own) and
 * which changes only need the new notice (art. 17(2)). Narrowing changes (data or methods
 * removed), retention, recipients of entrusted processing and processor details are notice-only;
 * purposes that do not rest on consent never need it (art. 13(2)).
 */
export function consentImpact(diff: NoticeDiff): ConsentImpact {
  const fresh: FreshConsent[] = [];
  const notice: NoticeOnlyChange[] = [];
  for (const p of diff.purposes_added) {
    if (p.consent_required)
      fresh.push({ id: p.id, purpose_id: p.id, reasons: ['purpose_added'], citations: ART_14 }, ...freshItems(p, ['purpose_added'], ART_14));
    else notice.push({ purpose_id: p.id, reasons: ['purpose_added'], citations: ART_17 });
  }
  for (const p of diff.purposes_removed) notice.push({ purpose_id: p.id, reasons: ['purpose_removed'], citations: ART_17 });
  for (const d of diff.purposes_changed) {
    const out = changedPurpose(d);
    fresh.push(...out.fresh);
    notice.push(...out.notice);
  }
  if (diff.processor_changed.length > 0) notice.push({ purpose_id: null, reasons: ['processor_changed'], citations: [...ART_17, PIPL('22')] });
  if (diff.jurisdictions !== null) notice.push({ purpose_id: null, reasons: ['jurisdictions_changed'], citations: ART_17 });
  return { fresh: fresh.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), notice_only: notice };
}
