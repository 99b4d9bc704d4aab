import type { Activity, Declaration } from '../declaration/schema.js';
import { appliesIn } from '../rules/jurisdiction.js';
import { CN_SENSITIVE_IDS, isTaxonomyId, type TaxonomyId, US_CA_SENSITIVE_IDS } from '../taxonomy/taxonomy.js';
import type { NoticeCitation, ProcessingMethod, Purpose, SeparateItem, SeparateKind } from './types.js';

const cite = (law: NoticeCitation['law'], article: string): NoticeCitation => ({ law, article });

/**
 * A recipient's name as an id part: NFKC, lower case, runs of anything but letters and digits
 * become "-" ("AdNet Inc." -> "adnet-inc", "某某物流有限公司" stays as is).
 */
export function recipientSlug(name: string): string {
  const slug = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'recipient' : slug;
}

const sorted = (ids: Iterable<TaxonomyId>): TaxonomyId[] => [...new Set(ids)].sort();

/** Children under 14 (under 13 is also under 14): all their PI is sensitive (PIPL art. 28(1)). */
const targetsChildrenCn = (activity: Activity): boolean => activity.minors === 'under_14' || activity.minors === 'under_13';

function methodsOf(activity: Activity): ProcessingMethod[] {
  const methods: ProcessingMethod[] = ['collect', 'store', 'use'];
  const roles = new Set(activity.recipients.map((r) => r.role));
  if (roles.has('entrusted')) methods.push('entrust');
  if (roles.has('joint')) methods.push('joint');
  if (roles.has('third_party')) methods.push('provide');
  if (activity.public_disclosure) methods.push('disclose');
  if (activity.cross_border !== null) methods.push('transfer_abroad');
  if (activity.automated_decision.used) methods.push('automated_decision');
  if (activity.automated_decision.personalized_marketing) methods.push('personalised_marketing');
  if (activity.sale_or_share) methods.push('sell_share');
  return methods;
}

type ItemDraft = Omit<SeparateItem, 'purpose_id' | 'recipient' | 'destination'> & Partial<Pick<SeparateItem, 'recipient' | 'destination'>>;

function item(activity: Activity, kind: SeparateKind, suffix: string, draft: Omit<ItemDraft, 'id' | 'kind'>): SeparateItem {
  return {
    id: `${activity.id}#${suffix}`,
    kind,
    purpose_id: activity.id,
    mode: draft.mode,
    data: draft.data,
    recipient: draft.recipient ?? null,
    destination: draft.destination ?? null,
    citations: draft.citations,
  };
}

/** Slugs made unique within one activity: a second "AdNet Inc" becomes "adnet-inc-2" (or -3 ... if that is taken). */
function provisionSuffixes(activity: Activity): Map<number, string> {
  const used = new Set<string>();
  const out = new Map<number, string>();
  activity.recipients.forEach((recipient, index) => {
    if (recipient.role !== 'third_party') return;
    const slug = recipientSlug(recipient.name);
    let suffix = slug;
    for (let n = 2; used.has(suffix); n++) suffix = `${slug}-${n}`;
    used.add(suffix);
    out.set(index, suffix);
  });
  return out;
}

/** The declaration schema admits taxonomy ids only; the guard gives them their type. */
const dataOf = (activity: Activity): TaxonomyId[] => activity.data.filter(isTaxonomyId);

function separateItems(
  activity: Activity,
  sensitiveCn: readonly TaxonomyId[],
  sensitiveCa: readonly TaxonomyId[],
  jurisdictions: readonly string[],
): SeparateItem[] {
  const items: SeparateItem[] = [];
  const data = dataOf(activity);
  // PIPL art. 13(2): the separate-consent duties attach to consent-based processing only.
  if (appliesIn('CN', jurisdictions) && activity.legal_basis === 'consent') {
    if (sensitiveCn.length > 0) {
      const citations = [cite('PIPL', '29')];
      if (targetsChildrenCn(activity)) citations.push(cite('PIPL', '31'));
      items.push(item(activity, 'sensitive', 'sensitive', { mode: 'opt_in', data: sensitiveCn, citations }));
    }
    const suffixes = provisionSuffixes(activity);
    activity.recipients.forEach((recipient, index) => {
      const suffix = suffixes.get(index);
      if (suffix === undefined) return;
      items.push(item(activity, 'provision', `provision:${suffix}`, { mode: 'opt_in', data, recipient: recipient.name, citations: [cite('PIPL', '23')] }));
    });
    if (activity.public_disclosure) items.push(item(activity, 'public', 'public', { mode: 'opt_in', data, citations: [cite('PIPL', '25')] }));
    if (activity.cross_border !== null) {
      const destination = activity.cross_border.destination;
      items.push(item(activity, 'cross-border', 'cross-border', { mode: 'opt_in', data, destination, citations: [cite('PIPL', '39')] }));
    }
  }
  if (appliesIn('US-CA', jurisdictions)) {
    if (activity.sale_or_share) {
      // § 1798.120(c): no sale or sharing of a known minor under 16 without opt-in (a parent's under 13).
      const minors = activity.minors === 'under_13' || activity.minors === 'under_14';
      const citations = minors ? [cite('CCPA', '1798.120'), cite('COPPA', '312.5')] : [cite('CCPA', '1798.120'), cite('CCPA_REGS', '7025')];
      items.push(item(activity, 'sale-share', 'sale-share', { mode: minors ? 'opt_in' : 'opt_out', data, citations }));
    }
    if (sensitiveCa.length > 0) {
      items.push(item(activity, 'limit-sensitive', 'limit-sensitive', { mode: 'opt_out', data: sensitiveCa, citations: [cite('CCPA', '1798.121')] }));
    }
  }
  return items;
}

function toPurpose(activity: Activity, jurisdictions: readonly string[]): Purpose {
  const cn = appliesIn('CN', jurisdictions);
  const ca = appliesIn('US-CA', jurisdictions);
  const data = dataOf(activity);
  const sensitiveCn = cn ? sorted(targetsChildrenCn(activity) ? data : data.filter((id) => CN_SENSITIVE_IDS.has(id))) : [];
  const sensitiveCa = ca ? sorted(data.filter((id) => US_CA_SENSITIVE_IDS.has(id))) : [];
  return {
    id: activity.id,
    purpose: activity.purpose,
    legal_basis: activity.legal_basis,
    data,
    sensitive: sorted([...sensitiveCn, ...sensitiveCa]),
    sensitive_cn: sensitiveCn,
    sensitive_us_ca: sensitiveCa,
    necessary: activity.legal_basis !== 'consent' || activity.necessary,
    consent_required: activity.legal_basis === 'consent',
    minors: activity.minors,
    methods: methodsOf(activity),
    recipients: activity.recipients.map((r) => ({ name: r.name, role: r.role, country: r.country })),
    cross_border: activity.cross_border === null ? null : { destination: activity.cross_border.destination, mechanism: activity.cross_border.mechanism },
    retention: activity.retention,
    sale_or_share: activity.sale_or_share,
    separate: separateItems(activity, sensitiveCn, sensitiveCa, jurisdictions),
  };
}

/**
 * One purpose per activity (id = activity id), in declaration order, with the consent facts and
 * the separate-consent items that must be asked on their own: sensitive PI (PIPL art. 29),
 * provision to another processor (art. 23), public disclosure (art. 25), cross-border (art. 39),
 * and for US-CA the sale/share opt-out (Cal. Civ. Code § 1798.120) and the sensitive-PI limit
 * (§ 1798.121).
 * @example derivePurposes(declaration)[0].separate.map((s) => s.id) // ['ads#sensitive', 'ads#provision:adnet-inc']
 */
export function derivePurposes(declaration: Declaration, jurisdictions: readonly string[] = declaration.processor.jurisdictions): Purpose[] {
  return declaration.activities.map((activity) => toPurpose(activity, jurisdictions));
}
