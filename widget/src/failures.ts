import { type MessageKey, translate } from './messages.js';
import { WidgetRequestError } from './request.js';

/** A text in both languages (the widget redraws in the other one on a switch; events carry both). */
export type Localized = { readonly en: string; readonly zh: string };

/** `pisa-consent:error`: a stable code (the API's, or NETWORK, SETUP_INVALID, RESPONSE_INVALID), the HTTP status (0: not reached), zh/en text. */
export type ErrorDetail = { readonly code: string; readonly status: number; readonly message: Localized };

/** A message of the widget's table in both languages. */
export const both = (key: MessageKey, params: Readonly<Record<string, string | number>> = {}): Localized => ({
  en: translate('en', key, params),
  zh: translate('zh-CN', key, params),
});

/**
 * What a failed call means to the person: the API's own zh/en message when it sent one (prefixed
 * with "not recorded" when it refused a submission), else the widget's own text.
 */
export function describeFailure(error: unknown, during: 'load' | 'submit'): ErrorDetail {
  const failure = error instanceof WidgetRequestError ? error : new WidgetRequestError(0, 'NETWORK', null);
  const api = failure.apiMessage;
  const message =
    api === null
      ? both(failure.code === 'RESPONSE_INVALID' ? 'loadFailed' : 'networkError')
      : during === 'load'
        ? api
        : { en: translate('en', 'serverError', { reason: api.en }), zh: translate('zh-CN', 'serverError', { reason: api.zh }) };
  return { code: failure.code, status: failure.status, message };
}

/** The site left out an attribute the widget needs (or gave a subject of the wrong form). */
export const setupFailure = (what: readonly string[]): ErrorDetail => ({
  code: 'SETUP_INVALID',
  status: 0,
  message: both('setupError', { what: what.join(', ') }),
});
