import { z } from 'zod';
import { LAW_CODES, LAYERS, SEVERITIES } from './vocabulary.js';

const Localized = z.strictObject({ en: z.string().min(1), zh: z.string().min(1) });
const IsoDate = z.iso.date();
/** CN, CN-44, US, US-CA: the jurisdiction a rule binds in. */
const Jurisdiction = z.string().regex(/^(CN|US)(-[0-9A-Z]{2})?$/);
const RuleId = z.string().regex(/^[A-Z0-9][A-Z0-9_.-]{2,80}$/);

export const CitationSchema = z.strictObject({
  law: z.enum(LAW_CODES),
  article: z.string().min(1),
  document: Localized.optional(),
});

export const RuleSchema = z.strictObject({
  id: RuleId,
  title: Localized,
  message: Localized,
  jurisdiction: Jurisdiction.optional(),
  layer: z.enum(LAYERS).optional(),
  citation: CitationSchema,
  effective_from: IsoDate.optional(),
  effective_until: IsoDate.nullable().optional(),
  severity: z.enum(SEVERITIES),
  scope: z.enum(['processor', 'activity']),
  /** CEL; the rule fires when it is true. */
  condition: z.string().min(1),
  /** CEL expressions evaluated when the rule fires, filling {placeholders} of the message. */
  params: z.record(z.string().regex(/^[a-z_][a-z0-9_]*$/), z.string().min(1)).default({}),
  remedy: Localized,
});

export const TightenSchema = z.strictObject({
  rule: RuleId,
  severity: z.enum(SEVERITIES).optional(),
  /** CEL; the rule also fires when this is true (a layer can widen, never narrow). */
  also_when: z.string().min(1).optional(),
  message: Localized.optional(),
  remedy: Localized.optional(),
  citation: CitationSchema.optional(),
  effective_from: IsoDate.optional(),
  effective_until: IsoDate.nullable().optional(),
  /** Why the layer tightens: shown in the rules catalogue. */
  note: Localized.optional(),
});

export const PackSchema = z.strictObject({
  pack: z.strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,60}$/),
    version: z.string().min(1),
    title: Localized,
    jurisdiction: Jurisdiction,
    layer: z.enum(LAYERS),
    effective_from: IsoDate,
    effective_until: IsoDate.nullable().default(null),
    source: Localized.optional(),
  }),
  /** Named CEL expressions over the processor, evaluated once per declaration, read as defs.<name>. */
  definitions: z.record(z.string().regex(/^[a-z_][a-z0-9_]*$/), z.string().min(1)).default({}),
  rules: z.array(RuleSchema).default([]),
  tighten: z.array(TightenSchema).default([]),
});

export type Pack = z.output<typeof PackSchema>;
export type Rule = Pack['rules'][number];
export type Tighten = Pack['tighten'][number];
export type Citation = z.output<typeof CitationSchema>;
