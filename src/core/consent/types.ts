export const CONSENT_ACTIONS = ['grant', 'refuse', 'withdraw'] as const;
export type ConsentAction = (typeof CONSENT_ACTIONS)[number];

/** Where the decision was made: the individual portal, the processor's API, the embedded widget, or a Sec-GPC header. */
export const CONSENT_METHODS = ['portal', 'api', 'widget', 'gpc'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/**
 * Verifiable parental consent methods of 16 CFR 312.5(b)(2) as amended in 2025: a signed form,
 * a payment-card transaction, a toll-free or video call with trained staff, a government-ID
 * check, knowledge-based questions, a face match against a government ID, "text plus".
 */
export const VPC_METHODS = ['signed_form', 'payment_card', 'phone_call', 'video_call', 'government_id', 'knowledge_based', 'face_match', 'text_plus'] as const;
export type VpcMethod = (typeof VPC_METHODS)[number];

/**
 * Who decided. `self`: the individual. `guardian`: a parent or other guardian deciding for a child
 * under 14 (PIPL art. 31). `parent`: a parent giving verifiable parental consent for a child
 * under 13 (COPPA, 16 CFR 312.5), which also satisfies art. 31. `verification` records how the
 * adult was verified: for a parent one of VPC_METHODS, for a guardian the processor's own method.
 */
export type ConsentActor =
  | { readonly kind: 'self' }
  | { readonly kind: 'guardian'; readonly verification: string }
  | { readonly kind: 'parent'; readonly verification: string };

/** One decision, as recorded: append-only, never edited. */
export type ConsentEvent = {
  readonly id: string;
  /** Pseudonymous id of the individual, never raw PI. */
  readonly subject: string;
  readonly processorId: string;
  /** A purpose id or a separate-consent item id (`<activity>#sensitive`, ...). */
  readonly purposeId: string;
  readonly action: ConsentAction;
  /** ISO 8601 instant. */
  readonly time: string;
  /** The notice version the person saw (`sha256:...`). */
  readonly noticeHash: string;
  readonly method: ConsentMethod;
  readonly actor: ConsentActor;
};

/** One explicit decision in a request. */
export type ConsentDecision = { readonly purposeId: string; readonly action: ConsentAction };

/**
 * What a portal, widget or API call sends. `all` is the "accept all" / "refuse all" button: it
 * applies to every consent-based purpose not listed in `decisions`. It never grants a separate
 * item: those are granted only when listed one by one (refusing and withdrawing reach them).
 */
export type ConsentRequest = {
  readonly subject: string;
  readonly processorId: string;
  readonly noticeHash: string;
  readonly method: ConsentMethod;
  readonly actor: ConsentActor;
  readonly decisions: readonly ConsentDecision[];
  readonly all?: ConsentAction;
};

/**
 * What is known about the individual: age in whole years if known, and the jurisdictions whose
 * child rules apply to them (e.g. the processor's, or where the person lives).
 */
export type SubjectContext = { readonly age: number | null; readonly jurisdictions: readonly string[] };
