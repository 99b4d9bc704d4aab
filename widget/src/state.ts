import type { Notice, SeparateKind } from '../../src/core/notice/types.js';

// What the person is asked and what they answered so far: pure functions over the notice's
// language-neutral purposes, so the rules (nothing pre-ticked, separate items never bundled)
// are tested without a browser.

/** An answer: grant, refuse, or not given yet. */
export type Choice = 'grant' | 'refuse' | null;

/** A separate-consent item (PIPL arts. 23, 25, 29, 39; CCPA opt-outs): asked on its own, never bundled. */
export type SeparateView = { readonly id: string; readonly kind: SeparateKind; readonly mode: 'opt_in' | 'opt_out' };

/**
 * One purpose of the notice: `optional` when it rests on consent (one toggle), `necessary` when
 * it rests on another legal basis (shown for information, PIPL art. 13(2): no consent is asked).
 */
export type PurposeView = { readonly id: string; readonly kind: 'optional' | 'necessary'; readonly separate: readonly SeparateView[] };

/** Answers by purpose id or separate item id. */
export type Decisions = Readonly<Record<string, Choice>>;

/** The purposes as the widget shows them, in the notice's order. */
export function toPurposeViews(notice: Pick<Notice, 'purposes'>): PurposeView[] {
  return notice.purposes.map((purpose) => ({
    id: purpose.id,
    kind: purpose.consent_required ? 'optional' : 'necessary',
    separate: purpose.separate.map((item) => ({ id: item.id, kind: item.kind, mode: item.mode })),
  }));
}

/**
 * The answers before the person does anything: every optional purpose off (consent is an
 * affirmative act, PIPL art. 14; nothing is pre-ticked) and every separate item unanswered.
 */
export function initialDecisions(views: readonly PurposeView[]): Decisions {
  const out: Record<string, Choice> = {};
  for (const view of views) {
    if (view.kind === 'optional') out[view.id] = 'refuse';
    for (const item of view.separate) out[item.id] = null;
  }
  return out;
}

/** The answers with one of them changed (ids the notice does not ask about are ignored). */
export function decide(decisions: Decisions, id: string, choice: Choice): Decisions {
  return id in decisions ? { ...decisions, [id]: choice } : decisions;
}

/**
 * The opt-in separate items not answered yet: while any is left, "accept all" cannot be sent,
 * because it never grants them (the API refuses it with CONSENT_BUNDLED).
 */
export function undecidedOptIn(views: readonly PurposeView[], decisions: Decisions): string[] {
  return views.flatMap((view) => view.separate.filter((item) => item.mode === 'opt_in' && (decisions[item.id] ?? null) === null).map((item) => item.id));
}

/** The answers after "accept all": every optional purpose on; separate items as they were. */
export function acceptAllDecisions(views: readonly PurposeView[], decisions: Decisions): Decisions {
  const out: Record<string, Choice> = { ...decisions };
  for (const view of views) if (view.kind === 'optional') out[view.id] = 'grant';
  return out;
}

/** The answers after "refuse all": every purpose and every separate item refused. */
export function refuseAllDecisions(views: readonly PurposeView[]): Decisions {
  const out: Record<string, Choice> = {};
  for (const view of views) {
    if (view.kind === 'optional') out[view.id] = 'refuse';
    for (const item of view.separate) out[item.id] = 'refuse';
  }
  return out;
}
