import type { Receipt } from '../../src/core/consent/receipt.js';
import type { ConsentActor } from '../../src/core/consent/types.js';
import type { Notice } from '../../src/core/notice/types.js';
import type { WidgetLang } from './messages.js';
import { type Decisions, type PurposeView, undecidedOptIn } from './state.js';

// The two calls the widget makes (GET the current notice, POST the decisions with the
// publishable key) and the body of the second, built from the answers. `fetch` is passed in.

/** What the person pressed: save the toggles as they are, accept all, refuse all. */
export type Submission = 'choices' | 'accept-all' | 'refuse-all';

export type ConsentDecision = { readonly purpose: string; readonly action: 'grant' | 'refuse' };

/** The body of `POST /api/processors/:slug/consents` as the widget sends it. */
export type ConsentBody = {
  readonly notice_hash: string;
  readonly subject: string;
  readonly method: 'widget';
  readonly decisions: readonly ConsentDecision[];
  readonly all?: 'grant' | 'refuse';
  readonly lang: WidgetLang;
  /** Whole years, when the page gave `subject-age` (child rules: under 14 CN, under 13 US). */
  readonly age?: number;
  /** Who decided, when it is not the person: the verified guardian or parent the page named. */
  readonly actor?: ConsentActor;
};

/** A body to send, or why there is none: opt-in items left unanswered under "accept all", or nothing to decide. */
export type BodyResult =
  | { readonly ok: true; readonly body: ConsentBody }
  | { readonly ok: false; readonly reason: 'bundled'; readonly undecided: readonly string[] }
  | { readonly ok: false; readonly reason: 'empty' };

export type BodyInput = {
  readonly noticeHash: string;
  readonly subject: string;
  readonly lang: WidgetLang;
  readonly views: readonly PurposeView[];
  readonly decisions: Decisions;
  readonly submission: Submission;
  /** The person's age and who decides (child.ts); left out: the person, age unknown. */
  readonly child?: { readonly age: number | null; readonly actor: ConsentActor };
};

const answered = (views: readonly PurposeView[], decisions: Decisions): ConsentDecision[] =>
  views.flatMap((view) =>
    view.separate.flatMap((item) => {
      const action = decisions[item.id] ?? null;
      return action === null ? [] : [{ purpose: item.id, action }];
    }),
  );

/**
 * The request body for what the person pressed. "Save" lists every optional purpose (on: grant,
 * off: refuse) and every separate item answered. "Accept all" sends `all: 'grant'` with each
 * separate item listed on its own, and is refused here while an opt-in item is unanswered
 * (the API would answer CONSENT_BUNDLED). "Refuse all" sends `all: 'refuse'`, which reaches the
 * separate items too.
 */
export function buildConsentBody(input: BodyInput): BodyResult {
  const { views, decisions, submission } = input;
  const asked = views.some((view) => view.kind === 'optional' || view.separate.length > 0);
  if (!asked) return { ok: false, reason: 'empty' };
  const age = input.child?.age ?? null;
  const actor = input.child?.actor ?? { kind: 'self' };
  const base = {
    notice_hash: input.noticeHash,
    subject: input.subject,
    method: 'widget' as const,
    lang: input.lang,
    ...(age === null ? {} : { age }),
    ...(actor.kind === 'self' ? {} : { actor }),
  };
  if (submission === 'refuse-all') return { ok: true, body: { ...base, decisions: [], all: 'refuse' } };
  if (submission === 'accept-all') {
    const undecided = undecidedOptIn(views, decisions);
    if (undecided.length > 0) return { ok: false, reason: 'bundled', undecided };
    return { ok: true, body: { ...base, decisions: answered(views, decisions), all: 'grant' } };
  }
  const purposes = views.filter((view) => view.kind === 'optional').map((view) => ({ purpose: view.id, action: decisions[view.id] ?? 'refuse' }));
  const all = [...purposes, ...answered(views, decisions)];
  return all.length === 0 ? { ok: false, reason: 'empty' } : { ok: true, body: { ...base, decisions: all } };
}

/** The processor's pseudonymous id of the person, as the API accepts it (never an e-mail or phone number). */
export const isSubject = (value: string | null): value is string => value !== null && /^[A-Za-z0-9._:-]{1,128}$/.test(value);

/** PISA's base URL: the `api` attribute without trailing slashes, or the page's own origin. */
export function apiBase(attribute: string | null, origin: string): string {
  const trimmed = (attribute ?? '').trim().replace(/\/+$/, '');
  return trimmed === '' ? origin : trimmed;
}

const processorPath = (base: string, processor: string) => `${base}/api/processors/${encodeURIComponent(processor)}`;

/** The receipt page of the PISA web app, where the person verifies their receipts. */
export const receiptsPageUrl = (base: string): string => `${base}/receipts`;

/** `GET /api/processors/:slug/notice`, the fields the widget reads. */
export type NoticeResponse = { readonly notice: { readonly content_hash: string; readonly notice: Notice } };

/** `POST /api/processors/:slug/consents` -> 201. */
export type Recorded = { readonly notice_hash: string; readonly receipts: readonly Receipt[] };

/** A failed call: the API's stable error code and its zh/en message, or `NETWORK` (status 0) when PISA was not reached. */
export class WidgetRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly apiMessage: { readonly en: string; readonly zh: string } | null,
  ) {
    super(apiMessage?.en ?? code);
    this.name = 'WidgetRequestError';
  }
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

async function call(fetchFn: FetchLike, url: string, init: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    // The publishable key is the only credential: never cookies of the PISA origin.
    response = await fetchFn(url, { ...init, mode: 'cors', credentials: 'omit' });
  } catch {
    throw new WidgetRequestError(0, 'NETWORK', null);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body ?? {}) as { code?: unknown; message?: { en?: unknown; zh?: unknown } };
    const message = typeof error.message?.en === 'string' && typeof error.message.zh === 'string' ? { en: error.message.en, zh: error.message.zh } : null;
    throw new WidgetRequestError(response.status, typeof error.code === 'string' ? error.code : 'HTTP_ERROR', message);
  }
  return body;
}

/** Parsed defensively: a response of another shape is an error, not a half-drawn form. */
export function isNoticeResponse(value: unknown): value is NoticeResponse {
  const notice = (value as { notice?: { content_hash?: unknown; notice?: Partial<Notice> } } | null)?.notice;
  const inner = notice?.notice;
  return (
    typeof notice?.content_hash === 'string' &&
    Array.isArray(inner?.purposes) &&
    Array.isArray(inner?.layer1?.en?.purposes) &&
    Array.isArray(inner?.layer1?.zh?.purposes) &&
    Array.isArray(inner?.layer2?.en?.sections) &&
    Array.isArray(inner?.layer2?.zh?.sections)
  );
}

export async function loadNotice(fetchFn: FetchLike, base: string, processor: string): Promise<NoticeResponse> {
  const body = await call(fetchFn, `${processorPath(base, processor)}/notice`, { method: 'GET', headers: { accept: 'application/json' } });
  if (!isNoticeResponse(body)) throw new WidgetRequestError(200, 'RESPONSE_INVALID', null);
  return body;
}

export async function postConsent(fetchFn: FetchLike, base: string, processor: string, key: string, body: ConsentBody): Promise<Recorded> {
  const recorded = (await call(fetchFn, `${processorPath(base, processor)}/consents`, {
    method: 'POST',
    headers: { accept: 'application/json', authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })) as Partial<Recorded> | null;
  if (typeof recorded?.notice_hash !== 'string' || !Array.isArray(recorded.receipts)) throw new WidgetRequestError(201, 'RESPONSE_INVALID', null);
  return recorded as Recorded;
}
