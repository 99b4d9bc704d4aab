import type { CrossBorderMechanism, LegalBasis, Minors, RecipientRole } from '../declaration/enums.js';
import type { LawCode } from '../rules/vocabulary.js';
import type { TaxonomyId } from '../taxonomy/taxonomy.js';
import type { Localized } from '../taxonomy/types.js';

/** The two languages every notice is written in. `zh-CN` reads the `zh` texts, `en` the `en` texts. */
export type NoticeLocale = 'zh-CN' | 'en';

/** Where a notice item comes from: a law code of src/core/rules/vocabulary.ts and an article or section. */
export type NoticeCitation = { readonly law: LawCode; readonly article: string };

/**
 * A consent item that must be asked on its own, never bundled with the purpose or other items.
 * `opt_in` items need a live grant before processing (PIPL separate consent, CCPA opt-in for
 * minors); `opt_out` items allow processing until the person opts out (CCPA sale/share, limit).
 */
export type SeparateKind = 'sensitive' | 'provision' | 'public' | 'cross-border' | 'sale-share' | 'limit-sensitive';

export type SeparateItem = {
  /** `<activity>#sensitive`, `<activity>#provision:<recipient slug>`, `<activity>#public`, `<activity>#cross-border`, `<activity>#sale-share`, `<activity>#limit-sensitive`. */
  readonly id: string;
  readonly kind: SeparateKind;
  readonly purpose_id: string;
  readonly mode: 'opt_in' | 'opt_out';
  /** The categories the item is about (sensitive ones for `sensitive`/`limit-sensitive`, all for the others). */
  readonly data: readonly TaxonomyId[];
  /** The recipient of a `provision` item (name as declared). */
  readonly recipient: string | null;
  /** The destination of a `cross-border` item. */
  readonly destination: string | null;
  readonly citations: readonly NoticeCitation[];
};

/** How PI is processed (处理方式, PIPL art. 17(1)(2)); a new method is a change under art. 14(2). */
export type ProcessingMethod =
  | 'collect'
  | 'store'
  | 'use'
  | 'entrust'
  | 'joint'
  | 'provide'
  | 'disclose'
  | 'transfer_abroad'
  | 'automated_decision'
  | 'personalised_marketing'
  | 'sell_share';

export type NoticeRecipient = { readonly name: string; readonly role: RecipientRole; readonly country: string | null };

/** One purpose per activity, language-neutral: what the notice, the consent rules and the diff work on. */
export type Purpose = {
  /** The activity id. */
  readonly id: string;
  /** The purpose as the processor wrote it in the declaration. */
  readonly purpose: string;
  readonly legal_basis: LegalBasis;
  readonly data: readonly TaxonomyId[];
  /** Union of the sensitive categories under the jurisdictions that apply (sorted). */
  readonly sensitive: readonly TaxonomyId[];
  /** PIPL art. 28: cn_sensitive categories, or every category when the activity targets children under 14. */
  readonly sensitive_cn: readonly TaxonomyId[];
  /** Cal. Civ. Code § 1798.140(ae). */
  readonly sensitive_us_ca: readonly TaxonomyId[];
  /** Legal basis other than consent, or declared `necessary: true` (PIPL art. 16). */
  readonly necessary: boolean;
  /** Only consent-based processing needs consent (PIPL art. 13(2)). */
  readonly consent_required: boolean;
  readonly minors: Minors;
  readonly methods: readonly ProcessingMethod[];
  readonly recipients: readonly NoticeRecipient[];
  readonly cross_border: { readonly destination: string; readonly mechanism: CrossBorderMechanism } | null;
  /** ISO 8601 duration as declared, null when the declaration states none. */
  readonly retention: string | null;
  readonly sale_or_share: boolean;
  readonly separate: readonly SeparateItem[];
};

/** What the declaration does not hold about the processor; it goes into the notice as given. */
export type NoticeContext = {
  readonly legal_name: string;
  readonly address: string;
  readonly email: string;
  readonly phone?: string | null;
  /** Personal-information protection officer (PIPL art. 52). */
  readonly officer?: { readonly name: string; readonly email?: string | null; readonly phone?: string | null } | null;
  /** Representative in China of a foreign processor (PIPL art. 53). */
  readonly representative?: { readonly name: string; readonly contact: string } | null;
  /** Where the person exercises their rights (PIPL arts. 17(1)(3), 50). */
  readonly rights_url: string;
  /** Where the person withdraws consent (PIPL art. 15). */
  readonly withdraw_url: string;
  /** "Do Not Sell or Share My Personal Information" (Cal. Civ. Code § 1798.135(a)(1)); defaults to withdraw_url. */
  readonly opt_out_url?: string | null;
  /** "Limit the Use of My Sensitive Personal Information" (§ 1798.135(a)(2)); defaults to withdraw_url. */
  readonly limit_url?: string | null;
  /** The processor's label of this notice version, e.g. "2026-03". */
  readonly version: string;
  /** Contact of recipients by name (PIPL arts. 23 and 39 require it). */
  readonly recipient_contacts?: Readonly<Record<string, string>>;
  /** Translations of the declaration's purpose text, by activity id. */
  readonly purpose_text?: Readonly<Record<string, Partial<Localized>>>;
  /** Why the sensitive PI of an activity is necessary and its impact, by activity id (PIPL art. 30). */
  readonly sensitive_text?: Readonly<Record<string, { readonly why?: Partial<Localized>; readonly impact?: Partial<Localized> }>>;
};

export type NoticeOptions = {
  /** Limit the notice to these jurisdictions (default: the declaration's). */
  readonly jurisdictions?: readonly string[];
};

export type NoticeProcessor = {
  readonly name: string;
  readonly legal_name: string;
  readonly address: string;
  readonly email: string;
  readonly phone: string | null;
  readonly officer: { readonly name: string; readonly email: string | null; readonly phone: string | null } | null;
  readonly representative: { readonly name: string; readonly contact: string } | null;
  readonly rights_url: string;
  readonly withdraw_url: string;
  readonly opt_out_url: string;
  readonly limit_url: string;
};

/** One family of sensitive PI with its impact line (PIPL art. 30); `family` is a key of SENSITIVE_FAMILIES or "custom". */
export type Layer1Sensitive = { readonly family: string; readonly data: readonly TaxonomyId[]; readonly text: string };
export type Layer1Choice = { readonly id: string; readonly kind: SeparateKind; readonly text: string };

/** One purpose on the one-screen notice; every string is a complete line in one language. */
export type Layer1Purpose = {
  readonly id: string;
  readonly title: string;
  readonly basis: string;
  readonly data: string;
  /** Why the sensitive PI is needed and each family's impact; null when the purpose uses none. */
  readonly sensitive: { readonly why: string; readonly items: readonly Layer1Sensitive[] } | null;
  readonly recipients: string | null;
  readonly abroad: string | null;
  readonly retention: string;
  readonly choices: readonly Layer1Choice[];
};

export type Layer1 = {
  readonly title: string;
  readonly who: string;
  readonly purposes: readonly Layer1Purpose[];
  readonly rights: string;
  readonly withdraw: string;
  readonly more: string;
};

export type Layer2Item = { readonly id: string; readonly text: string; readonly citations: readonly NoticeCitation[] };
export type Layer2Section = { readonly id: string; readonly heading: string; readonly items: readonly Layer2Item[] };
export type Layer2 = { readonly title: string; readonly sections: readonly Layer2Section[] };

/**
 * A notice version: language-neutral facts (`processor`, `purposes`) and the two layers written
 * out in both languages (`layer1.zh`, `layer1.en`, `layer2.zh`, `layer2.en`). Immutable and
 * content-addressed by `noticeContentHash`.
 */
export type Notice = {
  readonly schema: 'pisa-notice/1';
  readonly version: string;
  readonly jurisdictions: readonly string[];
  readonly processor: NoticeProcessor;
  readonly purposes: readonly Purpose[];
  readonly layer1: { readonly en: Layer1; readonly zh: Layer1 };
  readonly layer2: { readonly en: Layer2; readonly zh: Layer2 };
};

/** 'zh-CN' -> 'zh': the key of a Localized text. */
export const langKey = (locale: NoticeLocale): keyof Localized => (locale === 'en' ? 'en' : 'zh');
