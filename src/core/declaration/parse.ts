import type { z } from 'zod';
import type { ErrorCode, Issue } from '../errors/codes.js';
import {
  ActivitySchema,
  AutomatedDecisionSchema,
  ConsentSchema,
  CrossBorderSchema,
  type Declaration,
  DeclarationSchema,
  ProcessorSchema,
  RecipientSchema,
} from './schema.js';
import { suggest } from './suggest.js';

export type ParseResult = { ok: true; declaration: Declaration } | { ok: false; issues: Issue[] };

/** Known keys per object, by path with array indexes written as "*". */
const KEYS_AT: Record<string, readonly string[]> = {
  '': Object.keys(DeclarationSchema.shape),
  processor: Object.keys(ProcessorSchema.shape),
  'activities.*': Object.keys(ActivitySchema.shape),
  'activities.*.consent': Object.keys(ConsentSchema.shape),
  'activities.*.recipients.*': Object.keys(RecipientSchema.shape),
  'activities.*.cross_border': Object.keys(CrossBorderSchema.shape),
  'activities.*.automated_decision': Object.keys(AutomatedDecisionSchema.shape),
};

const shapeKey = (path: readonly PropertyKey[]) => path.map((p) => (typeof p === 'number' ? '*' : String(p))).join('.');

const VALUE_CODES: Record<string, ErrorCode> = {
  'activities.*.data.*': 'TAXONOMY_UNKNOWN_ID',
  'processor.app_type': 'APP_TYPE_UNKNOWN',
  'activities.*.legal_basis': 'LEGAL_BASIS_UNKNOWN',
  'processor.jurisdictions.*': 'JURISDICTION_UNKNOWN',
};

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function toIssues(zodIssue: z.core.$ZodIssue): Issue[] {
  const path = zodIssue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const key = shapeKey(path);
  if ((zodIssue.code === 'invalid_type' || zodIssue.code === 'invalid_value') && zodIssue.input === undefined) {
    return [{ code: 'FIELD_REQUIRED', path, params: {} }];
  }
  switch (zodIssue.code) {
    case 'invalid_type':
      return [{ code: 'FIELD_TYPE', path, params: { expected: zodIssue.expected, received: describeType(zodIssue.input) } }];
    case 'unrecognized_keys':
      return zodIssue.keys.map((field) => ({
        code: 'FIELD_UNKNOWN' as const,
        path: [...path, field],
        params: { field, suggestion: suggest(field, KEYS_AT[key] ?? []) },
      }));
    case 'invalid_value': {
      const allowed = zodIssue.values.map(String);
      const value = String(zodIssue.input);
      const code = VALUE_CODES[key] ?? 'VALUE_INVALID';
      const shown = allowed.length > 12 ? `${allowed.slice(0, 12).join(', ')}, …` : allowed.join(', ');
      return [{ code, path, params: { value, allowed: shown, suggestion: suggest(value, allowed) } }];
    }
    case 'invalid_format': {
      const value = String(zodIssue.input);
      if (zodIssue.format === 'date') return [{ code: 'DATE_INVALID', path, params: { value } }];
      if (key === 'activities.*.retention') return [{ code: 'DURATION_INVALID', path, params: { value } }];
      return [{ code: 'VALUE_INVALID', path, params: { value, allowed: zodIssue.format, suggestion: '' } }];
    }
    default:
      return [{ code: 'VALUE_INVALID', path, params: { value: String(zodIssue.input ?? ''), allowed: zodIssue.message, suggestion: '' } }];
  }
}

function duplicateActivityIds(declaration: Declaration): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  declaration.activities.forEach((activity, index) => {
    if (seen.has(activity.id)) issues.push({ code: 'ACTIVITY_ID_DUPLICATE', path: ['activities', index, 'id'], params: { value: activity.id } });
    seen.add(activity.id);
  });
  return issues;
}

/**
 * Validates a declaration object (already parsed from YAML or JSON) and fills defaults.
 * Returns every issue at once, each with its path.
 */
export function parseDeclaration(input: unknown): ParseResult {
  const result = DeclarationSchema.safeParse(input, { reportInput: true });
  if (!result.success) return { ok: false, issues: result.error.issues.flatMap(toIssues) };
  const duplicates = duplicateActivityIds(result.data);
  if (duplicates.length > 0) return { ok: false, issues: duplicates };
  return { ok: true, declaration: result.data };
}
