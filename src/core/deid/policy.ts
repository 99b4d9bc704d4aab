import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { suggest } from '../declaration/suggest.js';
import type { Issue } from '../errors/codes.js';
import { DETECTOR_IDS } from '../scanner/types.js';

// The de-identification policy (`pisa deid --policy POLICY.yaml`): a public contract, documented
// in docs/scanner.md. Field names are never renamed.

/** What may happen to a value a detector found. `generalise` is defined for ADDRESS (to the city). */
export const DETECTOR_ACTIONS = ['mask', 'redact', 'pseudonymise', 'generalise', 'keep'] as const;
/** What may happen to a whole column (CSV header, JSON key or JSON path). */
export const COLUMN_ACTIONS = ['mask', 'redact', 'pseudonymise', 'generalise', 'drop', 'keep'] as const;
export const GENERALISATIONS = ['year', 'city', 'age_band'] as const;

const shorthand = (value: unknown) => (typeof value === 'string' ? { action: value } : value);

const DetectorRuleSchema = z.preprocess(
  shorthand,
  z.discriminatedUnion('action', [
    z.strictObject({ action: z.literal('mask') }),
    z.strictObject({ action: z.literal('redact') }),
    z.strictObject({ action: z.literal('pseudonymise') }),
    z.strictObject({ action: z.literal('generalise') }),
    z.strictObject({ action: z.literal('keep') }),
  ]),
);

const ColumnRuleSchema = z.preprocess(
  shorthand,
  z.discriminatedUnion('action', [
    z.strictObject({ action: z.literal('mask') }),
    z.strictObject({ action: z.literal('redact') }),
    z.strictObject({ action: z.literal('pseudonymise') }),
    z.strictObject({ action: z.literal('drop') }),
    z.strictObject({ action: z.literal('keep') }),
    z.strictObject({
      action: z.literal('generalise'),
      /** year: a birth date to its year; city: an address to its city; age_band: an age to a band. */
      to: z.enum(GENERALISATIONS),
      /** age_band: width of equal bands (default 10: 30-39). */
      width: z.number().int().min(1).max(100).optional(),
      /** age_band: lower bounds of explicit bands, ascending (e.g. [0, 14, 18, 30, 60]). */
      bands: z.array(z.number().int().min(0).max(150)).min(1).optional(),
    }),
  ]),
);

export const DeidPolicySchema = z
  .strictObject({
    version: z.literal(1).default(1),
    /** File holding the pseudonymisation key (relative to the policy); else PISA_DEID_KEY. */
    key_file: z.string().min(1).optional(),
    /** Action for detectors not listed (default mask: safe unless told otherwise). */
    default: z.enum(['mask', 'redact', 'pseudonymise', 'keep']).default('mask'),
    detectors: z.partialRecord(z.enum(DETECTOR_IDS), DetectorRuleSchema).default({}),
    columns: z.record(z.string().min(1), ColumnRuleSchema).default({}),
    /** Columns whose combined values could single a person out (after de-identification). */
    quasi_identifiers: z.array(z.string().min(1)).default([]),
    /** Records in equivalence classes smaller than k are reported. */
    k: z.number().int().min(2).max(1_000_000).default(5),
  })
  .superRefine((policy, ctx) => {
    for (const [id, rule] of Object.entries(policy.detectors)) {
      if (rule?.action === 'generalise' && id !== 'ADDRESS') {
        ctx.addIssue({
          code: 'custom',
          path: ['detectors', id, 'action'],
          message: 'generalise is defined for ADDRESS only (to the city)',
          input: 'generalise',
        });
      }
    }
    for (const [name, rule] of Object.entries(policy.columns)) {
      if (rule.action === 'generalise' && rule.to !== 'age_band' && (rule.width !== undefined || rule.bands !== undefined)) {
        ctx.addIssue({ code: 'custom', path: ['columns', name, 'width'], message: 'width and bands apply to age_band only', input: rule.to });
      }
      if (rule.action === 'generalise' && rule.bands !== undefined && rule.bands.some((b, i) => i > 0 && b <= (rule.bands?.[i - 1] ?? 0))) {
        ctx.addIssue({ code: 'custom', path: ['columns', name, 'bands'], message: 'bands must be ascending', input: rule.bands.join(', ') });
      }
    }
  });

export type DeidPolicy = z.output<typeof DeidPolicySchema>;
export type DetectorRule = z.output<typeof DetectorRuleSchema>;
export type ColumnRule = z.output<typeof ColumnRuleSchema>;

const TOP_KEYS = Object.keys(DeidPolicySchema.shape);

function toIssue(issue: z.core.$ZodIssue): Issue[] {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = path.length === 0 ? TOP_KEYS : path[0] === 'detectors' ? [...DETECTOR_IDS] : ['action', 'to', 'width', 'bands'];
      return issue.keys.map((field) => ({ code: 'FIELD_UNKNOWN' as const, path: [...path, field], params: { field, suggestion: suggest(field, known) } }));
    }
    case 'invalid_type':
      if (input === undefined) return [{ code: 'FIELD_REQUIRED', path, params: {} }];
      return [
        { code: 'FIELD_TYPE', path, params: { expected: issue.expected, received: input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input } },
      ];
    case 'invalid_union': {
      const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
      const action = input !== null && typeof input === 'object' ? (input as { action?: unknown }).action : input;
      const value = String(action ?? '');
      return [{ code: 'VALUE_INVALID', path, params: { value, allowed: options.join(', ') || issue.message, suggestion: suggest(value, options) } }];
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const value = String(input ?? '');
      return [{ code: 'VALUE_INVALID', path, params: { value, allowed: allowed.join(', '), suggestion: suggest(value, allowed) } }];
    }
    default:
      return [{ code: 'VALUE_INVALID', path, params: { value: String(input ?? ''), allowed: issue.message, suggestion: '' } }];
  }
}

export type PolicyParseResult = { ok: true; policy: DeidPolicy } | { ok: false; issues: Issue[] };

/** Parses a policy from YAML (or JSON) text; every problem comes back with its path. */
export function parseDeidPolicy(text: string): PolicyParseResult {
  let value: unknown;
  try {
    value = parseYaml(text, { maxAliasCount: 100, uniqueKeys: true });
  } catch (error) {
    const detail = error instanceof YAMLParseError ? (error.message.split('\n')[0] ?? '') : String(error);
    return { ok: false, issues: [{ code: 'INPUT_SYNTAX', path: [], params: { format: 'YAML', detail } }] };
  }
  const parsed = DeidPolicySchema.safeParse(value ?? {}, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.flatMap(toIssue) };
  return { ok: true, policy: parsed.data };
}

/** True when some action needs the pseudonymisation key. */
export function needsKey(policy: DeidPolicy): boolean {
  return (
    policy.default === 'pseudonymise' ||
    Object.values(policy.detectors).some((r) => r?.action === 'pseudonymise') ||
    Object.values(policy.columns).some((r) => r.action === 'pseudonymise')
  );
}
