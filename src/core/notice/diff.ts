import { canonicalJson } from '../audit/canonical-json.js';
import type { LegalBasis } from '../declaration/enums.js';
import type { TaxonomyId } from '../taxonomy/taxonomy.js';
import type { Notice, NoticeProcessor, NoticeRecipient, ProcessingMethod, Purpose, SeparateItem } from './types.js';

export type Change<T> = { readonly from: T; readonly to: T };

/** What changed in one purpose present in both versions; empty lists and nulls mean "unchanged". */
export type PurposeDiff = {
  readonly purpose_id: string;
  readonly purpose: Change<string> | null;
  readonly legal_basis: Change<LegalBasis> | null;
  readonly data_added: readonly TaxonomyId[];
  readonly data_removed: readonly TaxonomyId[];
  readonly methods_added: readonly ProcessingMethod[];
  readonly methods_removed: readonly ProcessingMethod[];
  readonly recipients_added: readonly NoticeRecipient[];
  readonly recipients_removed: readonly NoticeRecipient[];
  readonly cross_border: Change<Purpose['cross_border']> | null;
  readonly retention: Change<string | null> | null;
  readonly necessary: Change<boolean> | null;
  readonly minors: Change<string> | null;
  readonly separate_added: readonly SeparateItem[];
  readonly separate_removed: readonly SeparateItem[];
  /** The purpose as the new version has it. */
  readonly next: Purpose;
};

export type NoticeDiff = {
  readonly purposes_added: readonly Purpose[];
  readonly purposes_removed: readonly Purpose[];
  readonly purposes_changed: readonly PurposeDiff[];
  /** Processor fields whose value changed (name, contact, officer, URLs ...). */
  readonly processor_changed: readonly (keyof NoticeProcessor)[];
  readonly jurisdictions: Change<readonly string[]> | null;
};

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);
const change = <T>(from: T, to: T): Change<T> | null => (same(from, to) ? null : { from, to });

function added<T>(from: readonly T[], to: readonly T[], key: (item: T) => string = (item) => canonicalJson(item)): T[] {
  const before = new Set(from.map(key));
  return to.filter((item) => !before.has(key(item)));
}

function diffPurpose(a: Purpose, b: Purpose): PurposeDiff | null {
  // A separate item counts as new when its id is new or what it is about changed (mode, data, recipient, destination).
  const itemKey = (s: SeparateItem) => canonicalJson({ id: s.id, mode: s.mode, data: s.data, recipient: s.recipient, destination: s.destination });
  const diff: Omit<PurposeDiff, 'next'> = {
    purpose_id: b.id,
    purpose: change(a.purpose, b.purpose),
    legal_basis: change(a.legal_basis, b.legal_basis),
    data_added: added(a.data, b.data, String),
    data_removed: added(b.data, a.data, String),
    methods_added: added(a.methods, b.methods, String),
    methods_removed: added(b.methods, a.methods, String),
    recipients_added: added(a.recipients, b.recipients),
    recipients_removed: added(b.recipients, a.recipients),
    cross_border: change(a.cross_border, b.cross_border),
    retention: change(a.retention, b.retention),
    necessary: change(a.necessary, b.necessary),
    minors: change<string>(a.minors, b.minors),
    separate_added: added(a.separate, b.separate, itemKey),
    separate_removed: added(b.separate, a.separate, itemKey),
  };
  const changed = Object.values(diff).some((v) => (Array.isArray(v) ? v.length > 0 : v !== null && typeof v === 'object'));
  return changed ? { ...diff, next: b } : null;
}

/**
 * What changed between two notice versions, purpose by purpose (matched by id): purposes added
 * and removed; per purpose the text, legal basis, data categories, methods, recipients,
 * cross-border, retention and separate-consent items. `consentImpact` says which of these need
 * fresh consent.
 */
export function diffNotices(previous: Notice, next: Notice): NoticeDiff {
  const before = new Map(previous.purposes.map((p) => [p.id, p]));
  const after = new Set(next.purposes.map((p) => p.id));
  const processorKeys = Object.keys(next.processor) as (keyof NoticeProcessor)[];
  return {
    purposes_added: next.purposes.filter((p) => !before.has(p.id)),
    purposes_removed: previous.purposes.filter((p) => !after.has(p.id)),
    purposes_changed: next.purposes.flatMap((p) => {
      const old = before.get(p.id);
      const diff = old === undefined ? null : diffPurpose(old, p);
      return diff === null ? [] : [diff];
    }),
    processor_changed: processorKeys.filter((key) => !same(previous.processor[key], next.processor[key])).sort(),
    jurisdictions: change(previous.jurisdictions, next.jurisdictions),
  };
}
