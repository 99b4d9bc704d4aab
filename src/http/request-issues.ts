import type { z } from 'zod';
import type { Issue } from '../core/errors/codes.js';

// Zod issues of a request (body, querystring, params) turned into PISA issues: the same codes
// and params the declaration parser uses, so clients handle one vocabulary.

const MAX_ALLOWED_SHOWN = 12;

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * A rejected input as text for a message. Attacker-controlled: `String()` of an object whose
 * `toString` is not a function throws (`{"toString": null}` in JSON), so objects are only named.
 */
function showValue(value: unknown): string {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return String(value);
  return `(${describeType(value)})`;
}

function showAllowed(values: readonly unknown[]): string {
  const shown = values.slice(0, MAX_ALLOWED_SHOWN).map(showValue).join(', ');
  return values.length > MAX_ALLOWED_SHOWN ? `${shown}, …` : shown;
}

/** What a union accepts, read from its branches' issues at the union's own path. */
function unionIssue(issue: z.core.$ZodIssueInvalidUnion, path: (string | number)[]): Issue {
  const own = issue.errors.flatMap((branch) => branch.filter((i) => i.path.length === 0));
  const values = own.flatMap((i) => (i.code === 'invalid_value' ? i.values.filter((v) => v !== '') : []));
  if (values.length > 0) return { code: 'VALUE_INVALID', path, params: { value: showValue(issue.input), allowed: showAllowed(values), suggestion: '' } };
  const expected = [...new Set(own.flatMap((i) => (i.code === 'invalid_type' ? [i.expected] : [])))];
  return {
    code: 'FIELD_TYPE',
    path,
    params: { expected: expected.length > 0 ? expected.join(' or ') : 'one of the documented shapes', received: describeType(issue.input) },
  };
}

function toIssues(issue: z.core.$ZodIssue, prefix: readonly (string | number)[]): Issue[] {
  const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return [{ code: 'FIELD_REQUIRED', path, params: {} }];
      return [{ code: 'FIELD_TYPE', path, params: { expected: issue.expected, received: describeType(issue.input) } }];
    case 'unrecognized_keys':
      return issue.keys.map((field) => ({ code: 'FIELD_UNKNOWN' as const, path: [...path, field], params: { field, suggestion: '' } }));
    case 'invalid_value':
      return [{ code: 'VALUE_INVALID', path, params: { value: showValue(issue.input), allowed: showAllowed(issue.values), suggestion: '' } }];
    case 'invalid_format':
      if (issue.format === 'date') return [{ code: 'DATE_INVALID', path, params: { value: showValue(issue.input) } }];
      return [{ code: 'VALUE_INVALID', path, params: { value: showValue(issue.input), allowed: issue.format, suggestion: '' } }];
    case 'invalid_union':
      if (issue.input === undefined) return [{ code: 'FIELD_REQUIRED', path, params: {} }];
      return [unionIssue(issue, path)];
    default:
      return [{ code: 'VALUE_INVALID', path, params: { value: showValue(issue.input ?? ''), allowed: issue.message, suggestion: '' } }];
  }
}

/** Every problem of one request part, with paths starting at the part ("body", "querystring", "params"). */
export function requestIssues(error: z.core.$ZodError, part: string | undefined): Issue[] {
  return error.issues.flatMap((issue) => toIssues(issue, part === undefined ? [] : [part]));
}
