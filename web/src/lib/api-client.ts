/** Text in both languages, as the API returns it. */
export type LocalizedText = { en: string; zh: string };

/** One problem in a request body (a declaration), as the API reports it on a 400. */
export type ApiIssue = {
  code: string;
  path: (string | number)[];
  /** The path as text: "activities[0].data[0]". */
  at: string;
  params: Record<string, string | number>;
  message: LocalizedText;
};

/** The error body of every non-2xx API response. */
export type ApiErrorBody = {
  statusCode: number;
  code: string;
  message: LocalizedText;
  issues: ApiIssue[];
  request_id?: string;
};

/** A failed request: `body` is the API's error body, or null when there is none (network, proxy). */
export class ApiError extends Error {
  readonly status: number;
  readonly body: ApiErrorBody | null;

  constructor(status: number, body: ApiErrorBody | null) {
    super(body?.message.en ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }
}

const isLocalizedText = (value: unknown): value is LocalizedText =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<LocalizedText>).en === 'string' &&
  typeof (value as Partial<LocalizedText>).zh === 'string';

/** The error body if the server sent one we understand (a proxy may answer with HTML); issues default to []. */
function toErrorBody(status: number, value: unknown): ApiErrorBody | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as { [K in keyof ApiErrorBody]?: unknown };
  if (typeof raw.code !== 'string' || !isLocalizedText(raw.message)) return null;
  const issues = Array.isArray(raw.issues)
    ? raw.issues.filter((i: Partial<ApiIssue> | null): i is ApiIssue => isLocalizedText(i?.message) && typeof i?.at === 'string')
    : [];
  const body: ApiErrorBody = { statusCode: typeof raw.statusCode === 'number' ? raw.statusCode : status, code: raw.code, message: raw.message, issues };
  if (typeof raw.request_id === 'string') body.request_id = raw.request_id;
  return body;
}

let csrfToken: string | null = null;

/**
 * The session's CSRF token (from sign-in or GET /api/auth/session), sent as X-CSRF-Token on every
 * state-changing request; the session cookie itself is httpOnly and never seen by scripts.
 */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: Record<string, string | undefined>;
  body?: unknown;
  signal?: AbortSignal;
};

/** Calls the PISA API and returns its JSON; throws ApiError on any non-2xx answer. */
export async function requestJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(options.query ?? {})) if (value) params.set(name, value);
  const url = params.size > 0 ? `${path}?${params.toString()}` : path;
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (options.body instanceof Blob) {
    // A file sent as it is (scan uploads): its bytes, never re-encoded.
    init.body = options.body;
    headers['content-type'] = 'application/octet-stream';
  } else if (options.body !== undefined) {
    init.body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  if (options.signal) init.signal = options.signal;
  const response = await fetch(url, init);
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, toErrorBody(response.status, payload));
  return payload as T;
}
