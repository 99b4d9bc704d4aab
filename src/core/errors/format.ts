import type { ErrorCode, Issue, LocalizedMessage } from './codes.js';
import { MESSAGES_EN } from './messages.en.js';
import { MESSAGES_ZH } from './messages.zh-CN.js';

const SUGGESTION = { en: (s: string) => ` (did you mean "${s}"?)`, zh: (s: string) => `（是否为“${s}”？）` };

function fill(template: string, params: Readonly<Record<string, string | number>>, lang: 'en' | 'zh'): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'suggestion') {
      const s = params['suggestion'];
      return s === undefined || s === '' ? '' : SUGGESTION[lang](String(s));
    }
    const value = params[name];
    return value === undefined ? '' : String(value);
  });
}

/** The message of an error code in both languages, placeholders filled from params. */
export function formatMessage(code: ErrorCode, params: Readonly<Record<string, string | number>> = {}): LocalizedMessage {
  return { en: fill(MESSAGES_EN[code], params, 'en'), zh: fill(MESSAGES_ZH[code], params, 'zh') };
}

/** "activities[0].data[2]" from an issue path. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}

export type LocalizedIssue = Issue & { readonly message: LocalizedMessage; readonly at: string };

export function localizeIssue(issue: Issue): LocalizedIssue {
  return { ...issue, at: formatPath(issue.path), message: formatMessage(issue.code, issue.params) };
}
